// Numeric approximations with f64: Newton square roots, pi and e series, harmonic numbers.

fn newton_sqrt(v: f64) -> (f64, u32) {
    let mut x = v;
    let mut iters = 0;
    loop {
        let next = 0.5 * (x + v / x);
        iters += 1;
        let diff = if next > x { next - x } else { x - next };
        x = next;
        if diff < 1e-15 * x || iters == 100 {
            return (x, iters);
        }
    }
}

fn cube_root(v: f64) -> f64 {
    let mut x = v / 3.0;
    for _ in 0..80 {
        x = x - (x * x * x - v) / (3.0 * x * x);
    }
    x
}

fn leibniz_pi(terms: u32) -> f64 {
    let mut sum = 0.0;
    let mut sign = 1.0;
    for k in 0..terms {
        sum += sign / (2 * k + 1) as f64;
        sign = -sign;
    }
    4.0 * sum
}

fn nilakantha_pi(terms: u32) -> f64 {
    let mut pi = 3.0;
    let mut sign = 1.0;
    let mut n = 2.0;
    for _ in 0..terms {
        pi += sign * 4.0 / (n * (n + 1.0) * (n + 2.0));
        sign = -sign;
        n += 2.0;
    }
    pi
}

fn euler_e() -> f64 {
    let mut e = 1.0;
    let mut term = 1.0;
    let mut k = 1.0;
    while term > 1e-17 {
        term /= k;
        e += term;
        k += 1.0;
    }
    e
}

fn exp_taylor(x: f64) -> f64 {
    let mut sum = 1.0;
    let mut term = 1.0;
    for k in 1..40 {
        term *= x / k as f64;
        sum += term;
    }
    sum
}

fn main() {
    let inputs = [2.0, 3.0, 10.0, 0.25, 1e10, 12345.678];
    for i in 0..inputs.len() {
        let (r, n) = newton_sqrt(inputs[i]);
        println!("sqrt({}) = {} after {} iterations, r*r = {:e}", inputs[i], r, n, r * r);
    }
    println!("cbrt(27) = {:.12} cbrt(2) = {:.12}", cube_root(27.0), cube_root(2.0));
    let mut t = 10;
    while t <= 100000 {
        println!("leibniz({:>6}) = {:.10}   nilakantha({:>6}) = {:.15}", t, leibniz_pi(t), t, nilakantha_pi(t));
        t *= 10;
    }
    println!("e = {} ({:?})", euler_e(), euler_e());
    println!("exp(1) = {:.15} exp(-1) = {:.15} exp(5) = {:.10}", exp_taylor(1.0), exp_taylor(-1.0), exp_taylor(5.0));
    let mut h = 0.0f64;
    let mut hf = 0.0f32;
    for n in 1..=100000 {
        h += 1.0 / n as f64;
        hf += 1.0 / n as f32;
    }
    println!("H(1e5) f64 = {} f32 = {}", h, hf);
    let mut x = 0.0;
    for _ in 0..10 {
        x += 0.1;
    }
    println!("0.1 * 10 = {} == 1.0: {}", x, x == 1.0);
}
