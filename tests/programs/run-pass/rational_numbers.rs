// Exact rational arithmetic with normalisation by gcd; continued fractions and harmonic sums.

struct Ratio {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Ratio {
    fn new(num: i64, den: i64) -> Ratio {
        assert_ne!(den, 0, "zero denominator");
        let g = gcd(num, den).max(1);
        let sign = if den < 0 { -1 } else { 1 };
        Ratio { num: sign * num / g, den: sign * den / g }
    }

    fn add(&self, o: &Ratio) -> Ratio {
        Ratio::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }

    fn sub(&self, o: &Ratio) -> Ratio {
        Ratio::new(self.num * o.den - o.num * self.den, self.den * o.den)
    }

    fn mul(&self, o: &Ratio) -> Ratio {
        Ratio::new(self.num * o.num, self.den * o.den)
    }

    fn div(&self, o: &Ratio) -> Ratio {
        Ratio::new(self.num * o.den, self.den * o.num)
    }

    fn less_than(&self, o: &Ratio) -> bool {
        self.num * o.den < o.num * self.den
    }

    fn show(&self) {
        if self.den == 1 {
            print!("{}", self.num);
        } else {
            print!("{}/{}", self.num, self.den);
        }
    }

    fn to_f64(&self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

fn line(label: &str, r: &Ratio) {
    print!("{:<12}", label);
    r.show();
    println!("  ({:.6})", r.to_f64());
}

fn main() {
    let a = Ratio::new(3, 4);
    let b = Ratio::new(-5, 6);
    line("a", &a);
    line("b", &b);
    line("a + b", &a.add(&b));
    line("a - b", &a.sub(&b));
    line("a * b", &a.mul(&b));
    line("a / b", &a.div(&b));
    line("norm", &Ratio::new(10, -4));
    println!("a < b: {}  b < a: {}", a.less_than(&b), b.less_than(&a));
    let mut h = Ratio::new(0, 1);
    for n in 1..=15 {
        h = h.add(&Ratio::new(1, n));
    }
    line("H(15)", &h);
    // continued fraction of 415/93
    let (mut p, mut q) = (415i64, 93i64);
    print!("415/93 = [");
    let mut first = true;
    while q != 0 {
        if !first {
            print!(", ");
        }
        first = false;
        print!("{}", p / q);
        let r = p % q;
        p = q;
        q = r;
    }
    println!("]");
    // convergents of sqrt(2): 1 + 1/(2 + 1/(2 + ...))
    let mut c = Ratio::new(1, 1);
    for _ in 0..8 {
        c = Ratio::new(1, 1).add(&Ratio::new(1, 1).div(&Ratio::new(1, 1).add(&c)));
        c.show();
        print!(" ");
    }
    println!();
}
