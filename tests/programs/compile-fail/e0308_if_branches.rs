// The branches of an if expression produce different types.

fn grade(score: u32) -> char {
    if score >= 90 { 'A' } else if score >= 80 { 'B' } else { 'C' }
}

fn main() {
    let score = 85;
    let label = if score > 50 {
        grade(score)
    } else {
        "fail" //~ ERROR E0308
    };
    println!("{}", label);
}
