// Push 10 million integers into a Vec, then sum them.
fn main() {
    let n: u64 = 10_000_000;
    let mut v: Vec<u64> = Vec::new();
    let mut i = 0;
    while i < n {
        v.push(i);
        i += 1;
    }
    let mut sum: u64 = 0;
    for x in v.iter() {
        sum += *x;
    }
    println!("{} {}", v.len(), sum);
}
