// Float <-> integer casts: truncation toward zero, saturation, NaN, rounding of large ints.

fn to_ints(x: f64) {
    println!("{:>14e} -> i8 {:>4} u8 {:>3} i32 {:>11} u32 {:>10} i64 {:>20} u64 {:>20}",
        x, x as i8, x as u8, x as i32, x as u32, x as i64, x as u64);
}

fn main() {
    let xs: [f64; 14] = [0.0, 0.9, -0.9, 1.5, -1.5, 127.99, 128.0, 255.5, 256.0, -129.7, 3e9, -3e9, 1e20, -1e20];
    for i in 0..xs.len() {
        to_ints(xs[i]);
    }
    to_ints(f64::NAN);
    to_ints(f64::INFINITY);
    to_ints(f64::NEG_INFINITY);

    let f: f32 = 16777217.0;
    println!("f32 16777217 -> {}", f);
    println!("i32 16777217 as f32 = {}", 16777217i32 as f32);
    println!("u64::MAX as f32 = {} as f64 = {}", u64::MAX as f32, u64::MAX as f64);
    println!("i64::MAX as f64 = {}", i64::MAX as f64);
    println!("i64::MAX as f64 as i64 = {}", i64::MAX as f64 as i64);
    println!("u128::MAX as f32 = {}", u128::MAX as f32);
    println!("(2^53 + 1) as f64 = {}", 9007199254740993i64 as f64);

    let d: f64 = 0.1;
    let s = d as f32;
    println!("f64 0.1 as f32 = {} back = {}", s, s as f64);
    let big: f64 = 1e39;
    println!("1e39 as f32 = {}", big as f32);
    let tiny: f64 = 1e-50;
    println!("1e-50 as f32 = {:?}", tiny as f32);
    println!("f32 max as f64 = {}", f32::MAX as f64);
    let mut total = 0i64;
    for i in 0..10 {
        let v = (i as f64) * 0.7;
        total += v as i64;
        print!("{} ", v as i64);
    }
    println!("total {}", total);
    let neg_frac = -7.999_f32;
    println!("{} {} {}", neg_frac as i32, neg_frac as u32, (neg_frac as i32) as f32);
    println!("{} {}", 300.7_f32 as u8, -5.0_f32 as u16);
    println!("{} {}", 1e10 as u16, 65535.9 as u16);
    println!("{} {}", 3.99 as usize, -3.99 as isize);
    println!("{}", f64::MAX as u128);
    println!("{}", 1.0e38_f32 as i128);
}
