// Sieve of Eratosthenes over a fixed array, prime gaps, twin primes, goldbach checks.

const N: usize = 20000;

fn sieve(is_prime: &mut [bool; N]) {
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i < N {
        if is_prime[i] {
            let mut j = i * i;
            while j < N {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
}

fn count_below(is_prime: &[bool], limit: usize) -> usize {
    let mut c = 0;
    for k in 0..limit {
        if is_prime[k] {
            c += 1;
        }
    }
    c
}

fn main() {
    let mut is_prime = [true; N];
    sieve(&mut is_prime);
    print!("first primes:");
    let mut shown = 0;
    let mut k = 0;
    while shown < 25 {
        if is_prime[k] {
            print!(" {}", k);
            shown += 1;
        }
        k += 1;
    }
    println!();
    let mut limit = 10;
    while limit <= N {
        println!("pi({:>5}) = {:>4}", limit, count_below(&is_prime, limit));
        limit *= 10;
    }
    let mut twins = 0;
    let mut last = 2;
    let mut max_gap = 0;
    let mut gap_at = 0;
    for p in 3..N {
        if is_prime[p] {
            if p - last == 2 {
                twins += 1;
            }
            if p - last > max_gap {
                max_gap = p - last;
                gap_at = last;
            }
            last = p;
        }
    }
    println!("twin prime pairs below {}: {}", N, twins);
    println!("largest gap: {} after {}", max_gap, gap_at);
    println!("largest prime below {}: {}", N, last);
    // Goldbach: every even number 4..=200 as a sum of two primes
    let mut even = 4;
    while even <= 60 {
        let mut p = 2;
        while !(is_prime[p] && is_prime[even - p]) {
            p += 1;
        }
        print!("{}={}+{} ", even, p, even - p);
        even += 4;
    }
    println!();
}
