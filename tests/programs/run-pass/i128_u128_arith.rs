// 128-bit integer arithmetic: factorials, fibonacci, powers, mixed-width casts.

fn factorial(n: u32) -> u128 {
    let mut acc: u128 = 1;
    for i in 1..=n {
        acc *= i as u128;
    }
    acc
}

fn fib(n: u32) -> u128 {
    let mut a: u128 = 0;
    let mut b: u128 = 1;
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    let mut lo: u128 = 1;
    let mut hi: u128 = 1 << 64;
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid <= n / mid {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn mul_mod(a: u128, b: u128, m: u128) -> u128 {
    // a*b mod m without overflow by double-and-add
    let mut result: u128 = 0;
    let mut x = a % m;
    let mut y = b;
    while y > 0 {
        if y & 1 == 1 {
            result = (result + x) % m;
        }
        x = (x * 2) % m;
        y >>= 1;
    }
    result
}

fn main() {
    let ns: [u32; 5] = [10, 20, 25, 30, 34];
    for i in 0..ns.len() {
        println!("{}! = {}", ns[i], factorial(ns[i]));
    }
    println!("fib(150) = {}", fib(150));
    println!("fib(185) = {}", fib(185));
    println!("u128::MAX = {}", u128::MAX);
    println!("i128::MIN = {}", i128::MIN);
    println!("i128::MAX = {:x}", i128::MAX);
    println!("u128::MAX = {:#X}", u128::MAX);
    println!("i128 -1 hex = {:x}", -1i128);
    println!("2^100 = {}", 2u128.pow(100));
    println!("3^80 = {}", 3i128.pow(80));
    println!("-7^41 = {}", (-7i128).pow(41));
    let big: i128 = -170141183460469231731687303715884105728 / 3;
    println!("MIN/3 = {} rem {}", big, i128::MIN % 3);
    println!("isqrt(10^30) = {}", isqrt(1_000_000_000_000_000_000_000_000_000_000));
    println!("isqrt(u128::MAX) = {}", isqrt(u128::MAX));
    let m: u128 = 170141183460469231731687303715884105727; // 2^127 - 1, prime
    println!("mul_mod = {}", mul_mod(123456789012345678901234567890, 987654321098765432109876543210, m));
    let x: u128 = 0xDEAD_BEEF_CAFE_BABE_0123_4567_89AB_CDEF;
    println!("{} {:o}", x, x >> 64);
    println!("as u64 {} as u8 {} as i8 {} as f64 {}", x as u64, x as u8, x as i8, x as f64);
    let neg: i128 = -12345678901234567890123456789;
    println!("{} {} {} {}", neg as u128, neg as i64, neg as f32, (neg as f64) as i128);
    println!("{:+} {:>45} {:<45}|", neg, neg, neg);
    println!("{}", u128::MAX.wrapping_add(2));
    println!("{:?}", i128::MAX.checked_add(1).is_none());
    println!("{}", i128::MIN.saturating_sub(1) == i128::MIN);
    println!("{}", (u64::MAX as u128) * (u64::MAX as u128));
}
