// Sieve of Eratosthenes over a static array of one million flags, repeated a few times.

const N: usize = 1_000_000;

static mut COMPOSITE: [bool; N] = [false; N];

fn sieve() -> usize {
    let mut count = 0;
    unsafe {
        let mut i = 0;
        while i < N {
            COMPOSITE[i] = false;
            i += 1;
        }
        let mut p = 2;
        while p < N {
            if !COMPOSITE[p] {
                count += 1;
                let mut m = p * p;
                while m < N {
                    COMPOSITE[m] = true;
                    m += p;
                }
            }
            p += 1;
        }
    }
    count
}

fn main() {
    let mut last = 0;
    for round in 0..3 {
        last = sieve();
        println!("round {}: {} primes below {}", round, last, N);
    }
    let mut largest = 0;
    unsafe {
        let mut k = N - 1;
        while k > 1 {
            if !COMPOSITE[k] {
                largest = k;
                break;
            }
            k -= 1;
        }
    }
    println!("{} primes, largest {}", last, largest);
}
