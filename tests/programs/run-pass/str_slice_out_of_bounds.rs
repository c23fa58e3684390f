fn main() {
    let s = "añb";
    println!("{} {}", &s[..1], &s[3..]);
    let end = s.len() + 1;
    println!("{}", &s[1..end]);
}
