use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};

fn lookup<K: Borrow<str> + std::hash::Hash + Eq>(m: &HashMap<K, i32>, k: &str) -> i32 {
    *m.get(k).unwrap_or(&-1)
}

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("apple".to_string(), 3);
    m.insert(String::from("pear"), 5);
    println!("{:?}", m.get("apple"));
    println!("{}", m.contains_key("pear"));
    println!("{}", m["pear"]);
    let k = String::from("apple");
    println!("{:?}", m.get(&k));
    println!("{:?}", m.remove("pear"));
    println!("{}", m.len());
    println!("{}", lookup(&m, "apple"));
    if let Some(v) = m.get_mut("apple") {
        *v += 10;
    }
    println!("{:?}", m.get("apple"));
    let mut n: HashMap<i32, &str> = HashMap::new();
    n.insert(1, "one");
    println!("{:?} {:?}", n.get(&1), n.get(&2));
    let s: HashSet<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    println!("{} {}", s.contains("a"), s.contains("z"));
    let v: Vec<i32> = vec![1, 2, 3];
    let sl: &[i32] = v.borrow();
    println!("{:?}", sl);
    let st = String::from("hi");
    let r: &str = st.borrow();
    println!("{}", r);
    let mut vs: HashMap<Vec<u8>, u8> = HashMap::new();
    vs.insert(vec![1, 2], 7);
    println!("{:?}", vs.get(&[1u8, 2][..]));
}
