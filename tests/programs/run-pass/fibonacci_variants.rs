// Fibonacci five ways: naive recursion, iteration, memo array, fast doubling, checked overflow.

fn fib_naive(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib_naive(n - 1) + fib_naive(n - 2) }
}

fn fib_iter(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn fib_memo(n: usize, memo: &mut [u64; 94]) -> u64 {
    if n < 2 {
        return n as u64;
    }
    if memo[n] == 0 {
        memo[n] = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    }
    memo[n]
}

fn fib_doubling(n: u64) -> (u128, u128) {
    if n == 0 {
        return (0, 1);
    }
    let (a, b) = fib_doubling(n / 2);
    let c = a * (2 * b - a);
    let d = a * a + b * b;
    if n % 2 == 0 { (c, d) } else { (d, c + d) }
}

fn largest_fib_index_u64() -> u32 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut n = 0;
    loop {
        match a.checked_add(b) {
            Some(next) => {
                a = b;
                b = next;
                n += 1;
            }
            None => return n + 1,
        }
    }
}

fn main() {
    for n in 0..=20 {
        print!("{} ", fib_naive(n));
    }
    println!();
    println!("naive fib(25) = {}", fib_naive(25));
    let mut memo = [0u64; 94];
    let idx = [10usize, 50, 80, 92];
    for i in 0..idx.len() {
        let n = idx[i];
        println!("fib({}) iter={} memo={} doubling={}", n, fib_iter(n as u32), fib_memo(n, &mut memo), fib_doubling(n as u64).0);
    }
    println!("fib(150) = {}", fib_doubling(150).0);
    println!("fib(180) = {}", fib_doubling(180).0);
    println!("largest fib index fitting u64: {}", largest_fib_index_u64());
    let mut even_sum = 0u64;
    let (mut a, mut b) = (1u64, 2u64);
    while a <= 4_000_000 {
        if a % 2 == 0 {
            even_sum += a;
        }
        let t = a + b;
        a = b;
        b = t;
    }
    println!("sum of even fibs up to 4M: {}", even_sum);
}
