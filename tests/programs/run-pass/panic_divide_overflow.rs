// i64::MIN / -1 overflows (the quotient does not fit), which panics even though the divisor is nonzero.

fn ratio(a: i64, b: i64) -> i64 {
    a / b
}

fn describe(a: i64, b: i64) {
    let q = match a.checked_div(b) {
        Some(q) => q,
        None => 0,
    };
    let r = match a.checked_rem(b) {
        Some(r) => r,
        None => 0,
    };
    println!("checked {} / {} = {} rem {} (wrapping {})", a, b, q, r, a.wrapping_div(b));
}

fn main() {
    let pairs = [(100, 7), (-100, 7), (100, -7), (i64::MAX, -1), (i64::MIN, 2), (i64::MIN, -1)];
    for i in 0..pairs.len() {
        let (a, b) = pairs[i];
        describe(a, b);
    }
    for i in 0..pairs.len() {
        let (a, b) = pairs[i];
        println!("{} / {} = {} remainder {}", a, b, ratio(a, b), a.wrapping_rem(b));
    }
}
