// Nested function items, recursion inside nested functions, items declared after use.

fn outer_sum(n: u32) -> u64 {
    fn square(k: u32) -> u64 {
        (k as u64) * (k as u64)
    }
    fn rec(k: u32) -> u64 {
        if k == 0 { 0 } else { square(k) + rec(k - 1) }
    }
    rec(n)
}

fn digital_root(n: u64) -> u64 {
    fn digit_sum(mut n: u64) -> u64 {
        let mut s = 0;
        while n > 0 {
            s += n % 10;
            n /= 10;
        }
        s
    }
    let mut v = n;
    while v >= 10 {
        v = digit_sum(v);
    }
    v
}

fn uses_later_item() -> i32 {
    helper_defined_below(20) + LATE_CONST
}

fn helper_defined_below(v: i32) -> i32 {
    v * 2
}

const LATE_CONST: i32 = 2;

fn catalan(n: u32) -> u64 {
    fn binom(n: u64, k: u64) -> u64 {
        let mut r = 1;
        for i in 0..k {
            r = r * (n - i) / (i + 1);
        }
        r
    }
    binom(2 * n as u64, n as u64) / (n as u64 + 1)
}

fn main() {
    println!("sum of squares 1..=10 = {}", outer_sum(10));
    println!("sum of squares 1..=100 = {}", outer_sum(100));
    let ns = [0u64, 9, 38, 123456789, 999999999999];
    for i in 0..ns.len() {
        println!("digital root of {} = {}", ns[i], digital_root(ns[i]));
    }
    println!("uses later item: {}", uses_later_item());
    print!("catalan:");
    for n in 0..15 {
        print!(" {}", catalan(n));
    }
    println!();

    fn local_in_main(x: i32) -> i32 {
        const OFFSET: i32 = 1000;
        x + OFFSET
    }
    println!("{}", local_in_main(234));
    struct LocalPoint {
        x: i32,
        y: i32,
    }
    impl LocalPoint {
        fn sum(&self) -> i32 {
            self.x + self.y
        }
    }
    let lp = LocalPoint { x: 4, y: 5 };
    println!("local struct sum {}", lp.sum());
}
