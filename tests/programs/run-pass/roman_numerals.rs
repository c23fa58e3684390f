// Roman numeral conversion both ways using parallel constant tables.

const VALUES: [u32; 13] = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
const SYMBOLS: [&str; 13] = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];

fn to_roman(mut n: u32, out: &mut [char; 20]) -> usize {
    let mut len = 0;
    for i in 0..VALUES.len() {
        while n >= VALUES[i] {
            n -= VALUES[i];
            let sym = SYMBOLS[i];
            // symbols are one or two ASCII letters; decode them by table position
            let (a, b) = symbol_chars(i);
            out[len] = a;
            len += 1;
            if sym.len() == 2 {
                out[len] = b;
                len += 1;
            }
        }
    }
    len
}

fn symbol_chars(i: usize) -> (char, char) {
    match i {
        0 => ('M', ' '),
        1 => ('C', 'M'),
        2 => ('D', ' '),
        3 => ('C', 'D'),
        4 => ('C', ' '),
        5 => ('X', 'C'),
        6 => ('L', ' '),
        7 => ('X', 'L'),
        8 => ('X', ' '),
        9 => ('I', 'X'),
        10 => ('V', ' '),
        11 => ('I', 'V'),
        _ => ('I', ' '),
    }
}

fn value_of(c: char) -> u32 {
    match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    }
}

fn from_roman(s: &[char]) -> i64 {
    let mut total: i64 = 0;
    for i in 0..s.len() {
        let v = value_of(s[i]) as i64;
        if i + 1 < s.len() && v < value_of(s[i + 1]) as i64 {
            total -= v;
        } else {
            total += v;
        }
    }
    total
}

fn main() {
    let samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666];
    let mut buf = [' '; 20];
    for i in 0..samples.len() {
        let n = samples[i];
        let len = to_roman(n, &mut buf);
        print!("{:>5} = ", n);
        for k in 0..len {
            print!("{}", buf[k]);
        }
        let back = from_roman(&buf[..len]);
        println!("{:>w$}-> {}", "", back, w = 16 - len);
    }
}
