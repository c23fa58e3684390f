fn main() {
    let mut v: Vec<u32> = Vec::new();
    v.push(7);
    println!("removed {}", v.remove(0));
    let x = v.remove(0);
    println!("unreachable {}", x);
}
