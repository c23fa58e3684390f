#![allow(dead_code)]
#![allow(unused)]
//! Doc comment
use std::collections::HashMap;
use std::fmt::{self, Display, Write as _};
use std::{io, *};
use ::core::mem;
extern crate core as kore;

/// A point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point<T: Copy = i32> {
    pub x: T,
    pub(crate) y: T,
}

struct Unit;
struct Tuple(pub i32, u8, pub (i32, i32));
pub(in crate::foo) struct Gen<'a, T, const N: usize> where T: 'a + ?Sized { r: &'a T, a: [u8; N] }

enum E { A, B(i32, i32), C { x: u8 }, D = 5 }
#[repr(u8)]
enum F { X = 1, Y = 1 << 2, }
union U { a: u32, b: f32 }

const C: i32 = 1 + 2 * 3;
const _: () = ();
static S: &str = "hello\n\t\u{1F600}\x41";
static mut COUNTER: u64 = 0;
type Alias<T> = Vec<Box<dyn Fn(T) -> T + Send + 'static>>;

trait Shape: Display + Clone where Self: Sized {
    type Output: Copy;
    const SIDES: u32 = 0;
    fn area(&self) -> f64;
    fn name(&self) -> String { String::from("shape") }
    fn consume(self) where Self: Sized;
    fn boxed(self: Box<Self>);
    unsafe fn danger(&mut self, p: *const u8, q: *mut u8) -> !;
}

impl<T: Copy + std::ops::Add<Output = T>> Point<T> {
    pub const fn new(x: T, y: T) -> Self { Point { x, y } }
    fn sum(&self) -> T { self.x + self.y }
    fn generic<U, F: FnMut(&U) -> bool>(&mut self, _f: F) -> Option<U> where U: Default { None }
}

impl<T> fmt::Display for Point<T> where T: Copy + fmt::Display {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

unsafe impl Send for Unit {}
impl !Sync for Unit {}

extern "C" {
    fn abs(x: i32) -> i32;
    fn printf(fmt: *const u8, ...) -> i32;
}

#[builtin]
extern "ferrum" {
    fn __ferrum_alloc(size: usize, align: usize) -> *mut u8;
}

mod inner {
    #![allow(unused)]
    pub fn f() {}
    mod deeper;
}

macro_rules! square {
    ($x:expr) => { $x * $x };
    ($x:expr, $($rest:tt)*) => {{ $x }};
}

thread_local! { static TL: u32 = 1; }

pub unsafe extern "C" fn exported(a: i32) -> i32 { a }

fn main() {
    let x = 5;
    let mut y: i32 = -x + 3 * (2 - 1) / 4 % 5;
    let (a, b) = (1, 2.5);
    let [p, q, ..] = [1, 2, 3, 4];
    let Point { x: px, y: ref py } = Point::new(1, 2);
    let v: Vec<Vec<u8>> = vec![vec![1, 2], vec![]];
    let v2: Vec<Vec<u8>>= Vec::new();
    let s = v.iter().map(|x| x.len()).sum::<usize>();
    let t = (1, (2, 3));
    let z = t.1.0 + t.0;
    let w = t.1 .1;
    let c = 'c';
    let bc = b'\n';
    let bs = b"bytes\x00";
    let rs = r#"raw "string""#;
    let f = 1e10 + 1.5f32 as f64 + 2. + 1_000.0_1;
    let h = 0xFF_u8 as u32 + 0o17 + 0b1010_1010 + 1u64 as u32;
    let r = &&x;
    let r2 = &mut y;
    let raw = &raw const x;
    let deref = **r;
    let neg = !true && false || x == 5 && y != 3;
    let cmp = x < y && x <= y && x > y && x >= y;
    let sh = 1 << 2 >> 1 & 3 | 4 ^ 5;
    y += 1; y -= 1; y *= 2; y /= 2; y %= 3; y <<= 1; y >>= 1; y &= 1; y |= 2; y ^= 3;
    let range = 0..10;
    let ri = 0..=10;
    let rf = ..;
    let rt = ..5;
    let rti = ..=5;
    let rfrom = 5..;
    for i in 0..10 { if i % 2 == 0 { continue; } }
    for (i, x) in v.iter().enumerate().rev() {}
    'outer: loop {
        'inner: while y > 0 {
            y -= 1;
            if y == 3 { break 'outer; }
            continue 'inner;
        }
        break;
    }
    let val = loop { break 42; };
    let lbl = 'blk: { if x > 1 { break 'blk 1; } 2 };
    if let Some(n) = Some(3) { } else if x > 2 { } else { }
    if let Some(n) = Some(3) && n > 2 && let Ok(m) = Ok::<i32, ()>(n) {}
    while let Some(top) = v.pop() {}
    let Some(q) = Some(1) else { return; };
    match x {
        0 => {}
        1 | 2 => println!("small"),
        3..=9 => (),
        -5..=-1 => {},
        10.. => {}
        n if n < 0 => { let _ = n; }
        ref m @ 100 => {},
        _ => unreachable!(),
    }
    match (a, c) {
        (1, 'a'..='z') | (2, _) => {}
        (_, 'A'..='Z') => {}
        _ => {}
    }
    match e() {
        E::A => 1,
        E::B(x, ..) => x,
        E::C { x, .. } => x as i32,
        E::D => { 4 }
    };
    let cl = |a, b: i32| a + b;
    let cl2 = move || x;
    let cl3 = |x: i32| -> i32 { x + 1 };
    let cl4 = || {};
    let bx = Box::new(5);
    let opt = Some(5).map(|v| v * 2).unwrap_or_default();
    let q = foo()?.bar?.baz()?;
    let arr = [0u8; 16];
    let idx = arr[3];
    let st = Point { x: 1, ..Point::new(1, 2) };
    let tst = Tuple { 0: 1, 1: 2, 2: (3, 4) };
    let u = unsafe { COUNTER += 1; COUNTER };
    let cast = x as u8 as char;
    let qualified = <Vec<u8> as Default>::default();
    let q2 = <[u8]>::len(&arr);
    let tb = Vec::<u8>::with_capacity(10);
    let gen = std::mem::size_of::<Point<i32>>();
    let mac = format!("{} {}", x, name = y);
    let m2 = vec![1; 3];
    let closure_ret = |x| x;
    { let inner = 1; }
    if x > 0 { 1 } else { 2 };
    match x { _ => {} }
    unsafe { abs(-1); }
    fn nested(x: impl Iterator<Item = u8> + Clone) -> impl Fn(u8) -> u8 { |x| x }
    struct Local;
    x;
    (x);
    ()
}

fn ret() -> i32 { return 5; }
fn never() -> ! { loop {} }
fn ptrs(a: *const u8, b: *mut *const i32, f: fn(i32) -> i32, g: unsafe extern "C" fn()) {}
fn dyns(a: &dyn Shape<Output = u8>, b: Box<dyn for<'a> Fn(&'a u8) -> &'a u8>) {}
fn tuple_arg((a, b): (i32, i32), [c, d]: [u8; 2], _: u8, mut m: u8) {}
fn hrtb<F>(f: F) where for<'a> F: Fn(&'a u8) {}
fn lifetimes<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str where 'b: 'a { x }
