// A sweep over str and String methods and char helpers as everyday code uses them: splitting from both ends, matches, trimming by patterns, parsing errors, editing Strings by ranges.
fn main() {
    let s = "  Hello, World! Hello again.  ";
    println!("{:?} {:?} {:?}", s.trim(), s.trim_start(), s.trim_end());
    println!("{:?}", s.split_once(','));
    println!("{:?}", "a=b=c".rsplit_once('='));
    println!("{:?}", "a,b,c,d".splitn(3, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,c,d".rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", "a;b;".split_terminator(';').collect::<Vec<_>>());
    println!("{:?}", "abcabc".matches("bc").count());
    println!("{:?}", "abcabc".match_indices('c').collect::<Vec<_>>());
    println!("{:?} {:?}", "xxabcxx".trim_start_matches('x'), "xxabcxx".trim_end_matches("xx"));
    println!("{:?} {:?}", "prefix_rest".strip_prefix("prefix_"), "file.rs".strip_suffix(".txt"));
    println!("{:?}", "a1b2c3".trim_matches(|c: char| c.is_alphabetic()));
    println!("{:?}", "one two  three".split(' ').collect::<Vec<_>>());
    println!("{:?}", "a-b_c d".split(&['-', '_', ' '][..]).collect::<Vec<_>>());
    println!("{:?}", "a-b_c".split(|c: char| !c.is_alphanumeric()).collect::<Vec<_>>());
    println!("{:?} {:?}", '7'.to_digit(10), std::char::from_digit(7, 10));
    println!("{} {} {}", 'a'.is_alphanumeric(), 'Z'.is_ascii_uppercase(), '9'.is_ascii_digit());
    println!("{} {}", 'q'.to_ascii_uppercase(), "MiXeD".to_ascii_lowercase());
    println!("{}", "Hello".eq_ignore_ascii_case("hELLO"));
    println!("{:?}", "héllo".bytes().rev().take(3).collect::<Vec<u8>>());
    println!("{:?}", String::from_utf8(vec![104, 105]));
    println!("{:?}", String::from_utf8(vec![255]).is_err());
    println!("{}", "stressed".chars().rev().collect::<String>());
    println!("{:?}", "tab\there \"quoted\" \n new\\");
    println!("{:?} {:?}", "".parse::<i32>(), "12a".parse::<u8>());
    println!("{:?} {:?}", "3.5".parse::<f64>(), "x".parse::<f64>().is_err());
    if let Err(e) = "".parse::<i32>() { println!("{e}"); }
    if let Err(e) = "abc".parse::<i32>() { println!("{e}"); }
    if let Err(e) = "300".parse::<u8>() { println!("{e}"); }
    if let Err(e) = "1.2.3".parse::<f64>() { println!("{e}"); }
    println!("{:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800));
    println!("{} {}", 65u8 as char, 'A' as u32 + 1);
    println!("{}", "apple" < "banana");
    let mut t = String::from("hello world");
    t.insert_str(5, ",");
    t.retain(|c| c != 'o');
    println!("{t}");
    t.truncate(4);
    println!("{t} {}", t.capacity() >= 4);
    let mut u = String::from("abcdef");
    let tail = u.split_off(3);
    println!("{u} {tail}");
    let mut d = String::from("0123456789");
    let drained: String = d.drain(..3).collect();
    println!("{drained} {d}");
    d.replace_range(1..3, "XY");
    println!("{d}");
    println!("{:?}", "find the needle".find(char::is_whitespace));
    println!("{:?} {:?}", "abc".char_indices().rev().collect::<Vec<_>>(), "abc".rfind('b'));
    println!("{}", "Title Case Words".split_whitespace().map(|w| w.chars().next().unwrap()).collect::<String>());
    println!("{:>10}|{:<10}|{:^10}|", "right", "left", "mid");
    println!("{:?}", "line1\nline2\r\nline3".lines().collect::<Vec<_>>());
    println!("{}", "ab".repeat(3));
    println!("{:?}", "a b c".replace(' ', ""));
    println!("{:?}", "aaa".replacen("a", "b", 2));
    println!("{}", "Hello".to_uppercase() + &"WORLD".to_lowercase());
    println!("{:?}", "abc".as_bytes());
    println!("{:?}", std::str::from_utf8(&[0xe2, 0x82, 0xac]));
    println!("{}", "x".len() + "€".len() + "€".chars().count());
    let words = vec!["a", "b", "c"];
    println!("{} {}", words.concat(), words.join("/"));
    println!("{:?}", "Mississippi".char_indices().filter(|(_, c)| *c == 's').map(|(i, _)| i).collect::<Vec<_>>());
    println!("{}", "abc".starts_with(char::is_lowercase));
    println!("{}", format!("{:05}|{:<5}|{:+.2}|{:x}|{:X}|{:o}|{:08b}|{:e}", 42, 7, 3.14159, 255, 255, 8, 5, 1500.0));
    println!("{}", format!("{:#?}", ("a", 1)));
    println!("{}", i64::from_str_radix("-ff", 16).unwrap());
    println!("{:?}", "1 2 3".split(' ').map(str::parse::<i32>).collect::<Result<Vec<_>, _>>());
    let c = 'ß'; println!("{} {}", c.to_uppercase(), c.len_utf8());
}
