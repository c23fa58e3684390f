fn pos(o: Option<usize>) -> i64 {
    match o {
        Some(i) => i as i64,
        None => -1,
    }
}

fn report(hay: &str, needle: &str) {
    println!(
        "{:>6} in {:<22} contains {:<5} find {:>3} rfind {:>3}",
        needle,
        hay,
        hay.contains(needle),
        pos(hay.find(needle)),
        pos(hay.rfind(needle))
    );
}

fn main() {
    let text = "the cat sat on the mat";
    report(text, "the");
    report(text, "at");
    report(text, "dog");
    report(text, "");
    report("", "");
    report("ünïcödé ünï", "ünï");
    println!("char find: {} {} {}", pos(text.find('s')), pos(text.rfind('t')), pos(text.find('z')));
    println!("starts {} {} ends {} {}", text.starts_with("the"), text.starts_with('t'), text.ends_with("mat"), text.ends_with('x'));
    let owned = String::from("cat");
    println!("with &String: {}", text.contains(&owned));
    let vowels: &[char] = &['a', 'e', 'i', 'o', 'u'];
    println!("first vowel at {}", pos(text.find(vowels)));
    println!("{}", "key=value".strip_prefix("key=").unwrap_or("?"));
    println!("{}", "key=value".strip_prefix("val").is_none());
    println!("{}", "photo.jpeg".strip_suffix(".jpeg").unwrap());
    println!("{}", "ab".strip_suffix('b').unwrap());
    let s = String::from("Mississippi");
    println!("{} {} {}", pos(s.find("ss")), pos(s.rfind("ss")), pos(s.find("ssippi")));
    println!("{} {}", pos(s.find('é')), pos("café".find('é')));
    let sub = &s[2..];
    println!("{} {}", sub.len(), sub.starts_with("ss"));
}
