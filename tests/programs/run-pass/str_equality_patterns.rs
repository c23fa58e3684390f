fn kind(s: &str) -> i32 {
    match s {
        "one" => 1,
        "two" => 2,
        _ => 0,
    }
}
fn main() {
    let a = "hello";
    println!("{} {} {}", a == "hello", a != "world", "ab" == "abc");
    println!("{} {} {}", kind("one"), kind("two"), kind("three"));
}
