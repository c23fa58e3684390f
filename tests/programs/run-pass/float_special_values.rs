// NaN, infinities, signed zero and their arithmetic and comparison behaviour.

fn classify(x: f64) -> &'static str {
    if x != x {
        "nan"
    } else if x == f64::INFINITY {
        "+inf"
    } else if x == f64::NEG_INFINITY {
        "-inf"
    } else if x == 0.0 {
        if 1.0 / x > 0.0 { "+zero" } else { "-zero" }
    } else if x > 0.0 {
        "positive"
    } else {
        "negative"
    }
}

fn show(label: &str, x: f64) {
    println!("{:>14}: {:>24} {:>24?} -> {}", label, x, x, classify(x));
}

fn main() {
    let zero = 0.0_f64;
    let one = 1.0_f64;
    show("1/0", one / zero);
    show("-1/0", -one / zero);
    show("0/0", zero / zero);
    show("-0", -zero);
    show("0 * -1", zero * -1.0);
    show("inf - inf", f64::INFINITY - f64::INFINITY);
    show("inf * 0", f64::INFINITY * 0.0);
    show("max * 2", f64::MAX * 2.0);
    show("min_pos / 2", f64::MIN_POSITIVE / 2.0);
    show("smallest sub", 5e-324);
    show("below sub", 5e-324 / 2.0);
    show("1e308 * 10", 1e308 * 10.0);

    let nan = f64::NAN;
    println!("nan == nan: {}", nan == nan);
    println!("nan != nan: {}", nan != nan);
    println!("nan < 1: {} nan > 1: {} nan <= nan: {}", nan < 1.0, nan > 1.0, nan <= nan);
    println!("0.0 == -0.0: {}", 0.0 == -0.0);
    println!("inf > max: {}", f64::INFINITY > f64::MAX);
    println!("-inf < min: {}", f64::NEG_INFINITY < f64::MIN);

    let f: f32 = 1.0e38;
    let g = f * 10.0;
    println!("f32 overflow: {} {:?} {}", g, -g, g - g);
    let h: f32 = 1.0e-45;
    println!("f32 smallest: {} {:e} {:?}", h, h, h / 2.0);

    // Casting specials to integers saturates; NaN becomes 0.
    println!("casts: {} {} {} {}", nan as i32, f64::INFINITY as i32, f64::NEG_INFINITY as i64, -0.0 as u8);
    println!("{} {}", f64::INFINITY as u128, f64::NEG_INFINITY as i128);
}
