// Word frequencies with a sorted Vec<(String, usize)> and binary search
// (no HashMap), then the top words by count.

fn normalize(word: &str) -> String {
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.to_lowercase()
}

fn add_word(counts: &mut Vec<(String, usize)>, word: String) {
    match counts.binary_search_by(|probe| probe.0.as_str().cmp(word.as_str())) {
        Ok(i) => counts[i].1 += 1,
        Err(i) => counts.insert(i, (word, 1)),
    }
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps; \
                the fox runs! A fox, a dog, and THE end.";
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..=bytes.len() {
        if i == bytes.len() || bytes[i] == b' ' {
            if i > start {
                let w = normalize(&text[start..i]);
                if !w.is_empty() {
                    add_word(&mut counts, w);
                }
            }
            start = i + 1;
        }
    }
    println!("{} distinct words", counts.len());
    for i in 0..counts.len() {
        if counts[i].1 > 1 {
            println!("{:>6} x{}", counts[i].0.as_str(), counts[i].1);
        }
    }
    let mut by_count = counts.clone();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut top = String::new();
    for i in 0..3 {
        if i > 0 {
            top.push_str(", ");
        }
        top.push_str(&by_count[i].0);
    }
    println!("top three: {}", top.as_str());
    let longest = counts.iter_len_max();
    println!("longest word: {}", longest.as_str());
}

trait LongestWord {
    fn iter_len_max(&self) -> String;
}

impl LongestWord for Vec<(String, usize)> {
    fn iter_len_max(&self) -> String {
        let mut best = 0;
        for i in 1..self.len() {
            if self[i].0.len() > self[best].0.len() {
                best = i;
            }
        }
        self[best].0.clone()
    }
}
