use std::num::Wrapping;

fn checked_factorial(n: u32) -> Option<u64> {
    (1..=n as u64).try_fold(1u64, |acc, x| acc.checked_mul(x))
}

fn collatz_steps(mut n: u32) -> Result<u32, String> {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 {
            n / 2
        } else {
            n.checked_mul(3).and_then(|x| x.checked_add(1)).ok_or_else(|| format!("overflow after {} steps", steps))?
        };
        steps += 1;
    }
    Ok(steps)
}

fn fnv1a(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for &b in data {
        h ^= b as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h
}

fn main() {
    let a: u8 = 250;
    println!("wrapping: {} {} {}", a.wrapping_add(10), a.wrapping_mul(3), 0u8.wrapping_sub(1));
    println!("checked: {:?} {:?} {:?}", a.checked_add(5), a.checked_add(6), 5u8.checked_sub(6));
    println!("saturating: {} {} {}", a.saturating_add(10), 3u8.saturating_sub(9), i8::MIN.saturating_sub(1));
    println!("overflowing: {:?} {:?}", a.overflowing_add(10), 100i8.overflowing_mul(2));
    println!("i32: {:?} {:?} {}", i32::MAX.checked_add(1), i32::MIN.checked_neg(), i32::MIN.wrapping_abs());
    println!("div: {:?} {:?} {:?}", 7i32.checked_div(0), i32::MIN.checked_div(-1), (-7i32).checked_rem(3));
    println!("euclid: {} {} {} {}", (-7i32).rem_euclid(3), (-7i32) % 3, (-7i32).div_euclid(3), -7 / 3);
    println!("pow: {:?} {:?} {} {}", 2u32.checked_pow(31), 2u32.checked_pow(32), 3u64.pow(20), 2i32.saturating_pow(40));
    println!("shifts: {} {:?} {}", 1u32.wrapping_shl(35), 1u32.checked_shl(32), 0x80u8.rotate_left(1));

    for n in [5, 20, 21, 25] {
        match checked_factorial(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! overflows u64", n),
        }
    }
    for n in [27, 97, 113383, 3_000_000_000] {
        println!("collatz({}) = {:?}", n, collatz_steps(n));
    }

    let mut w = Wrapping(0u16);
    for i in 0..1000u16 {
        w += Wrapping(i) * Wrapping(97);
    }
    println!("wrapping sum = {}", w);
    let x = Wrapping(200u8) + Wrapping(100u8);
    let y = Wrapping(5u8) - Wrapping(10u8);
    println!("Wrapping: {} {} {:?}", x, y, x.0);

    for s in ["", "a", "hello", "Hello"] {
        println!("fnv1a({:?}) = {:08x}", s, fnv1a(s.as_bytes()));
    }

    let values: [i64; 5] = [i64::MAX, 1, 2, -3, i64::MIN];
    let sum_checked = values.iter().try_fold(0i64, |acc, &v| acc.checked_add(v));
    let sum_wrapping = values.iter().fold(0i64, |acc, &v| acc.wrapping_add(v));
    let sum_saturating = values.iter().fold(0i64, |acc, &v| acc.saturating_add(v));
    println!("{:?} {} {}", sum_checked, sum_wrapping, sum_saturating);
    println!("{} {} {}", u64::MAX.count_ones(), 40u32.leading_zeros(), 40u32.trailing_zeros());
    println!("{} {} {}", (-1i32) as u32, 300i32 as u8, -1.5f64 as u8);
    println!("{} {}", u8::try_from(300i32).is_err(), i16::try_from(-5i64).unwrap());
}
