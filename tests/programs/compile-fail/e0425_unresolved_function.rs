// Calling a helper function that was never defined, and using an undefined constant.

const LIMIT: u32 = 100;

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut count = 0;
    for n in 0..LIMIT {
        if is_prime(n) && is_palindrome(n) { //~ ERROR E0425
            count += 1;
        }
    }
    println!("{} of {}", count, LIMT); //~ ERROR E0425
}
