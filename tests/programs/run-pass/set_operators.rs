use std::collections::{BTreeSet, HashSet};
fn main() {
    let a: BTreeSet<i32> = [1, 2, 3].into();
    let b: BTreeSet<i32> = [2, 3, 4].into();
    println!("{:?} {:?} {:?} {:?}", &a | &b, &a & &b, &a - &b, &a ^ &b);
    let c: HashSet<i32> = [1, 2].into();
    let d: HashSet<i32> = [2].into();
    let mut u: Vec<_> = (&c | &d).into_iter().collect();
    u.sort();
    println!("{:?} {:?}", u, &c - &d);
}
