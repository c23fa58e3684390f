// Euclid's algorithm in several styles; extended euclid returning tuples; modular inverse.

fn gcd_rec(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd_rec(b, a % b) }
}

fn gcd_iter(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn gcd_binary(mut a: u64, mut b: u64) -> u64 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let mut shift = 0;
    while (a | b) & 1 == 0 {
        a >>= 1;
        b >>= 1;
        shift += 1;
    }
    while a & 1 == 0 {
        a >>= 1;
    }
    loop {
        while b & 1 == 0 {
            b >>= 1;
        }
        if a > b {
            let t = a;
            a = b;
            b = t;
        }
        b -= a;
        if b == 0 {
            break;
        }
    }
    a << shift
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd_iter(a, b) * b
}

fn ext_gcd(a: i64, b: i64) -> (i64, i64, i64) {
    if b == 0 {
        (a, 1, 0)
    } else {
        let (g, x, y) = ext_gcd(b, a % b);
        (g, y, x - (a / b) * y)
    }
}

fn mod_inverse(a: i64, m: i64) -> i64 {
    let (g, x, _) = ext_gcd(a, m);
    assert_eq!(g, 1, "{} has no inverse mod {}", a, m);
    ((x % m) + m) % m
}

fn main() {
    let pairs: [(u64, u64); 6] = [(48, 18), (17, 5), (0, 9), (1071, 462), (1 << 40, 1 << 20), (123456789, 987654321)];
    for i in 0..pairs.len() {
        let (a, b) = pairs[i];
        let g = gcd_rec(a, b);
        assert_eq!(g, gcd_iter(a, b));
        assert_eq!(g, gcd_binary(a, b));
        println!("gcd({}, {}) = {}", a, b, g);
    }
    let mut acc = 1u64;
    for k in 1..=20 {
        acc = lcm(acc, k);
    }
    println!("lcm(1..=20) = {}", acc);
    let (g, x, y) = ext_gcd(240, 46);
    println!("240*{} + 46*{} = {}", x, y, g);
    println!("{:?}", ext_gcd(-35, 15));
    for a in 1..11 {
        print!("{}^-1={} ", a, mod_inverse(a, 11));
    }
    println!();
    println!("inverse of 17 mod 3120 = {}", mod_inverse(17, 3120));
}
