// Reads all of standard input at once and counts lines, words and bytes,
// then the most frequent words (ties by word).
use std::collections::HashMap;
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin is UTF-8");
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{} {} {}", text.lines().count(), words.len(), text.len());
    let mut freq: HashMap<String, usize> = HashMap::new();
    for w in &words {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if !w.is_empty() {
            *freq.entry(w).or_insert(0) += 1;
        }
    }
    let mut top: Vec<(String, usize)> = freq.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, n) in top.iter().take(3) {
        println!("{w}: {n}");
    }
    let mut line = String::new();
    let n = std::io::stdin().read_line(&mut line).unwrap();
    println!("after the end: {n} {:?}", line);
}
