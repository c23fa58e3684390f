// Factorials in i64 until the multiplication overflows and the program panics.

fn factorial(n: i64) -> i64 {
    let mut acc: i64 = 1;
    let mut k = 2;
    while k <= n {
        acc *= k;
        k += 1;
    }
    acc
}

fn checked_factorial(n: i64) -> i64 {
    let mut acc: i64 = 1;
    for k in 2..=n {
        match acc.checked_mul(k) {
            Some(v) => acc = v,
            None => return -1,
        }
    }
    acc
}

fn main() {
    for n in 15..=21 {
        println!("checked {}! = {}", n, checked_factorial(n));
    }
    for n in 18..=22 {
        println!("{}! = {}", n, factorial(n));
    }
}
