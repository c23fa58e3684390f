use std::collections::HashMap;
use std::fmt::Display;

fn anagrams_for<'a>(word: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let norm = |s: &str| {
        let mut v: Vec<char> = s.to_lowercase().chars().collect();
        v.sort_unstable();
        v
    };
    let target = norm(word);
    candidates
        .iter()
        .filter(|c| c.to_lowercase() != word.to_lowercase() && norm(c) == target)
        .copied()
        .collect()
}

fn is_pangram(s: &str) -> bool {
    let mut seen = [false; 26];
    for b in s.bytes().filter(u8::is_ascii_alphabetic) {
        seen[(b.to_ascii_lowercase() - b'a') as usize] = true;
    }
    seen.iter().all(|&x| x)
}

fn luhn(code: &str) -> bool {
    let digits: Option<Vec<u32>> = code.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_digit(10)).collect();
    match digits {
        Some(d) if d.len() > 1 => {
            d.iter().rev().enumerate().map(|(i, &x)| if i % 2 == 1 { let y = x * 2; if y > 9 { y - 9 } else { y } } else { x }).sum::<u32>() % 10 == 0
        }
        _ => false,
    }
}

fn series(digits: &str, len: usize) -> Vec<String> {
    if len == 0 {
        return vec![String::new(); digits.len() + 1];
    }
    digits.chars().collect::<Vec<_>>().windows(len).map(|w| w.iter().collect()).collect()
}

fn largest_product(s: &str, span: usize) -> Result<u64, String> {
    if span > s.len() {
        return Err(format!("span {} longer than {}", span, s.len()));
    }
    let digits = s.chars().map(|c| c.to_digit(10).map(u64::from).ok_or(format!("bad digit {:?}", c))).collect::<Result<Vec<_>, _>>()?;
    Ok(digits.windows(span).map(|w| w.iter().product()).max().unwrap_or(1))
}

fn tally<T: Display + Eq + std::hash::Hash + Ord + Clone>(items: &[T]) -> String {
    let mut counts: HashMap<T, usize> = HashMap::new();
    for it in items {
        *counts.entry(it.clone()).or_default() += 1;
    }
    let mut pairs: Vec<(T, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pairs.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join(",")
}

fn raindrops(n: u32) -> String {
    let s: String = [(3, "Pling"), (5, "Plang"), (7, "Plong")].iter().filter(|(d, _)| n % d == 0).map(|&(_, s)| s).collect();
    if s.is_empty() { n.to_string() } else { s }
}

fn main() {
    println!("{:?}", anagrams_for("listen", &["enlists", "google", "inlets", "banana", "Silent", "LISTEN"]));
    println!("{} {}", is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram("abc"));
    for code in ["4539 3195 0343 6467", "8273 1232 7352 0569", "0", " 0 0 ", "055 444 285", "055a 444 285"] {
        println!("luhn({:?}) = {}", code, luhn(code));
    }
    println!("{:?} {:?}", series("49142", 3), series("12", 0));
    println!("{:?} {:?} {:?}", largest_product("63915", 3), largest_product("12", 3), largest_product("1a2", 1));
    println!("{}", tally(&["b", "a", "c", "a", "b", "a"]));
    println!("{}", tally(&[3, 1, 3, 2]));
    println!("{}", (1..=21).map(raindrops).collect::<Vec<_>>().join(" "));
}
