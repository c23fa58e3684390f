// pow, abs, min, max on integers, and small numeric utilities built from them.

fn clamp(v: i32, lo: i32, hi: i32) -> i32 {
    v.max(lo).min(hi)
}

fn digits_in(mut n: u64) -> u32 {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

fn is_armstrong(n: u64) -> bool {
    let k = digits_in(n);
    let mut sum = 0u64;
    let mut m = n;
    while m > 0 {
        sum += (m % 10).pow(k);
        m /= 10;
    }
    sum == n
}

fn manhattan(a: (i32, i32), b: (i32, i32)) -> i32 {
    (a.0 - b.0).abs() + (a.1 - b.1).abs()
}

fn chebyshev(a: (i64, i64), b: (i64, i64)) -> i64 {
    (a.0 - b.0).abs().max((a.1 - b.1).abs())
}

fn main() {
    for e in 0..=10u32 {
        print!("{} ", 3i64.pow(e));
    }
    println!();
    println!("{} {} {}", 2u64.pow(63), (-2i64).pow(63), 10u128.pow(38));
    println!("{} {}", 0u32.pow(0), 7i8.pow(2));
    let vals = [-9, -1, 0, 4, 15];
    for i in 0..vals.len() {
        println!("clamp({:>3}) = {:>2}  abs = {}", vals[i], clamp(vals[i], -2, 10), vals[i].abs());
    }
    print!("armstrong:");
    for n in 1..100000u64 {
        if is_armstrong(n) {
            print!(" {}", n);
        }
    }
    println!();
    println!("manhattan {}", manhattan((1, -5), (-4, 7)));
    println!("chebyshev {}", chebyshev((1, -5), (-4, 7)));
    println!("{} {}", i32::MIN.max(-5), u8::MAX.min(17));
    println!("{} {}", (-128i16).abs(), i64::MIN.min(0));
    let mut best = i32::MIN;
    let mut worst = i32::MAX;
    let data = [17, -3, 99, 42, -100, 5];
    for i in 0..data.len() {
        best = best.max(data[i]);
        worst = worst.min(data[i]);
    }
    println!("best {} worst {}", best, worst);
    println!("{}", 5u8.min(3).max(4).pow(2));
}
