// Single vs double precision: accumulation error, Kahan summation, conversions and comparisons.

fn naive_sum32(n: u32, step: f32) -> f32 {
    let mut s = 0.0f32;
    for _ in 0..n {
        s += step;
    }
    s
}

fn kahan_sum32(n: u32, step: f32) -> f32 {
    let mut sum = 0.0f32;
    let mut c = 0.0f32;
    for _ in 0..n {
        let y = step - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}

fn naive_sum64(n: u32, step: f64) -> f64 {
    let mut s = 0.0;
    for _ in 0..n {
        s += step;
    }
    s
}

fn main() {
    let counts = [10u32, 1000, 100000];
    for i in 0..counts.len() {
        let n = counts[i];
        println!("n={:>6}: f32 naive {:<12} kahan {:<12} f64 naive {}", n, naive_sum32(n, 0.1), kahan_sum32(n, 0.1), naive_sum64(n, 0.1));
    }
    let a: f32 = 16777216.0;
    println!("{} + 1 = {}", a, a + 1.0);
    println!("{} + 2 = {}", a, a + 2.0);
    let third32 = 1.0f32 / 3.0;
    let third64 = 1.0f64 / 3.0;
    println!("{} {} {}", third32, third64, third32 as f64);
    println!("{:?} {:?}", third32 as f64 == third64, (third64 as f32) == third32);
    let x: f32 = 0.1 + 0.2;
    let y: f64 = 0.1 + 0.2;
    println!("f32 0.1+0.2 = {} (== 0.3: {}), f64 = {} (== 0.3: {})", x, x == 0.3, y, y == 0.3);
    let mut f: f32 = 1.0;
    let mut halvings = 0;
    while f / 2.0 > 0.0 {
        f /= 2.0;
        halvings += 1;
    }
    println!("smallest f32 after {} halvings: {:e}", halvings, f);
    let mut g: f32 = 1.0;
    let mut doublings = 0;
    while g * 2.0 != f32::INFINITY {
        g *= 2.0;
        doublings += 1;
    }
    println!("largest power of two f32: 2^{} = {:e}", doublings, g);
    println!("{} {} {}", 1e-8f32, 123456.789f32, -0.000012345f32);
    println!("{:.10} {:.3e}", 2.0f32 / 3.0, 6.02214076e23f32);
}
