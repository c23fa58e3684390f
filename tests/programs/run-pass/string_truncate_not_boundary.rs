fn main() {
    let mut s = String::from("año");
    s.truncate(3);
    println!("{}", s.as_str());
    s.truncate(2);
    println!("unreachable {}", s.as_str());
}
