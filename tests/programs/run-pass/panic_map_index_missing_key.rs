// Indexing a map with a key it does not hold panics with std's message, at
// the indexing expression.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut ages: BTreeMap<&str, u32> = BTreeMap::new();
    ages.insert("ann", 31);
    println!("ann is {}", ages["ann"]);
    let scores: HashMap<String, i32> = [("x".to_string(), 1)].into_iter().collect();
    println!("x scored {}", scores["x"]);
    println!("bob is {}", ages["bob"]);
}
