fn main() {
    let v = vec![10, 20, 30];
    let s = &v[1..3];
    println!("{} {}", s[0], s[1]);
    let end = s.len() + 4;
    let t = &v[1..end];
    println!("unreachable {}", t.len());
}
