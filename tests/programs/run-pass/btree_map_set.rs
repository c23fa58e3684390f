use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq)]
struct Stock {
    qty: u32,
    price: f64,
}

fn word_counts(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert(3, "c");
    m.insert(1, "a");
    m.insert(2, "b");
    println!("{:?}", m);
    println!("{:?}", m.insert(2, "B"));
    println!("{} {}", m.len(), m.is_empty());
    println!("{:?} {:?}", m.get(&1), m.get(&9));
    println!("{}", m.contains_key(&3));
    if let Some(v) = m.get_mut(&3) {
        *v = "C";
    }
    println!("{:?}", m);
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    for (k, v) in &m {
        print!("{}={} ", k, v);
    }
    println!();
    let keys: Vec<_> = m.keys().collect();
    let vals: Vec<&&str> = m.values().collect();
    println!("{:?} {:?}", keys, vals);
    println!("{:?}", m.iter().rev().collect::<Vec<_>>());
    println!("{:?}", m.remove(&1));
    println!("{:?}", m.remove(&1));
    println!("{}", m[&2]);

    let counts = word_counts("the cat and The dog and THE bird");
    println!("{:?}", counts);
    println!("{}", counts["the"]);
    println!("{:?}", counts.get("cat"));
    for (w, n) in counts.iter().filter(|(_, n)| **n > 1) {
        println!("{w}: {n}");
    }

    let mut inv: BTreeMap<&str, Stock> = BTreeMap::new();
    inv.entry("pear").or_insert_with(|| Stock { qty: 1, price: 0.5 });
    inv.entry("apple").or_insert(Stock { qty: 4, price: 0.25 });
    inv.entry("apple").and_modify(|s| s.qty += 10).or_insert(Stock { qty: 0, price: 0.0 });
    inv.entry("fig").and_modify(|s| s.qty += 10).or_insert(Stock { qty: 7, price: 1.5 });
    for s in inv.values_mut() {
        s.price *= 2.0;
    }
    println!("{:#?}", inv);
    let total: f64 = inv.values().map(|s| s.qty as f64 * s.price).sum();
    println!("{total:.2}");

    let mut groups: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in ["a", "bb", "cc", "ddd", "e"] {
        groups.entry(w.len()).or_default().push(w);
    }
    println!("{:?}", groups);

    let squares: BTreeMap<i32, i32> = (1..=6).rev().map(|i| (i, i * i)).collect();
    println!("{:?}", squares);
    println!("{:?}", squares.range(2..5).collect::<Vec<_>>());
    println!("{:?}", squares.range(..=2).collect::<Vec<_>>());
    println!("{:?}", squares.range(4..).map(|(k, _)| *k).collect::<Vec<_>>());
    let from_arr = BTreeMap::from([(2, 'x'), (1, 'y'), (2, 'z')]);
    println!("{:?}", from_arr);
    let mut ext = from_arr.clone();
    ext.extend(vec![(0, 'w'), (5, 'v')]);
    println!("{:?} {}", ext, ext == from_arr);
    let owned: Vec<(i32, char)> = ext.into_iter().collect();
    println!("{:?}", owned);
    let mut mm = squares.clone();
    mm.retain(|k, _| k % 2 == 0);
    println!("{:?}", mm);
    let (lo, hi) = (mm.pop_first(), mm.pop_last());
    println!("{:?} {:?} {:?}", lo, hi, mm);
    let empty: BTreeMap<u8, u8> = BTreeMap::new();
    println!("{:?} {:?}", empty, empty.first_key_value());

    let mut s: BTreeSet<i32> = [5, 1, 4, 1, 3].into_iter().collect();
    println!("{:?}", s);
    println!("{} {}", s.insert(2), s.insert(3));
    println!("{} {}", s.contains(&4), s.remove(&4));
    println!("{:?} {:?} {}", s.first(), s.last(), s.len());
    let t = BTreeSet::from([3, 6, 1]);
    println!("{:?}", s.union(&t).collect::<Vec<_>>());
    println!("{:?}", s.intersection(&t).cloned().collect::<Vec<i32>>());
    println!("{:?}", s.difference(&t).collect::<Vec<_>>());
    println!("{:?}", s.symmetric_difference(&t).collect::<Vec<_>>());
    println!("{:?}", s.range(2..=3).collect::<Vec<_>>());
    let names: BTreeSet<String> = ["zed", "amy", "bob"].iter().map(|s| s.to_string()).collect();
    println!("{:?} {}", names, names.contains("amy"));
    for n in names.iter().rev() {
        print!("{} ", n);
    }
    println!();
    let nested: BTreeMap<&str, BTreeSet<u8>> = BTreeMap::from([("x", BTreeSet::from([2, 1])), ("a", BTreeSet::new())]);
    println!("{:?}", nested);
}
