// Word ladders: breadth-first search over a dictionary where neighbours
// differ in one letter, with a VecDeque frontier, a HashMap of parents to
// rebuild the path, and an iterator that yields neighbours lazily.
use std::collections::{HashMap, HashSet, VecDeque};

struct Neighbours<'a> {
    word: &'a str,
    dict: &'a HashSet<&'a str>,
    pos: usize,
    letter: u8,
}

impl<'a> Iterator for Neighbours<'a> {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        let bytes = self.word.as_bytes();
        while self.pos < bytes.len() {
            while self.letter <= b'z' {
                let c = self.letter;
                self.letter += 1;
                if c == bytes[self.pos] {
                    continue;
                }
                let mut candidate = bytes.to_vec();
                candidate[self.pos] = c;
                let candidate = String::from_utf8(candidate).unwrap();
                if self.dict.contains(candidate.as_str()) {
                    return Some(candidate);
                }
            }
            self.pos += 1;
            self.letter = b'a';
        }
        None
    }
}

fn neighbours<'a>(word: &'a str, dict: &'a HashSet<&'a str>) -> Neighbours<'a> {
    Neighbours { word, dict, pos: 0, letter: b'a' }
}

fn ladder(start: &str, goal: &str, dict: &HashSet<&str>) -> Option<Vec<String>> {
    let mut parent: HashMap<String, String> = HashMap::new();
    let mut seen: HashSet<String> = HashSet::from([start.to_string()]);
    let mut frontier = VecDeque::from([start.to_string()]);
    while let Some(word) = frontier.pop_front() {
        if word == goal {
            let mut path = vec![word.clone()];
            let mut cur = &word;
            while let Some(p) = parent.get(cur) {
                path.push(p.clone());
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for next in neighbours(&word, dict) {
            if seen.insert(next.clone()) {
                parent.insert(next.clone(), word.clone());
                frontier.push_back(next);
            }
        }
    }
    None
}

fn main() {
    let words = ["cold", "cord", "card", "ward", "warm", "word", "worm", "corm", "wore", "core", "bold", "bolt"];
    let dict: HashSet<&str> = words.iter().copied().collect();
    for (a, b) in [("cold", "warm"), ("bold", "word"), ("cold", "cold"), ("bolt", "zzzz")] {
        match ladder(a, b, &dict) {
            Some(path) => println!("{a} -> {b}: {} steps: {}", path.len() - 1, path.join(" > ")),
            None => println!("{a} -> {b}: no ladder"),
        }
    }
    let mut ns: Vec<String> = neighbours("cord", &dict).collect();
    ns.sort();
    println!("neighbours of cord: {:?}", ns);
}
