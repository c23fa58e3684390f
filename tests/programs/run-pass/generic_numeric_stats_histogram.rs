// Generic statistics over any numeric type via a trait with conversion,
// plus histogram rendering and percentile with sort_by partial_cmp.
use std::collections::BTreeMap;
use std::iter::Sum;
use std::ops::{Add, Div};

trait Numeric: Copy + PartialOrd + Add<Output = Self> + Div<Output = Self> + Sum + std::fmt::Debug {
    fn from_usize(n: usize) -> Self;
    fn to_f64(self) -> f64;
}
impl Numeric for f64 { fn from_usize(n: usize) -> f64 { n as f64 } fn to_f64(self) -> f64 { self } }
impl Numeric for i32 { fn from_usize(n: usize) -> i32 { n as i32 } fn to_f64(self) -> f64 { self as f64 } }

fn mean<T: Numeric>(xs: &[T]) -> Option<T> {
    if xs.is_empty() { None } else { Some(xs.iter().copied().sum::<T>() / T::from_usize(xs.len())) }
}

fn percentile<T: Numeric>(xs: &[T], p: f64) -> Option<f64> {
    if xs.is_empty() { return None; }
    let mut v: Vec<f64> = xs.iter().map(|x| x.to_f64()).collect();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let rank = p / 100.0 * (v.len() - 1) as f64;
    let (lo, hi) = (rank.floor() as usize, rank.ceil() as usize);
    Some(v[lo] + (v[hi] - v[lo]) * (rank - lo as f64))
}

fn stddev<T: Numeric>(xs: &[T]) -> Option<f64> {
    let m = mean(xs)?.to_f64();
    let var = xs.iter().map(|x| (x.to_f64() - m).powi(2)).sum::<f64>() / xs.len() as f64;
    Some(var.sqrt())
}

fn histogram(xs: &[f64], width: f64) -> BTreeMap<i64, usize> {
    let mut h = BTreeMap::new();
    for &x in xs { *h.entry((x / width).floor() as i64).or_insert(0) += 1; }
    h
}

fn main() {
    let temps = [21.5, 19.0, 23.25, 25.0, 18.5, 22.0, 30.5, 21.0, 20.0, 24.75];
    let ints = [3, 9, 4, 1, 7, 7, 2];
    println!("{:?} {:?}", mean(&temps), mean(&ints));
    println!("{:?} {:?}", stddev(&temps).map(|s| (s * 1000.0).round() / 1000.0), stddev(&ints).map(|s| format!("{:.4}", s)));
    for p in [0.0, 25.0, 50.0, 90.0, 100.0] {
        println!("p{:<3} temps {:>6.2} ints {:>5.2}", p, percentile(&temps, p).unwrap(), percentile(&ints, p).unwrap());
    }
    let empty: [i32; 0] = [];
    println!("{:?} {:?} {:?}", mean(&empty), percentile(&empty, 50.0), stddev(&empty));
    for (bucket, n) in histogram(&temps, 2.5) {
        println!("{:>5.1}..{:<5.1} {}", bucket as f64 * 2.5, (bucket + 1) as f64 * 2.5, "*".repeat(n));
    }
}
