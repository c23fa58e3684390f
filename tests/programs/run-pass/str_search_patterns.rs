fn report(hay: &str, needle: &str) {
    let first = match hay.find(needle) {
        Some(i) => i as i64,
        None => -1,
    };
    let last = match hay.rfind(needle) {
        Some(i) => i as i64,
        None => -1,
    };
    println!("{:>12} in {:<22} contains {:<5} find {:>3} rfind {:>3}", needle, hay, hay.contains(needle), first, last);
}

fn main() {
    let text = "the cat sat on the mat";
    report(text, "the");
    report(text, "at");
    report(text, "dog");
    report(text, "");
    report("", "");
    report("ünïcödé ünï", "ünï");
    println!("char find: {:?} {:?} {:?}", text.find('s'), text.rfind('t'), text.find('z'));
    println!("starts {} {} ends {} {}", text.starts_with("the"), text.starts_with('t'), text.ends_with("mat"), text.ends_with('x'));
    let owned = String::from("cat");
    println!("with &String: {}", text.contains(&owned));
    let vowels: &[char] = &['a', 'e', 'i', 'o', 'u'];
    println!("first vowel at {:?}", text.find(vowels));
    println!("{:?}", "key=value".strip_prefix("key="));
    println!("{:?}", "key=value".strip_prefix("val"));
    println!("{:?}", "photo.jpeg".strip_suffix(".jpeg"));
    println!("{:?}", "ab".strip_suffix('b'));
    let s = String::from("Mississippi");
    println!("{:?} {:?}", s.find("ss"), s.rfind("ss"));
    println!("{:?}", s.find("ssippi"));
}
