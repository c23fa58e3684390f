// MIN/MAX constants of every integer type, bit widths, and derived ranges.

fn signed_row(name: &str, min: i128, max: i128, bits: u32) {
    println!("{:>6} bits={:>3} min={:>40} max={:>39}", name, bits, min, max);
}

fn unsigned_row(name: &str, max: u128, bits: u32) {
    println!("{:>6} bits={:>3} min={:>40} max={:>39}", name, bits, 0, max);
}

fn span(min: i128, max: i128) -> u128 {
    (max - min) as u128 + 1
}

fn main() {
    signed_row("i8", i8::MIN as i128, i8::MAX as i128, 8);
    signed_row("i16", i16::MIN as i128, i16::MAX as i128, 16);
    signed_row("i32", i32::MIN as i128, i32::MAX as i128, 32);
    signed_row("i64", i64::MIN as i128, i64::MAX as i128, 64);
    signed_row("i128", i128::MIN, i128::MAX, 128);
    signed_row("isize", isize::MIN as i128, isize::MAX as i128, 64);
    unsigned_row("u8", u8::MAX as u128, 8);
    unsigned_row("u16", u16::MAX as u128, 16);
    unsigned_row("u32", u32::MAX as u128, 32);
    unsigned_row("u64", u64::MAX as u128, 64);
    unsigned_row("u128", u128::MAX, 128);
    unsigned_row("usize", usize::MAX as u128, 64);

    println!("values of i8: {}", span(i8::MIN as i128, i8::MAX as i128));
    println!("values of i16: {}", span(i16::MIN as i128, i16::MAX as i128));
    println!("values of i32: {}", span(i32::MIN as i128, i32::MAX as i128));

    println!("{} {} {}", u8::MIN, u64::MIN, usize::MIN);
    println!("{:#x} {:#x} {:#x}", i8::MAX, i16::MAX, i32::MAX);
    println!("{:x} {:x}", i8::MIN, i16::MIN);
    println!("{:b}", i8::MIN);
    println!("{} {}", i32::MAX as i64 + 1, i32::MIN as i64 - 1);
    println!("{} {}", -(i8::MIN as i16), u8::MAX as i8);
    println!("char::MAX = {:?} as u32 = {}", char::MAX, char::MAX as u32);
    println!("f32: {} {} {:e}", f32::MIN_POSITIVE, f32::EPSILON, f32::MAX);
    println!("f64: {:e} {:e}", f64::MIN, f64::MAX);
    const LIMIT: u16 = u16::MAX / 2 + 1;
    println!("LIMIT = {}", LIMIT);
    static TOP: i64 = i64::MAX - 1000;
    println!("TOP = {}", TOP);
}
