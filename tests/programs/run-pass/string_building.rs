fn main() {
    let mut s = String::new();
    println!("len {} cap {} empty {}", s.len(), s.capacity(), s.is_empty());
    s.push('h');
    println!("len {} cap {}", s.len(), s.capacity());
    s.push_str("ello");
    s.push(',');
    s.push(' ');
    s.push_str("wörld");
    println!("{} len {} cap {}", s.as_str(), s.len(), s.capacity());
    let t = s.clone() + " & " + "more";
    println!("{} cap {}", t.as_str(), t.capacity());
    let mut u = String::with_capacity(3);
    u += "ab";
    u += "cd";
    println!("{} cap {}", u.as_str(), u.capacity());
    let from_char = String::from('ß');
    println!("{} {}", from_char.as_str(), from_char.len());
    let mut emoji = String::from("hi ");
    emoji.push('🦀');
    println!("{} {}", emoji.as_str(), emoji.len());
    let mut numbers = String::new();
    for i in 0..10 {
        if !numbers.is_empty() {
            numbers.push('-');
        }
        numbers.push((b'0' + i) as char);
    }
    println!("{} cap {}", numbers.as_str(), numbers.capacity());
    let d = String::default();
    println!("default empty {}", d.is_empty());
    s.clear();
    println!("cleared len {} cap {}", s.len(), s.capacity());
    let bytes = t.into_bytes();
    println!("bytes {} first {}", bytes.len(), bytes[0]);
}
