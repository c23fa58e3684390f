// Floats through the library: shortest round-trip digits, fixed
// precision, exponent forms, signs, zero padding and the special values.
fn main() {
    let vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.3, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e15, 1e16, 1e17, 1e-4, 1e-5, 123456.789, 5e-324, f64::MAX, f64::MIN_POSITIVE, 0.5, 2.5, 0.125];
    for i in 0..vals.len() {
        let v = vals[i];
        println!("{} | {:?} | {:.0} | {:.2} | {:e} | {:10.3e} | {:+} | {:012.4}", v, v, v, v, v, v, v, v);
    }
    let fs = [0.1f32, 1.0 / 3.0, 16777216.0, 1e-10, f32::MAX, f32::MIN_POSITIVE, -7.25];
    for i in 0..fs.len() {
        let v = fs[i];
        println!("{} | {:?} | {:.3} | {:e} | {:>12?}", v, v, v, v, v);
    }
    println!("{} {:?} {} {:?} {}", f64::NAN, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -f32::INFINITY);
    println!("[{:8}] [{:<8}] [{:^8}] [{:08}] [{:+08.1}]", f64::NAN, f64::INFINITY, -1.0, -1.0, 0.05);
    println!("{:.1} {:.1} {:.1} {:.0} {:.0} {:.0}", 0.05, 0.15, 0.25, 0.5, 1.5, 2.5);
    println!("{:.20} {:.30}", 0.1, 1e-10);
    println!("{:?} {:?}", 1e21, 1.5e-7);
}
