// Text statistics: word frequencies, bigrams, longest words, with
// BTreeMap/HashMap/HashSet, sorting, char handling and formatting.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom, \
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, \
it was the season of Light, it was the season of Darkness.";

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn main() {
    let ws = words(TEXT);
    println!("{} words, {} unique", ws.len(), ws.iter().collect::<HashSet<_>>().len());
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in &ws { *freq.entry(w.as_str()).or_insert(0) += 1; }
    let mut top: Vec<(&str, usize)> = freq.iter().map(|(w, c)| (*w, *c)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    for (w, c) in top.iter().take(5) { println!("{:>8} {:>2} {}", w, c, "#".repeat(*c)); }
    let bigrams: BTreeMap<(String, String), usize> = ws.windows(2).fold(BTreeMap::new(), |mut m, p| {
        *m.entry((p[0].clone(), p[1].clone())).or_default() += 1;
        m
    });
    let common: Vec<String> = bigrams.iter().filter(|(_, &c)| c > 2).map(|((a, b), c)| format!("{} {} ({})", a, b, c)).collect();
    println!("{:?}", common);
    let by_len: BTreeMap<usize, BTreeSet<&str>> = ws.iter().fold(BTreeMap::new(), |mut m, w| { m.entry(w.len()).or_default().insert(w.as_str()); m });
    if let Some((len, set)) = by_len.iter().next_back() { println!("longest ({}): {:?}", len, set); }
    let letters: BTreeMap<char, usize> = TEXT.chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_lowercase()).fold(BTreeMap::new(), |mut m, c| { *m.entry(c).or_insert(0) += 1; m });
    let line: String = letters.iter().filter(|(_, &n)| n >= 10).map(|(c, n)| format!("{}{}", c, n)).collect::<Vec<_>>().join(",");
    println!("{}", line);
    let capitalized: Vec<&str> = TEXT.split_whitespace().filter(|w| w.chars().next().map_or(false, char::is_uppercase)).collect();
    println!("{:?}", capitalized);
    let avg = ws.iter().map(|w| w.len()).sum::<usize>() as f64 / ws.len() as f64;
    println!("average word length {:.3}", avg);
    let title: String = ws.iter().take(6).map(|w| { let mut c = w.chars(); c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default() }).collect::<Vec<_>>().join(" ");
    println!("{}", title);
    let sentence_lengths: Vec<usize> = TEXT.split(',').map(|s| s.split_whitespace().count()).collect();
    println!("{:?} max {:?}", sentence_lengths, sentence_lengths.iter().max());
}
