// Derived comparisons and hashing over fields that are tuples, Strings and
// Vecs (std's tuple comparisons and Hash impls for String and Vec), and
// DefaultHasher values, which must equal std's SipHash-1-3.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

#[derive(PartialEq, Eq, PartialOrd, Ord, Hash, Clone)]
struct Rec {
    pos: (i32, u8),
    name: String,
    tags: Vec<u16>,
}

fn h<T: Hash>(v: &T) -> u64 {
    let mut s = DefaultHasher::new();
    v.hash(&mut s);
    s.finish()
}

fn main() {
    let a = Rec { pos: (1, 2), name: String::from("x"), tags: vec![1, 2] };
    let b = Rec { pos: (1, 3), name: String::from("a"), tags: vec![] };
    let c = Rec { pos: (1, 2), name: String::from("x"), tags: vec![1, 3] };
    println!("{} {} {} {}", a < b, a == a.clone(), a < c, c.cmp(&a) == std::cmp::Ordering::Greater);
    println!("{} {} {}", (2, 'x') > (1, 'y'), (1, 2, 3) == (1, 2, 3), (0.5, f64::NAN) < (0.5, 1.0));
    println!("{} {}", (1u8,) < (2u8,), ("b", 1) > ("a", 9));
    println!("{} {} {}", h(&a), h(&b), h(&c));
    println!("{}", h(&(1u8, String::from("hey"), vec![3u64])));
    println!("{}", h(&String::from("hey")) == h(&"hey"));
}
