// Everyday odds and ends: associated consts and constructors through generics, builder methods storing boxed closures, labeled block values, u128 arithmetic, numeric casts (saturating float-to-int), checked/wrapping/overflowing/euclidean arithmetic, float formatting, From/TryFrom between numbers, nested destructuring.
use std::collections::HashMap;
use std::fmt::Debug;
trait Shape { const SIDES: u32; fn new(size: f64) -> Self where Self: Sized; fn area(&self) -> f64; }
struct Sq(f64); struct Tri(f64);
impl Shape for Sq { const SIDES: u32 = 4; fn new(s: f64) -> Self { Sq(s) } fn area(&self) -> f64 { self.0 * self.0 } }
impl Shape for Tri { const SIDES: u32 = 3; fn new(s: f64) -> Self { Tri(s) } fn area(&self) -> f64 { self.0 * self.0 * 3f64.sqrt() / 4.0 } }
fn build<S: Shape>(size: f64) -> (u32, f64) { let s = S::new(size); (S::SIDES, s.area()) }
fn max_of<T: Ord + Copy + Debug>(xs: &[T]) -> Option<T> { xs.iter().copied().max() }
struct Machine { ops: Vec<(String, Box<dyn Fn(i64, i64) -> i64>)> }
impl Machine {
    fn new() -> Self { Machine { ops: Vec::new() } }
    fn add(&mut self, name: &str, f: impl Fn(i64, i64) -> i64 + 'static) -> &mut Self { self.ops.push((name.to_string(), Box::new(f))); self }
    fn run(&self, a: i64, b: i64) -> Vec<String> { self.ops.iter().map(|(n, f)| format!("{n}={}", f(a, b))).collect() }
}
fn counter() -> impl FnMut() -> u32 { let mut n = 0; move || { n += 1; n } }
fn apply_n(f: &mut dyn FnMut() -> u32, n: usize) -> Vec<u32> { (0..n).map(|_| f()).collect() }
fn fact(n: u128) -> u128 { if n == 0 { 1 } else { n * fact(n - 1) } }
fn main() {
    println!("{:?} {:?}", build::<Sq>(2.0), build::<Tri>(2.0));
    println!("{:?} {:?}", max_of(&[3, 9, 2]), max_of::<char>(&[]));
    let mut m = Machine::new();
    let offset = 100;
    m.add("add", |a, b| a + b).add("mul", |a, b| a * b).add("off", move |a, _| a + offset);
    println!("{:?}", m.run(6, 7));
    let mut c = counter(); println!("{:?}", apply_n(&mut c, 3));
    let val = 'blk: { if offset > 50 { break 'blk "big"; } "small" }; println!("{val}");
    println!("{}", fact(30));
    println!("{} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i32);
    println!("{} {} {}", f64::MAX as i32, -1.5f64 as u8, f64::NAN as i32);
    println!("{} {}", (b'a' + 2) as char, ('a' as u8 + 25) as char);
    println!("{:?} {:?}", 250u8.checked_add(10), 250u8.saturating_add(10));
    println!("{:?} {:?}", 250u8.wrapping_add(10), 250u8.overflowing_add(10));
    println!("{} {} {}", (-7i32).rem_euclid(3), (-7i32) % 3, 7i32.pow(3));
    println!("{} {} {}", 10u32.leading_zeros(), 12u32.trailing_zeros(), 255u8.count_ones());
    println!("{} {}", i64::MAX, u128::MAX);
    println!("{:.3} {:.0} {}", 2.0f64.sqrt(), 2.5f64.round(), (0.1f64 + 0.2).to_string());
    println!("{} {} {}", 1e21, 1e-7, 123456789.0f64);
    println!("{} {}", f32::MAX, 1.0f32 / 3.0);
    let mut scores = vec![(String::from("b"), 2.5), (String::from("a"), 2.5), (String::from("c"), 9.0)];
    scores.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap());
    println!("{:?}", scores);
    let sorted = [1, 3, 5, 7];
    println!("{:?} {:?}", sorted.binary_search(&5), sorted.binary_search(&4));
    let text = "a1b22c333";
    let digits: u32 = text.chars().filter_map(|c| c.to_digit(10)).sum(); println!("{digits}");
    let mut cache: HashMap<u64, u64> = HashMap::new();
    fn fib(n: u64, cache: &mut HashMap<u64, u64>) -> u64 { if n < 2 { return n; } if let Some(&v) = cache.get(&n) { return v; } let v = fib(n - 1, cache) + fib(n - 2, cache); cache.insert(n, v); v }
    println!("{}", fib(80, &mut cache));
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.iter().flat_map(|v| v.iter().map(|x| x * 10)).collect(); println!("{:?}", flat);
    let pairs: Vec<(usize, char)> = "xyz".chars().enumerate().collect();
    let (idx, chars): (Vec<usize>, Vec<char>) = pairs.into_iter().unzip(); println!("{:?} {:?}", idx, chars);
    let x: i32 = Default::default(); let s: String = Default::default(); println!("{x} {s:?}");
    let n: u64 = u64::from(7u32) + u64::try_from(-1i64).unwrap_or(0); println!("{n}");
    let big: i16 = match i16::try_from(70000i32) { Ok(v) => v, Err(e) => { println!("{e}"); -1 } }; println!("{big}");
    let t = (1, ("two", 3.0), [4, 5]); let (a, (b, c), [d, e]) = t; println!("{a} {b} {c} {d} {e}");
    let opt = Some(5); if let Some(v @ 1..=9) = opt { println!("digit {v}"); }
    for (i, w) in ["x", "y"].iter().enumerate().rev() { print!("{i}{w} "); } println!();
}
