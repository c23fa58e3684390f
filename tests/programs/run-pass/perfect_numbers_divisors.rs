// Divisor sums with a sieve-like array: perfect, abundant, deficient and amicable numbers.

const LIMIT: usize = 10000;

fn main() {
    let mut sigma = [0u32; LIMIT + 1];
    for d in 1..=LIMIT / 2 {
        let mut m = d * 2;
        while m <= LIMIT {
            sigma[m] += d as u32;
            m += d;
        }
    }
    print!("perfect:");
    for n in 2..=LIMIT {
        if sigma[n] as usize == n {
            print!(" {}", n);
        }
    }
    println!();
    let (mut abundant, mut deficient) = (0, 0);
    for n in 1..=LIMIT {
        let s = sigma[n] as usize;
        if s > n {
            abundant += 1;
        } else if s < n {
            deficient += 1;
        }
    }
    println!("abundant {} deficient {}", abundant, deficient);
    println!("amicable pairs:");
    for a in 2..=LIMIT {
        let b = sigma[a] as usize;
        if b > a && b <= LIMIT && sigma[b] as usize == a {
            println!("  ({}, {})", a, b);
        }
    }
    let mut most = 0;
    let mut arg = 0;
    for n in 1..=1000 {
        let mut count = 0;
        let mut d = 1;
        while d * d <= n {
            if n % d == 0 {
                count += if d * d == n { 1 } else { 2 };
            }
            d += 1;
        }
        if count > most {
            most = count;
            arg = n;
        }
    }
    println!("most divisors up to 1000: {} has {}", arg, most);
}
