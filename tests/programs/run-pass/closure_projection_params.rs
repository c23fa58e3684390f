// Closures in generic code whose parameters and results are associated
// types of the generic parameters (`C::Item`), passed to iterator adapters
// and called directly.
use std::collections::HashMap;
use std::hash::Hash;

trait Container {
    type Item;
    fn make(&self, k: Self::Item) -> Option<Self::Item>;
}

struct Evens;

impl Container for Evens {
    type Item = i32;
    fn make(&self, k: i32) -> Option<i32> {
        if k % 2 == 0 { Some(k * 10) } else { None }
    }
}

fn fill<C: Container>(c: &C, entries: Vec<C::Item>) -> Vec<C::Item> {
    entries.into_iter().filter_map(|k| c.make(k)).collect()
}

fn group<I, K, F>(items: I, key: F) -> HashMap<K, Vec<I::Item>>
where
    I: IntoIterator,
    K: Hash + Eq,
    F: Fn(&I::Item) -> K,
{
    let mut out: HashMap<K, Vec<I::Item>> = HashMap::new();
    for item in items {
        out.entry(key(&item)).or_default().push(item);
    }
    out
}

fn apply_all<I: Iterator>(iter: I, f: impl Fn(I::Item) -> String) -> Vec<String> {
    let wrap = |x: I::Item| format!("[{}]", f(x));
    iter.map(wrap).collect()
}

fn main() {
    println!("{:?}", fill(&Evens, vec![1, 2, 3, 4]));
    let g = group(vec!["apple", "avocado", "banana", "blueberry", "cherry"], |s| s.chars().next().unwrap());
    let mut keys: Vec<_> = g.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{k}: {:?}", g[&k]);
    }
    println!("{:?}", apply_all(1..4, |n| (n * n).to_string()));
}
