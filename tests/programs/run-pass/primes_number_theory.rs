fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            for j in (i * i..=limit).step_by(i) {
                is_prime[j] = false;
            }
        }
        i += 1;
    }
    is_prime.iter().enumerate().filter(|(_, &p)| p).map(|(i, _)| i).collect()
}

fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut out = Vec::new();
    let mut d = 2;
    while d * d <= n {
        let mut e = 0;
        while n % d == 0 {
            n /= d;
            e += 1;
        }
        if e > 0 {
            out.push((d, e));
        }
        d += if d == 2 { 1 } else { 2 };
    }
    if n > 1 {
        out.push((n, 1));
    }
    out
}

fn format_factors(f: &[(u64, u32)]) -> String {
    f.iter().map(|&(p, e)| if e == 1 { p.to_string() } else { format!("{}^{}", p, e) }).collect::<Vec<_>>().join(" * ")
}

fn mod_pow(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1 % m;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = (result as u128 * base as u128 % m as u128) as u64;
        }
        base = (base as u128 * base as u128 % m as u128) as u64;
        exp >>= 1;
    }
    result
}

fn is_prime_mr(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    for p in [2u64, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37] {
        if n % p == 0 {
            return n == p;
        }
    }
    let (mut d, mut s) = (n - 1, 0);
    while d % 2 == 0 {
        d /= 2;
        s += 1;
    }
    'witness: for a in [2u64, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37] {
        let mut x = mod_pow(a, d, n);
        if x == 1 || x == n - 1 {
            continue;
        }
        for _ in 0..s - 1 {
            x = (x as u128 * x as u128 % n as u128) as u64;
            if x == n - 1 {
                continue 'witness;
            }
        }
        return false;
    }
    true
}

fn totient(n: u64) -> u64 {
    factorize(n).iter().fold(n, |acc, &(p, _)| acc / p * (p - 1))
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    let primes = sieve(100);
    println!("{} primes below 100: {:?}", primes.len(), primes);
    let twins: Vec<(usize, usize)> = primes.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("twin primes: {:?}", twins);
    let gaps = primes.windows(2).map(|w| w[1] - w[0]).max().unwrap();
    println!("largest gap below 100: {}", gaps);
    let big = sieve(100_000);
    println!("pi(100000) = {}, last = {}", big.len(), big.last().unwrap());
    let sum: u64 = big.iter().take(1000).map(|&p| p as u64).sum();
    println!("sum of first 1000 primes = {}", sum);

    for n in [360u64, 97, 1001, 65536, 600851475143, 999999000001] {
        println!("{:>13} = {}", n, format_factors(&factorize(n)));
    }
    for n in [1u64, 2, 561, 7919, 1_000_000_007, 4_294_967_297, 18_446_744_073_709_551_557] {
        println!("{:>20} prime? {}", n, is_prime_mr(n));
    }
    let phis: Vec<u64> = (1..=12).map(totient).collect();
    println!("phi(1..12) = {:?}", phis);
    println!("2^100 mod 1e9+7 = {}", mod_pow(2, 100, 1_000_000_007));
    let coprime = (1..=30).filter(|&k| gcd(k, 30) == 1).count();
    println!("coprime to 30 in 1..=30: {} (phi = {})", coprime, totient(30));
    let goldbach: Vec<String> = (4..=20)
        .step_by(2)
        .map(|n| {
            let p = primes.iter().find(|&&p| primes.contains(&(n - p))).unwrap();
            format!("{}={}+{}", n, p, n - p)
        })
        .collect();
    println!("{}", goldbach.join(" "));
}
