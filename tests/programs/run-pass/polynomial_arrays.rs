// Polynomials as coefficient arrays: evaluation by Horner, derivatives, products, root finding.

const DEG: usize = 8;

struct Poly {
    c: [f64; DEG + 1], // c[i] is the coefficient of x^i
}

impl Poly {
    fn from(coeffs: &[f64]) -> Poly {
        let mut c = [0.0; DEG + 1];
        for i in 0..coeffs.len() {
            c[i] = coeffs[i];
        }
        Poly { c }
    }

    fn degree(&self) -> usize {
        let mut d = DEG;
        while d > 0 && self.c[d] == 0.0 {
            d -= 1;
        }
        d
    }

    fn eval(&self, x: f64) -> f64 {
        let mut acc = 0.0;
        let mut i = self.degree() + 1;
        while i > 0 {
            i -= 1;
            acc = acc * x + self.c[i];
        }
        acc
    }

    fn derivative(&self) -> Poly {
        let mut c = [0.0; DEG + 1];
        for i in 1..=DEG {
            c[i - 1] = self.c[i] * i as f64;
        }
        Poly { c }
    }

    fn mul(&self, o: &Poly) -> Poly {
        let mut c = [0.0; DEG + 1];
        for i in 0..=self.degree() {
            for j in 0..=o.degree() {
                c[i + j] += self.c[i] * o.c[j];
            }
        }
        Poly { c }
    }

    fn print(&self) {
        let d = self.degree();
        let mut first = true;
        let mut i = d + 1;
        while i > 0 {
            i -= 1;
            let k = self.c[i];
            if k == 0.0 && d > 0 {
                continue;
            }
            if !first {
                print!(" {} ", if k < 0.0 { '-' } else { '+' });
            } else if k < 0.0 {
                print!("-");
            }
            let mag = if k < 0.0 { -k } else { k };
            match i {
                0 => print!("{}", mag),
                1 => print!("{}x", mag),
                _ => print!("{}x^{}", mag, i),
            }
            first = false;
        }
        println!();
    }

    fn newton_root(&self, mut x: f64) -> f64 {
        let d = self.derivative();
        for _ in 0..50 {
            let fx = self.eval(x);
            let dfx = d.eval(x);
            if dfx == 0.0 {
                break;
            }
            x -= fx / dfx;
        }
        x
    }
}

fn main() {
    let p = Poly::from(&[-6.0, 11.0, -6.0, 1.0]); // (x-1)(x-2)(x-3)
    p.print();
    p.derivative().print();
    for x in 0..5 {
        println!("p({}) = {}", x, p.eval(x as f64));
    }
    println!("roots near 0.5, 2.2, 10: {:.9} {:.9} {:.9}", p.newton_root(0.5), p.newton_root(2.2), p.newton_root(10.0));
    let q = Poly::from(&[1.0, 1.0]);
    let mut r = Poly::from(&[1.0]);
    for _ in 0..5 {
        r = r.mul(&q);
    }
    print!("(1+x)^5 = ");
    r.print();
    let two = Poly::from(&[-2.0, 0.0, 1.0]);
    println!("sqrt(2) via newton: {}", two.newton_root(1.0));
    println!("degree {} {} {}", p.degree(), r.degree(), Poly::from(&[]).degree());
}
