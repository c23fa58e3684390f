// Build a large String from pieces and formatted numbers.
use std::fmt::Write;

fn main() {
    let mut s = String::new();
    for i in 0..200_000 {
        s.push_str("item");
        write!(s, "{},", i).unwrap();
        if i % 1000 == 0 {
            s.push('\n');
        }
    }
    let commas = s.bytes().filter(|&b| b == b',').count();
    println!("{} {}", s.len(), commas);
}
