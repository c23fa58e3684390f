// Floating point formatting: Display, Debug, precision, exponent, widths, specials.

fn row(label: &str, x: f64) {
    println!("{:<10} {} | {:?} | {:.3} | {:e} | {:>10.2} | {:E}", label, x, x, x, x, x, x);
}

fn row32(label: &str, x: f32) {
    println!("{:<10} {} | {:?} | {:.3} | {:e}", label, x, x, x, x);
}

fn main() {
    row("zero", 0.0);
    row("negzero", -0.0);
    row("one", 1.0);
    row("half", 0.5);
    row("third", 1.0 / 3.0);
    row("big", 123456789.0);
    row("huge", 1e300);
    row("tiny", 1.5e-300);
    row("e16", 1e16);
    row("e15", 1e15);
    row("neg", -2.75);
    row("sum", 0.1 + 0.2);
    row("nan", f64::NAN);
    row("inf", f64::INFINITY);
    row("-inf", f64::NEG_INFINITY);
    row("max", f64::MAX);
    row("minpos", f64::MIN_POSITIVE);
    row("eps", f64::EPSILON);
    row32("f32 tenth", 0.1);
    row32("f32 third", 1.0 / 3.0);
    row32("f32 max", f32::MAX);
    row32("f32 min", f32::MIN);
    row32("f32 big", 16777217.0);
    let nan = f64::NAN;
    println!("[{:>8}] [{:<8}] [{:^8}] [{:+}] [{:08.2}]", nan, f64::INFINITY, -f64::INFINITY, 1.5, -1.5);
    println!("[{:+.1}] [{:+}] [{:+?}]", 0.0, -0.0, 2.0);
    println!("{:.0} {:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, -0.5, 3.49999);
    println!("{:.1} {:.2} {:.3}", 0.05, 0.005, 0.0005);
    println!("{:10.3e} {:<12.2e} {:e} {:e}", 123456.0, 0.000123, 0.0, 1.0);
    println!("{:?} {:?} {:?} {:?}", 1e21, 1e-7, 123456789012345680.0, 0.0001);
    println!("{} {} {} {}", 1e21, 1e-7, 123456789012345680.0, 0.0001);
}
