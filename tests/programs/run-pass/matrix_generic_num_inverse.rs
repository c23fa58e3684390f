// Matrix determinant/inverse with Result errors, generic numeric trait
// with associated consts, and iterator-heavy transformations.
use std::fmt;
use std::ops::{Add, Mul, Sub, Div};

trait Num: Copy + PartialEq + PartialOrd + fmt::Debug + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Div<Output = Self> {
    const ZERO: Self;
    const ONE: Self;
    fn abs(self) -> Self { if self < Self::ZERO { Self::ZERO - self } else { self } }
}
impl Num for f64 { const ZERO: f64 = 0.0; const ONE: f64 = 1.0; }
impl Num for i64 { const ZERO: i64 = 0; const ONE: i64 = 1; }

#[derive(Clone, PartialEq, Debug)]
struct Mat<T: Num> { n: usize, d: Vec<T> }

#[derive(Debug, PartialEq)]
enum MatError { Singular, Mismatch(usize, usize) }

impl<T: Num> Mat<T> {
    fn identity(n: usize) -> Self {
        Mat { n, d: (0..n * n).map(|i| if i / n == i % n { T::ONE } else { T::ZERO }).collect() }
    }
    fn from_rows(rows: &[&[T]]) -> Self {
        Mat { n: rows.len(), d: rows.iter().flat_map(|r| r.iter().copied()).collect() }
    }
    fn at(&self, r: usize, c: usize) -> T { self.d[r * self.n + c] }
    fn mul(&self, o: &Mat<T>) -> Result<Mat<T>, MatError> {
        if self.n != o.n { return Err(MatError::Mismatch(self.n, o.n)); }
        let n = self.n;
        let d = (0..n * n).map(|i| (0..n).fold(T::ZERO, |acc, k| acc + self.at(i / n, k) * o.at(k, i % n))).collect();
        Ok(Mat { n, d })
    }
    fn transpose(&self) -> Mat<T> {
        let n = self.n;
        Mat { n, d: (0..n * n).map(|i| self.at(i % n, i / n)).collect() }
    }
    fn trace(&self) -> T { (0..self.n).map(|i| self.at(i, i)).fold(T::ZERO, |a, b| a + b) }
}

impl Mat<f64> {
    fn inverse(&self) -> Result<Mat<f64>, MatError> {
        let n = self.n;
        let mut a = self.d.clone();
        let mut inv = Mat::<f64>::identity(n).d;
        for col in 0..n {
            let pivot = (col..n).max_by(|&x, &y| a[x * n + col].abs().partial_cmp(&a[y * n + col].abs()).unwrap()).unwrap();
            if a[pivot * n + col].abs() < 1e-12 { return Err(MatError::Singular); }
            for k in 0..n { a.swap(col * n + k, pivot * n + k); inv.swap(col * n + k, pivot * n + k); }
            let p = a[col * n + col];
            for k in 0..n { a[col * n + k] /= p; inv[col * n + k] /= p; }
            for r in (0..n).filter(|&r| r != col) {
                let f = a[r * n + col];
                for k in 0..n { a[r * n + k] -= f * a[col * n + k]; inv[r * n + k] -= f * inv[col * n + k]; }
            }
        }
        Ok(Mat { n, d: inv })
    }
}

impl<T: Num + fmt::Display> fmt::Display for Mat<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.d.chunks(self.n) {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>8.3}", v)).collect();
            writeln!(f, "|{}|", cells.join(""))?;
        }
        Ok(())
    }
}

fn det_i64(m: &Mat<i64>) -> i64 {
    if m.n == 1 { return m.d[0]; }
    (0..m.n).map(|c| {
        let minor = Mat { n: m.n - 1, d: (1..m.n).flat_map(|r| (0..m.n).filter(move |&k| k != c).map(move |k| (r, k))).map(|(r, k)| m.at(r, k)).collect() };
        let sign = if c % 2 == 0 { 1 } else { -1 };
        sign * m.at(0, c) * det_i64(&minor)
    }).sum()
}

fn main() {
    let a = Mat::from_rows(&[&[4.0, 7.0, 2.0], &[3.0, 6.0, 1.0], &[2.0, 5.0, 3.0]]);
    print!("{}", a);
    let inv = a.inverse().unwrap();
    print!("inverse:\n{}", inv);
    let prod = a.mul(&inv).unwrap();
    let rounded: Vec<f64> = prod.d.iter().map(|v| (v * 1e9).round() / 1e9 + 0.0).collect();
    println!("a*inv = {:?}", rounded);
    let s = Mat::from_rows(&[&[1.0, 2.0], &[2.0, 4.0]]);
    println!("{:?} {:?}", s.inverse(), a.mul(&s));
    let m = Mat::from_rows(&[&[2i64, -3, 1], &[2, 0, -1], &[1, 4, 5]]);
    println!("det {} trace {} t {:?}", det_i64(&m), m.trace(), m.transpose().d);
    let i4: Mat<i64> = Mat::identity(4);
    println!("{} {}", det_i64(&i4), i4 == i4.transpose());
    println!("{:?}", (-5i64).abs() + Num::abs(-2.5f64) as i64);
}
