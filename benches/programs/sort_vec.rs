// Sort a million pseudo-random integers (stable and unstable sorts).
fn main() {
    let mut x: u64 = 88172645463325252;
    let mut v: Vec<u64> = Vec::with_capacity(1_000_000);
    for _ in 0..1_000_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.push(x % 1_000_000);
    }
    let mut w = v.clone();
    v.sort();
    w.sort_unstable();
    let ok = v == w;
    println!("{} {} {} {}", v[0], v[500_000], v[999_999], ok);
}
