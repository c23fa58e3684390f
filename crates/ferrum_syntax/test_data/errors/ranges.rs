fn main() {
    let a = 1..=;
    let b = 1...5;
    let c = if let x = 1 { 2 } else { 3 };
    let d = let y = 4;
    match a {
        1...5 => {}
        _ => {}
    }
}
