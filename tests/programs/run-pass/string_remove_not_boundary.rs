fn main() {
    let mut s = String::from("crème brûlée");
    println!("{}", s.remove(0));
    println!("{}", s.as_str());
    let idx = 2;
    let c = s.remove(idx);
    println!("unreachable {}", c);
}
