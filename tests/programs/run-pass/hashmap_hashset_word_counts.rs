// HashMap (entry API, get_mut, values_mut, remove, collect, from arrays) and HashSet (set operations, insert as a filter); iteration sorted before printing.
use std::collections::{HashMap, HashSet};

fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let counts = word_counts("the cat and the hat and THE bat");
    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    println!("len {} the={:?} dog={:?}", counts.len(), counts.get(&"the".to_string()), counts.get(&"dog".to_string()));

    let mut scores: HashMap<&str, i32> = HashMap::new();
    scores.insert("alice", 10);
    scores.insert("bob", 7);
    let old = scores.insert("alice", 12);
    println!("old {:?} contains bob {}", old, scores.contains_key(&"bob"));
    if let Some(s) = scores.get_mut(&"bob") { *s += 5; }
    scores.entry("carol").or_insert_with(|| 3);
    scores.entry("alice").and_modify(|v| *v *= 2).or_insert(0);
    for v in scores.values_mut() { *v += 1; }
    let mut all: Vec<_> = scores.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
    all.sort();
    println!("{}", all.join(","));
    println!("removed {:?} {:?}", scores.remove(&"bob"), scores.remove(&"zed"));
    let mut keys: Vec<_> = scores.keys().cloned().collect();
    keys.sort();
    println!("{:?} sum={}", keys, scores.values().sum::<i32>());

    let squares: HashMap<u32, u32> = (1..=5).map(|x| (x, x * x)).collect();
    let mut sq: Vec<_> = squares.into_iter().collect();
    sq.sort();
    println!("{:?}", sq);

    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b = HashSet::from([3, 4, 5]);
    let mut inter: Vec<_> = a.intersection(&b).copied().collect();
    inter.sort();
    let mut uni: Vec<_> = a.union(&b).copied().collect();
    uni.sort();
    let mut diff: Vec<_> = a.difference(&b).copied().collect();
    diff.sort();
    println!("{:?} {:?} {:?} {}", inter, uni, diff, a.contains(&2));
    let mut seen = HashSet::new();
    let dups: Vec<i32> = vec![1, 2, 1, 3, 2, 4].into_iter().filter(|x| !seen.insert(*x)).collect();
    println!("dups {:?}", dups);
    let m = HashMap::from([("x", 1)]);
    println!("{:?} {}", m, m[&"x"]);
}
