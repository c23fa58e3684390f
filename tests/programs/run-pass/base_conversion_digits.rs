// Converting integers to and from arbitrary bases with digit arrays and u8-as-char.

fn digit_char(d: u32) -> char {
    if d < 10 { (b0() + d as u8) as char } else { (('a' as u8) + (d - 10) as u8) as char }
}

fn b0() -> u8 {
    '0' as u8
}

fn to_base(mut n: u64, base: u32, out: &mut [u8; 64]) -> usize {
    if n == 0 {
        out[0] = 0;
        return 1;
    }
    let mut len = 0;
    while n > 0 {
        out[len] = (n % base as u64) as u8;
        n /= base as u64;
        len += 1;
    }
    // reverse to most significant first
    let mut i = 0;
    while i < len / 2 {
        let t = out[i];
        out[i] = out[len - 1 - i];
        out[len - 1 - i] = t;
        i += 1;
    }
    len
}

fn print_in_base(n: u64, base: u32) {
    let mut buf = [0u8; 64];
    let len = to_base(n, base, &mut buf);
    print!("{:>20} in base {:>2}: ", n, base);
    for i in 0..len {
        print!("{}", digit_char(buf[i] as u32));
    }
    println!();
}

fn parse(digits: &[char], base: u32) -> u64 {
    let mut v: u64 = 0;
    for i in 0..digits.len() {
        let c = digits[i];
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 10,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => panic!("bad digit {:?}", c),
        };
        assert!(d < base, "digit {} out of range for base {}", d, base);
        v = v * base as u64 + d as u64;
    }
    v
}

fn main() {
    let numbers = [0u64, 7, 255, 1000, 65535, 3735928559, u64::MAX];
    let bases = [2u32, 3, 8, 16, 36];
    for i in 0..numbers.len() {
        for j in 0..bases.len() {
            print_in_base(numbers[i], bases[j]);
        }
    }
    println!("{}", parse(&['f', 'f'], 16));
    println!("{}", parse(&['Z', 'Z'], 36));
    println!("{}", parse(&['1', '0', '1', '0', '1'], 2));
    println!("{}", parse(&['7', '7', '7'], 8));
    // check against the formatter
    println!("{:x} {:o} {:b}", 3735928559u64, 1000, 255);
}
