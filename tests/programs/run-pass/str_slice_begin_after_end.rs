fn main() {
    let s = String::from("reverse");
    let (a, b) = (4, 2);
    println!("{}", &s[b..a]);
    println!("{}", &s[a..b]);
}
