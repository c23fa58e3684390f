// Recursive Fibonacci: call-heavy benchmark (about 2.7 million calls).

fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    let n = 30;
    println!("fib({}) = {}", n, fib(n));
}
