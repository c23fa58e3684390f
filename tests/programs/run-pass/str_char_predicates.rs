fn main() {
    let s = "  42 apples, 7 pears;  ";
    println!("{}", s.find(|c: char| c.is_ascii_digit()).unwrap());
    println!("{}", s.rfind(|c: char| c.is_alphabetic()).unwrap());
    println!("[{}]", s.trim_matches(|c: char| c == ' ' || c == ';'));
    println!("[{}]", "007".trim_start_matches('0'));
    println!("[{}]", "xxhixx".trim_end_matches("x"));
    println!("{}", s.contains(char::is_whitespace));
    println!("{}", "hello".starts_with(|c: char| c == 'h'));
    let cleaned = s.replace(|c: char| !c.is_alphanumeric() && c != ' ', "");
    println!("[{}]", cleaned.as_str());
    let digits: &[char] = &['4', '2'];
    println!("{}", s.trim().trim_start_matches(digits));
}
