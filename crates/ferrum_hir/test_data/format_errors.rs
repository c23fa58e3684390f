// Format-string errors, with spans inside the string literal.
fn main() {
    let x = 1;
    println!("{x y}");
    println!("{:y}", x);
    println!("{");
    println!("}");
    println!("{} {}", 1);
    println!("{1}", 1);
    println!("{}", 1, 2);
    println!("{}", 1, 2, 3);
    println!("{a}", a = 1, b = 2);
    println!("{z}");
    println!(x);
    print!();
}
