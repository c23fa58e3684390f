fn sieve(n: usize) -> Vec<usize> {
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    if n >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            let mut j = i * i;
            while j <= n {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let mut primes = Vec::new();
    for k in 0..is_prime.len() {
        if is_prime[k] {
            primes.push(k);
        }
    }
    primes
}

fn main() {
    let primes = sieve(100);
    println!("{} primes below 100, capacity {}", primes.len(), primes.capacity());
    let mut line = String::new();
    for i in 0..primes.len() {
        if i > 0 {
            line.push(' ');
        }
        let p = primes[i];
        if p >= 10 {
            line.push((b'0' + (p / 10) as u8) as char);
        }
        line.push((b'0' + (p % 10) as u8) as char);
    }
    println!("{}", line.as_str());
    let big = sieve(10000);
    println!("{} primes below 10000, last {}", big.len(), big[big.len() - 1]);
    let twins = {
        let mut t = 0;
        for i in 1..big.len() {
            if big[i] - big[i - 1] == 2 {
                t += 1;
            }
        }
        t
    };
    println!("{} twin pairs", twins);
    println!("97 is prime: {}", big.binary_search(&97).is_ok());
    println!("91 is prime: {}", big.binary_search(&91).is_ok());
    let mut gaps = vec![0usize; 40];
    for i in 1..big.len() {
        gaps[big[i] - big[i - 1]] += 1;
    }
    let mut widest = 0;
    for g in 0..gaps.len() {
        if gaps[g] > 0 {
            widest = g;
        }
    }
    println!("widest gap {} occurs {} times", widest, gaps[widest]);
}
