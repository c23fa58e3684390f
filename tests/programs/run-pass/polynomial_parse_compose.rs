use std::fmt;
use std::collections::HashMap;

// Polynomials over i64 with operator traits, Display with signs, parsing
// from strings, evaluation via Horner, derivative and composition.
#[derive(Clone, PartialEq, Debug, Default)]
struct Poly(Vec<i64>);

impl Poly {
    fn trim(mut self) -> Self { while self.0.last() == Some(&0) { self.0.pop(); } self }
    fn degree(&self) -> Option<usize> { if self.0.is_empty() { None } else { Some(self.0.len() - 1) } }
    fn eval(&self, x: i64) -> i64 { self.0.iter().rev().fold(0, |acc, &c| acc * x + c) }
    fn derivative(&self) -> Poly { Poly(self.0.iter().enumerate().skip(1).map(|(i, &c)| c * i as i64).collect()).trim() }
    fn compose(&self, other: &Poly) -> Poly {
        self.0.iter().rev().fold(Poly::default(), |acc, &c| &(&acc * other) + &Poly(vec![c]))
    }
}

impl std::ops::Add for &Poly {
    type Output = Poly;
    fn add(self, o: &Poly) -> Poly {
        let n = self.0.len().max(o.0.len());
        Poly((0..n).map(|i| self.0.get(i).unwrap_or(&0) + o.0.get(i).unwrap_or(&0)).collect()).trim()
    }
}

impl std::ops::Mul for &Poly {
    type Output = Poly;
    fn mul(self, o: &Poly) -> Poly {
        if self.0.is_empty() || o.0.is_empty() { return Poly::default(); }
        let mut r = vec![0; self.0.len() + o.0.len() - 1];
        for (i, a) in self.0.iter().enumerate() { for (j, b) in o.0.iter().enumerate() { r[i + j] += a * b; } }
        Poly(r).trim()
    }
}

impl std::ops::Neg for Poly { type Output = Poly; fn neg(self) -> Poly { Poly(self.0.into_iter().map(|c| -c).collect()) } }

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.0.is_empty() { return write!(f, "0"); }
        let mut first = true;
        for (i, &c) in self.0.iter().enumerate().rev().filter(|(_, &c)| c != 0) {
            let sign = if c < 0 { "-" } else if first { "" } else { "+" };
            if !first { write!(f, " {} ", sign)?; } else { write!(f, "{}", sign)?; }
            let a = c.abs();
            match (i, a) { (0, _) => write!(f, "{}", a)?, (1, 1) => write!(f, "x")?, (1, _) => write!(f, "{}x", a)?, (_, 1) => write!(f, "x^{}", i)?, _ => write!(f, "{}x^{}", a, i)? }
            first = false;
        }
        Ok(())
    }
}

impl std::str::FromStr for Poly {
    type Err = String;
    fn from_str(s: &str) -> Result<Poly, String> {
        let mut coeffs: HashMap<usize, i64> = HashMap::new();
        for term in s.replace("- ", "+-").replace(' ', "").split('+').filter(|t| !t.is_empty()) {
            let (coef, pow) = match term.split_once('x') {
                None => (term.parse::<i64>().map_err(|e| format!("{:?}: {}", term, e))?, 0),
                Some((c, p)) => {
                    let c = match c { "" => 1, "-" => -1, _ => c.parse().map_err(|_| format!("bad coefficient {:?}", c))? };
                    let p = if p.is_empty() { 1 } else { p.trim_start_matches('^').parse().map_err(|_| format!("bad power {:?}", p))? };
                    (c, p)
                }
            };
            *coeffs.entry(pow).or_insert(0) += coef;
        }
        let n = coeffs.keys().max().map_or(0, |m| m + 1);
        Ok(Poly((0..n).map(|i| coeffs.get(&i).copied().unwrap_or(0)).collect()).trim())
    }
}

fn main() {
    let p: Poly = "3x^2 - 2x + 1".parse().unwrap();
    let q: Poly = "x - 4".parse().unwrap();
    println!("p = {}   q = {}", p, q);
    println!("p+q = {}   p*q = {}   -q = {}", &p + &q, &p * &q, -q.clone());
    println!("p' = {}   p'' = {}   deg {:?}", p.derivative(), p.derivative().derivative(), (&p * &q).degree());
    println!("p(q(x)) = {}", p.compose(&q));
    println!("{:?}", (-3..=3).map(|x| p.eval(x)).collect::<Vec<_>>());
    for bad in ["2y + 1", "x^a", "--3"] { println!("{:?}", bad.parse::<Poly>()); }
    println!("{} {}", Poly::default(), "x^3 - x^3".parse::<Poly>().unwrap());
}
