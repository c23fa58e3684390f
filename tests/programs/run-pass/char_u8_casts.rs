// char <-> integer casts: caesar cipher, ASCII tables, case conversion by arithmetic.

const MESSAGE: [u8; 27] = [
    72, 69, 76, 76, 79, 32, 70, 69, 82, 82, 85, 77, 44, 32, 87, 79, 82, 76, 68, 32, 49, 50, 51, 32, 120, 121, 122,
];

fn shift_letter(b: u8, k: u8) -> u8 {
    match b {
        65..=90 => (b - 65 + k) % 26 + 65,   // 'A'..='Z'
        97..=122 => (b - 97 + k) % 26 + 97,  // 'a'..='z'
        _ => b,
    }
}

fn to_lower(c: char) -> char {
    if c >= 'A' && c <= 'Z' {
        ((c as u8) + 32) as char
    } else {
        c
    }
}

fn print_bytes(bytes: &[u8]) {
    for i in 0..bytes.len() {
        print!("{}", bytes[i] as char);
    }
    println!();
}

fn digit_value(c: char) -> u32 {
    match c {
        '0'..='9' => c as u32 - '0' as u32,
        'a'..='z' => c as u32 - 'a' as u32 + 10,
        'A'..='Z' => c as u32 - 'A' as u32 + 10,
        _ => 99,
    }
}

fn main() {
    print_bytes(&MESSAGE);
    let mut buf = MESSAGE;
    for k in 1..4u8 {
        for i in 0..buf.len() {
            buf[i] = shift_letter(MESSAGE[i], k);
        }
        print!("shift {}: ", k);
        print_bytes(&buf);
    }
    for i in 0..buf.len() {
        buf[i] = shift_letter(buf[i], 23);
    }
    print!("back: ");
    print_bytes(&buf);

    for row in 0..6u8 {
        for col in 0..16u8 {
            let code = 32 + row * 16 + col;
            let c = code as char;
            if code == 127 {
                print!(" DEL");
            } else {
                print!(" {:>3}", c);
            }
        }
        println!();
    }
    let word = ['F', 'e', 'R', 'r', 'U', 'm'];
    for i in 0..word.len() {
        print!("{}", to_lower(word[i]));
    }
    println!();
    let digits = ['7', 'f', 'Z', '?'];
    for i in 0..digits.len() {
        println!("{:?} -> {}", digits[i], digit_value(digits[i]));
    }
    let hearts = '♥';
    println!("{} {} {:x} {}", hearts, hearts as u32, hearts as u32, hearts as u8);
    println!("{} {}", 'é' as u8, 'é' as u32);
    println!("{:?} {:?}", 0x41u8 as char, 0xE9u8 as char);
    let mut c = 'a';
    while c <= 'e' {
        print!("{}{}", c, (c as u8 - 32) as char);
        c = ((c as u8) + 1) as char;
    }
    println!();
}
