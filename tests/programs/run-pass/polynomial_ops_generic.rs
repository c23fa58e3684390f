use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Poly {
    coeffs: Vec<i64>, // coeffs[i] is the coefficient of x^i
}

impl Poly {
    fn new(mut coeffs: Vec<i64>) -> Poly {
        while coeffs.len() > 1 && *coeffs.last().unwrap() == 0 {
            coeffs.pop();
        }
        if coeffs.is_empty() {
            coeffs.push(0);
        }
        Poly { coeffs }
    }

    fn degree(&self) -> usize {
        self.coeffs.len() - 1
    }

    fn eval(&self, x: i64) -> i64 {
        self.coeffs.iter().rev().fold(0, |acc, &c| acc * x + c)
    }

    fn derivative(&self) -> Poly {
        Poly::new(self.coeffs.iter().enumerate().skip(1).map(|(i, &c)| c * i as i64).collect())
    }

    fn compose(&self, other: &Poly) -> Poly {
        let mut result = Poly::new(vec![0]);
        for &c in self.coeffs.iter().rev() {
            result = &(&result * other) + &Poly::new(vec![c]);
        }
        result
    }
}

impl<'a> Add for &'a Poly {
    type Output = Poly;
    fn add(self, rhs: &Poly) -> Poly {
        let n = self.coeffs.len().max(rhs.coeffs.len());
        let get = |p: &Poly, i: usize| p.coeffs.get(i).copied().unwrap_or(0);
        Poly::new((0..n).map(|i| get(self, i) + get(rhs, i)).collect())
    }
}

impl<'a> Mul for &'a Poly {
    type Output = Poly;
    fn mul(self, rhs: &Poly) -> Poly {
        let mut out = vec![0; self.coeffs.len() + rhs.coeffs.len() - 1];
        for (i, &a) in self.coeffs.iter().enumerate() {
            for (j, &b) in rhs.coeffs.iter().enumerate() {
                out[i + j] += a * b;
            }
        }
        Poly::new(out)
    }
}

impl Neg for Poly {
    type Output = Poly;
    fn neg(self) -> Poly {
        Poly::new(self.coeffs.into_iter().map(|c| -c).collect())
    }
}

impl Sub for Poly {
    type Output = Poly;
    fn sub(self, rhs: Poly) -> Poly {
        &self + &(-rhs)
    }
}

impl Mul<i64> for Poly {
    type Output = Poly;
    fn mul(self, k: i64) -> Poly {
        Poly::new(self.coeffs.iter().map(|c| c * k).collect())
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let terms: Vec<(usize, i64)> = self.coeffs.iter().copied().enumerate().filter(|&(_, c)| c != 0).collect();
        if terms.is_empty() {
            return write!(f, "0");
        }
        for (k, &(i, c)) in terms.iter().rev().enumerate() {
            let sign = if c < 0 { "-" } else { "+" };
            if k == 0 {
                if c < 0 {
                    write!(f, "-")?;
                }
            } else {
                write!(f, " {} ", sign)?;
            }
            let a = c.abs();
            match (i, a) {
                (0, _) => write!(f, "{}", a)?,
                (1, 1) => write!(f, "x")?,
                (1, _) => write!(f, "{}x", a)?,
                (_, 1) => write!(f, "x^{}", i)?,
                _ => write!(f, "{}x^{}", a, i)?,
            }
        }
        Ok(())
    }
}

fn main() {
    let p = Poly::new(vec![1, -3, 0, 2]); // 2x^3 - 3x + 1
    let q = Poly::new(vec![-1, 1]); // x - 1
    println!("p = {} (degree {})", p, p.degree());
    println!("q = {}", q);
    println!("p + q = {}", &p + &q);
    println!("p - q = {}", p.clone() - q.clone());
    println!("p * q = {}", &p * &q);
    println!("-p * 3 = {}", -p.clone() * 3);
    println!("p' = {}, p'' = {}", p.derivative(), p.derivative().derivative());
    println!("p(q(x)) = {}", p.compose(&q));
    let values: Vec<String> = (-2..=2).map(|x| format!("p({})={}", x, p.eval(x))).collect();
    println!("{}", values.join(", "));
    let roots: Vec<i64> = (-10..=10).filter(|&x| p.eval(x) == 0).collect();
    println!("integer roots of p: {:?}", roots);
    let zero = &p + &(-p.clone());
    println!("p + (-p) = {} degree {} {:?}", zero, zero.degree(), zero);
    let square = &q * &q;
    let cube = &square * &q;
    println!("(x-1)^3 = {} ; binomial row {:?}", cube, cube.coeffs.iter().map(|c| c.abs()).collect::<Vec<_>>());
    println!("{}", Poly::new(vec![0, 1, 1]) == Poly::new(vec![0, 1, 1, 0, 0]));
}
