// Collatz sequences: longest chain below a bound, with a memo array for small values.

const CACHE: usize = 10000;

fn step(n: u64) -> u64 {
    if n % 2 == 0 { n / 2 } else { 3 * n + 1 }
}

fn chain_length(n: u64, cache: &mut [u32; CACHE]) -> u32 {
    if n == 1 {
        return 1;
    }
    if (n as usize) < CACHE && cache[n as usize] != 0 {
        return cache[n as usize];
    }
    let len = 1 + chain_length(step(n), cache);
    if (n as usize) < CACHE {
        cache[n as usize] = len;
    }
    len
}

fn print_sequence(mut n: u64) {
    print!("{}", n);
    let mut peak = n;
    while n != 1 {
        n = step(n);
        if n > peak {
            peak = n;
        }
        print!(" -> {}", n);
    }
    println!("  (peak {})", peak);
}

fn main() {
    let mut cache = [0u32; CACHE];
    print_sequence(6);
    print_sequence(27 - 20);
    let mut best = 0u64;
    let mut best_len = 0u32;
    for n in 1..30000u64 {
        let len = chain_length(n, &mut cache);
        if len > best_len {
            best_len = len;
            best = n;
            println!("new record: {:>6} with length {:>3}", n, len);
        }
    }
    println!("longest below 30000: {} ({} steps)", best, best_len);
    let mut histogram = [0u32; 10];
    for n in 1..1000usize {
        let bucket = (cache[n] / 20) as usize;
        histogram[bucket.min(9)] += 1;
    }
    for b in 0..10 {
        println!("{:>3}-{:<3} {}", b * 20, b * 20 + 19, histogram[b]);
    }
}
