fn main() {
    let mut v = vec![1, 2, 3];
    v.insert(3, 4);
    println!("len {}", v.len());
    v.insert(9, 5);
    println!("unreachable");
}
