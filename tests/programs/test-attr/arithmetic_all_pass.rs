// Unit tests for small arithmetic helpers; every test passes.

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

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

fn digits_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn main() {
    println!("{}", gcd(12, 18));
}

#[test]
fn gcd_basic() {
    assert_eq!(gcd(12, 18), 6);
    assert_eq!(gcd(17, 5), 1);
    assert_eq!(gcd(0, 9), 9);
}

#[test]
fn primes_below_30() {
    let mut count = 0;
    for n in 0..30 {
        if is_prime(n) {
            count += 1;
        }
    }
    assert_eq!(count, 10);
}

#[test]
fn digit_sums() {
    assert_eq!(digits_sum(0), 0);
    assert_eq!(digits_sum(9875), 29);
    assert_ne!(digits_sum(10), 10);
}

#[test]
fn checked_ops_detect_overflow() {
    assert!(u8::MAX.checked_add(1).is_none());
    assert!(200u8.checked_add(55).is_some());
    assert_eq!(i32::MIN.wrapping_abs(), i32::MIN);
}

#[test]
fn output_is_captured() {
    println!("this line is captured and not shown for passing tests");
    assert!(is_prime(97), "97 should be prime");
}
