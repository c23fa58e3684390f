// Classifying characters with range patterns and counting categories in a text held as a char array.

const TEXT: [char; 48] = [
    'H', 'e', 'l', 'l', 'o', ',', ' ', 'W', 'o', 'r', 'l', 'd', '!', ' ', '4', '2', ' ', 'i', 's', ' ', 't', 'h', 'e',
    ' ', 'a', 'n', 's', 'w', 'e', 'r', '.', '\n', 'Ü', 'b', 'e', 'r', ' ', 'c', 'a', 'f', 'é', ' ', '#', '7', '\t', '€',
    '?', ')',
];

enum Class {
    Upper,
    Lower,
    Digit,
    Space,
    Punct,
    Other,
}

fn classify(c: char) -> Class {
    match c {
        'A'..='Z' => Class::Upper,
        'a'..='z' => Class::Lower,
        '0'..='9' => Class::Digit,
        ' ' | '\t' | '\n' | '\r' => Class::Space,
        '!'..='/' | ':'..='@' | '['..='`' | '{'..='~' => Class::Punct,
        _ => Class::Other,
    }
}

fn to_upper_ascii(c: char) -> char {
    match c {
        'a'..='z' => (c as u8 - 32) as char,
        _ => c,
    }
}

fn main() {
    let mut counts = [0u32; 6];
    let mut words = 0;
    let mut in_word = false;
    for i in 0..TEXT.len() {
        let c = TEXT[i];
        let k = classify(c);
        let is_space = match k {
            Class::Space => true,
            _ => false,
        };
        counts[k as usize] += 1;
        if !is_space && !in_word {
            words += 1;
        }
        in_word = !is_space;
    }
    let names = ["upper", "lower", "digit", "space", "punct", "other"];
    for i in 0..6 {
        println!("{:<6} {:>3}", names[i], counts[i]);
    }
    println!("words {}", words);
    for i in 0..TEXT.len() {
        print!("{}", to_upper_ascii(TEXT[i]));
    }
    println!();
    let mut code_sum: u32 = 0;
    for i in 0..TEXT.len() {
        code_sum += TEXT[i] as u32;
    }
    println!("sum of code points {}", code_sum);
    println!("{:?} {:?} {:?}", TEXT[31], TEXT[44], TEXT[45]);
}
