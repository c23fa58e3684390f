fn main() {
    let s = String::from("héllo");
    println!("{}", &s[0..1]);
    println!("{}", &s[1..3]);
    println!("{}", s.is_char_boundary(2));
    let cut = 2;
    println!("{}", &s[..cut]);
}
