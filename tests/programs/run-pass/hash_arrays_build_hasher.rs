// Hash for arrays (also as derived fields) and RandomState/BuildHasher,
// with values equal to std's DefaultHasher (SipHash-1-3).

use std::hash::{BuildHasher, Hash, Hasher};
use std::collections::hash_map::{DefaultHasher, RandomState};
fn h<T: Hash>(v: &T) -> u64 { let mut s = DefaultHasher::new(); v.hash(&mut s); s.finish() }
#[derive(Hash)]
struct Grid { cells: [u8; 4], rows: [[i16; 2]; 2] }
fn main() {
    println!("{}", h(&[1u32, 2, 3]));
    println!("{}", h(&Grid { cells: [1, 2, 3, 4], rows: [[1, -1], [2, -2]] }));
    let s = RandomState::new();
    let mut x = s.build_hasher();
    "key".hash(&mut x);
    let mut y = s.build_hasher();
    "key".hash(&mut y);
    let (a, b) = (x.finish(), y.finish());
    println!("{}", a == b);
    let e: [u8; 0] = [];
    println!("{}", h(&e));
}
