fn caesar(s: &str, shift: i32) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                let base = if c.is_ascii_uppercase() { b'A' } else { b'a' } as i32;
                (((c as i32 - base + shift).rem_euclid(26)) + base) as u8 as char
            } else {
                c
            }
        })
        .collect()
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn rle_encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out += &n.to_string();
        }
        out.push(c);
    }
    out
}

fn rle_decode(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut count = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = if count.is_empty() { 1 } else { count.parse().map_err(|e| format!("{:?}", e))? };
            out.extend(std::iter::repeat(c).take(n));
            count.clear();
        }
    }
    if !count.is_empty() {
        return Err(format!("dangling count {}", count));
    }
    Ok(out)
}

fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<_>>().join(" ")
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn classify(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U' => "vowel",
        c if c.is_ascii_alphabetic() => "consonant",
        c if c.is_numeric() => "digit",
        c if c.is_whitespace() => "space",
        c if c.is_ascii_punctuation() => "punct",
        _ => "other",
    }
}

fn vigenere(text: &str, key: &str, decrypt: bool) -> String {
    let shifts: Vec<i32> = key.bytes().map(|b| (b.to_ascii_lowercase() - b'a') as i32).collect();
    let mut i = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            let s = shifts[i % shifts.len()];
            out.push_str(&caesar(&c.to_string(), if decrypt { -s } else { s }));
            i += 1;
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    let msg = "Attack at Dawn, Zebra-42!";
    let enc = caesar(msg, 3);
    println!("{} -> {} -> {}", msg, enc, caesar(&enc, -3));
    println!("rot13 twice: {}", caesar(&caesar(msg, 13), 13) == msg);

    for p in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"] {
        println!("{:?} palindrome? {}", p, is_palindrome(p));
    }

    for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"] {
        let e = rle_encode(s);
        println!("rle {:?} -> {:?} -> {:?}", s, e, rle_decode(&e));
    }
    println!("{:?}", rle_decode("3a2"));

    println!("{}", reverse_words("  the quick   brown fox  "));
    println!("{}", title_case("hELLO wORLD from rust"));

    let sample = "Hi 5, ok?\té";
    let kinds: Vec<String> = sample.chars().map(|c| format!("{:?}={}", c, classify(c))).collect();
    println!("{}", kinds.join(" "));

    let v = vigenere("Attack at dawn", "LEMON", false);
    println!("{} / {}", v, vigenere(&v, "lemon", true));

    let word = "Mississippi";
    let mut counts: Vec<(char, usize)> = Vec::new();
    for c in word.to_lowercase().chars() {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", counts);
    let anagram = |a: &str, b: &str| {
        let mut x: Vec<char> = a.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        let mut y: Vec<char> = b.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        x.sort_unstable();
        y.sort_unstable();
        x == y
    };
    println!("{} {}", anagram("Dormitory", "dirty room"), anagram("abc", "abd"));
    let snake = "parseHttpResponseCode".chars().fold(String::new(), |mut acc, c| {
        if c.is_uppercase() {
            acc.push('_');
        }
        acc.push(c.to_ascii_lowercase());
        acc
    });
    println!("{} {}", snake, "ünïcödé".chars().rev().collect::<String>());
    let bytes = "héllo".bytes().map(|b| format!("{:02x}", b)).collect::<Vec<_>>().concat();
    println!("{} len={} chars={}", bytes, "héllo".len(), "héllo".chars().count());
}
