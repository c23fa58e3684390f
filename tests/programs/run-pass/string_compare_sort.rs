fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    let a2 = "apple".to_string();
    println!("{} {} {}", a == a2, a != b, a < b);
    println!("{} {}", a == "apple", "apple" == a);
    let s: &str = "apple";
    println!("{} {}", a == s, s == a);
    println!("{} {}", a.as_str() == s, *s == *"apple");
    println!("{} {}", "Zebra" < "apple", "abc" < "abcd");
    println!("{}", "b".cmp("a") == std::cmp::Ordering::Greater);
    let mut names = vec![
        String::from("delta"),
        String::from("Alpha"),
        String::from("charlie"),
        String::from("bravo"),
        String::from("alpha"),
    ];
    names.sort();
    for i in 0..names.len() {
        println!("{}", names[i].as_str());
    }
    let mut lowered = Vec::new();
    for i in 0..names.len() {
        lowered.push(names[i].to_lowercase());
    }
    lowered.sort();
    lowered.dedup();
    println!("unique lowercase: {}", lowered.len());
    println!("max {}", std::cmp::max(String::from("x"), String::from("y")).as_str());
    let e = String::new();
    println!("empty < a: {}", e < a);
}
