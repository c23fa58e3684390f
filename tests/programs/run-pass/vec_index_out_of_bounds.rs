fn main() {
    let v = vec![1, 2, 3];
    println!("len {}", v.len());
    let i = v.len() + 2;
    let x = v[i];
    println!("unreachable {}", x);
}
