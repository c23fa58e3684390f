// Many everyday features in one program: trait objects with default methods, operator traits, a generic counter over HashMap, impl Fn returns and composition, boxed closures, grids, formatting flags.
use std::fmt;
use std::collections::HashMap;
use std::ops::{Add, Mul, Index};

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 { x: f64, y: f64 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl fmt::Display for V2 { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({:.1}, {:.1})", self.x, self.y) } }
struct Poly { pts: Vec<V2> }
impl Index<usize> for Poly { type Output = V2; fn index(&self, i: usize) -> &V2 { &self.pts[i % self.pts.len()] } }
impl Shape for Poly {
    fn area(&self) -> f64 { (0..self.pts.len()).map(|i| self[i].x * self[i + 1].y - self[i + 1].x * self[i].y).sum::<f64>().abs() / 2.0 }
    fn name(&self) -> String { format!("poly{}", self.pts.len()) }
}
struct Circle(f64);
impl Shape for Circle { fn area(&self) -> f64 { 3.14159 * self.0 * self.0 } }
fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}
fn sum_all<T: Add<Output = T> + Copy + Default>(xs: &[T]) -> T { xs.iter().fold(T::default(), |a, &b| a + b) }
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Money(i64);
impl Add for Money { type Output = Money; fn add(self, o: Money) -> Money { Money(self.0 + o.0) } }
struct Counter<K> { counts: HashMap<K, usize> }
impl<K: std::hash::Hash + Eq + Clone + Ord + fmt::Debug> Counter<K> {
    fn new() -> Self { Counter { counts: HashMap::new() } }
    fn add(&mut self, k: &K) { *self.counts.entry(k.clone()).or_insert(0) += 1; }
    fn top(&self, n: usize) -> Vec<(K, usize)> {
        let mut v: Vec<(K, usize)> = self.counts.iter().map(|(k, c)| (k.clone(), *c)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(n); v
    }
}
impl<K> Drop for Counter<K> { fn drop(&mut self) { println!("dropping counter with {} keys", self.counts.len()); } }
fn apply<F>(f: F, n: i32) -> i32 where F: Fn(i32) -> i32 { f(f(n)) }
fn make_adder(k: i32) -> impl Fn(i32) -> i32 { move |x| x + k }
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn main() {
    let p = Poly { pts: vec![V2 { x: 0.0, y: 0.0 }, V2 { x: 4.0, y: 0.0 }, V2 { x: 4.0, y: 3.0 }] };
    println!("{} {} {}", p.name(), p.area(), p[1] + p[2] * 2.0);
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(p), Box::new(Circle(1.0)), Box::new(Circle(0.5))];
    if let Some(s) = largest(&shapes) { println!("largest {} {:.3}", s.name(), s.area()); }
    println!("{:?} {}", sum_all(&[Money(5), Money(7)]), sum_all(&[1.5, 2.0]));
    let mut c = Counter::new();
    for w in "the cat the dog the end dog".split_whitespace() { c.add(&w.to_string()); }
    println!("{:?}", c.top(2));
    println!("{}", apply(make_adder(3), 1));
    let h = compose(|x: i32| x * 2, |y: i32| format!("<{y}>"));
    println!("{}", h(21));
    let mut fns: Vec<(&str, Box<dyn Fn(f64) -> f64>)> = Vec::new();
    fns.push(("sq", Box::new(|x| x * x)));
    let k = 10.0; fns.push(("addk", Box::new(move |x| x + k)));
    for (n, f) in &fns { println!("{n}: {}", f(3.0)); }
    let mut log = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("a"); record("b");
    println!("{:?}", log);
    let words = vec!["apple", "bob", "kayak", "zed"];
    let pals: Vec<&&str> = words.iter().filter(|w| w.chars().rev().collect::<String>() == **w).collect();
    println!("{:?}", pals);
    let mut grid = vec![vec!['.'; 4]; 3];
    grid[1][2] = '#';
    for row in &grid { println!("{}", row.iter().collect::<String>()); }
    let text = "line one\nline two\n\nline four";
    for (i, l) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) { println!("{:>2}: {}", i + 1, l); }
    let t: (i32, String) = (1, "x".into()); let (a, ref b) = t; println!("{a} {b}");
    let nums = [1u8, 200, 100];
    let s: u32 = nums.iter().map(|&n| n as u32).sum(); println!("{s}");
    println!("{:?}", nums.iter().map(|&n| n.checked_add(100)).collect::<Vec<_>>());
    println!("{:08.3} {:+} {:#x} {:#b} {:e}", 3.14159, 5, 255, 5, 1234.5);
    println!("{:?} {:?}", f64::NAN.max(1.0), (0.1 + 0.2));
    let opt: Option<&str> = words.iter().copied().find(|w| w.len() == 3);
    match opt { Some(w @ "bob") => println!("found {w}"), Some(other) => println!("other {other}"), None => {} }
}
