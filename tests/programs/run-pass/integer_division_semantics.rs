// Integer division and remainder semantics: truncation toward zero, signed shifts, unsigned wrap.

fn euclid_div(a: i32, b: i32) -> (i32, i32) {
    let mut q = a / b;
    let mut r = a % b;
    if r < 0 {
        if b > 0 {
            q -= 1;
            r += b;
        } else {
            q += 1;
            r -= b;
        }
    }
    (q, r)
}

fn main() {
    let pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (i32::MAX, 10), (i32::MIN, 10)];
    println!("{:>12} {:>4} | {:>11} {:>4} | {:>11} {:>4}", "a", "b", "a/b", "a%b", "euclid q", "r");
    for i in 0..pairs.len() {
        let (a, b) = pairs[i];
        let (q, r) = euclid_div(a, b);
        println!("{:>12} {:>4} | {:>11} {:>4} | {:>11} {:>4}", a, b, a / b, a % b, q, r);
    }
    let neg: i32 = -100;
    println!("shifts: {} {} {} {}", neg >> 1, neg >> 3, neg >> 31, neg << 2);
    println!("unsigned shifts: {} {}", (neg as u32) >> 1, (neg as u32) >> 31);
    let i8v: i8 = -128;
    println!("i8: {} {} {}", i8v >> 7, i8v / 3, i8v % 3);
    let u: u8 = 7;
    println!("u8: {} {} {}", u / 2, u % 2, u.wrapping_sub(9));
    let f_div = -7.0 / 2.0;
    let f_rem = -7.5 % 2.0;
    println!("floats: {} {} {} {}", f_div, f_rem, 7.5 % -2.0, (-7.0f64 / 2.0) as i32);
    let big: u64 = 10_000_000_000;
    println!("u64: {} {} {}", big / 3, big % 3, big / 7 * 7 + big % 7);
    let i128v: i128 = -170141183460469231731687303715884105728;
    println!("i128: {} {}", i128v / 7, i128v % 7);
    let mut digits = 0;
    let mut n: i64 = -9876543210;
    while n != 0 {
        print!("{} ", n % 10);
        n /= 10;
        digits += 1;
    }
    println!("({} digits)", digits);
}
