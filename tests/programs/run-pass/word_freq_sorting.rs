use std::collections::{HashMap, HashSet};

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom, \
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, \
it was the season of Light, it was the season of Darkness, it was the spring of hope, \
it was the winter of despair.";

#[derive(Debug, Default)]
struct Stats {
    words: usize,
    chars: usize,
    longest: String,
    first_seen: HashMap<String, usize>,
}

fn normalize(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    let mut stats = Stats::default();
    for (i, raw) in TEXT.split_whitespace().enumerate() {
        let w = normalize(raw);
        if w.is_empty() {
            continue;
        }
        stats.words += 1;
        stats.chars += w.chars().count();
        if w.len() > stats.longest.len() {
            stats.longest = w.clone();
        }
        stats.first_seen.entry(w.clone()).or_insert(i);
        *counts.entry(w).or_default() += 1;
    }

    let mut by_count: Vec<(&String, &u32)> = counts.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("{:<12}|{:>6}|{:>6}", "word", "count", "first");
    println!("{}", "-".repeat(26));
    for (w, c) in by_count.iter().take(8) {
        println!("{:<12}|{:>6}|{:>6}", w, c, stats.first_seen[w.as_str()]);
    }

    let singles: Vec<&str> = {
        let mut v: Vec<&str> = counts.iter().filter(|&(_, &c)| c == 1).map(|(w, _)| w.as_str()).collect();
        v.sort_unstable_by_key(|w| (w.len(), *w));
        v
    };
    println!("singletons ({}): {}", singles.len(), singles.join(" "));

    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in counts.keys() {
        by_len.entry(w.len()).or_insert_with(Vec::new).push(w);
    }
    let mut lens: Vec<_> = by_len.keys().copied().collect();
    lens.sort();
    for len in lens {
        let mut ws = by_len[&len].clone();
        ws.sort();
        println!("len {:2}: {}", len, ws.join(", "));
    }

    let letters: HashSet<char> = TEXT.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    let mut missing: Vec<char> = ('a'..='z').filter(|c| !letters.contains(c)).collect();
    missing.sort();
    println!("missing letters: {:?}", missing);

    let avg = stats.chars as f64 / stats.words as f64;
    println!("words={} distinct={} longest={:?} avg_len={:.3}", stats.words, counts.len(), stats.longest, avg);

    let mut letter_freq = [0u32; 26];
    for b in TEXT.bytes().filter(u8::is_ascii_alphabetic) {
        letter_freq[(b.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    let top: Vec<String> = {
        let mut idx: Vec<usize> = (0..26).collect();
        idx.sort_by_key(|&i| std::cmp::Reverse(letter_freq[i]));
        idx.iter().take(5).map(|&i| format!("{}={}", (b'a' + i as u8) as char, letter_freq[i])).collect()
    };
    println!("top letters: {}", top.join(" "));
}
