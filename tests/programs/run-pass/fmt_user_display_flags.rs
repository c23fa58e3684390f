// User `Display`/`Debug` impls under every flag: `pad` applies width,
// alignment and precision when the impl calls it; `write!` ignores them.
use std::fmt;

struct Name(&'static str);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "Point[x={}, y={}]", self.x, self.y)
        } else {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
}

struct Money(i64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.0 / 100, self.0 % 100);
        match f.width() {
            Some(w) => write!(f, "{:>w$}", s, w = w),
            None => f.write_str(&s),
        }
    }
}

struct Flags;

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "w={:?} p={:?} fill={:?} plus={} minus={} alt={} zero={}",
            f.width(),
            f.precision(),
            f.fill(),
            f.sign_plus(),
            f.sign_minus(),
            f.alternate(),
            f.sign_aware_zero_pad()
        )
    }
}

struct Signed(i32);

impl fmt::Display for Signed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let digits = self.0.abs().to_string();
        f.pad_integral(self.0 >= 0, "0d", &digits)
    }
}

fn main() {
    let n = Name("ferrum");
    println!("[{}] [{:10}] [{:<10}] [{:>10}] [{:^10}]", n, n, n, n, n);
    println!("[{:*^12}] [{:.3}] [{:>8.2}] [{:-<9.4}]", n, n, n, n);
    let p = Point { x: 3, y: -4 };
    println!("[{}] [{:#}] [{:20}] [{:>20}]", p, p, p, p);
    println!("[{}] [{:12}] [{}]", Money(12345), Money(705), Money(-250));
    println!("{}", Flags);
    println!("{:+#012.3}", Flags);
    println!("{:_<7}", Flags);
    println!("{:-^}", Flags);
    println!("[{}] [{:+}] [{:#}] [{:08}] [{:+#010}] [{:<8}]", Signed(42), Signed(42), Signed(42), Signed(-42), Signed(42), Signed(-7));
    let s = p.to_string();
    println!("{} {}", s, s.len());
    let w = 6;
    println!("[{:w$}] [{:>2$}] [{:.*}]", n, n, 3, n, w = w);
}
