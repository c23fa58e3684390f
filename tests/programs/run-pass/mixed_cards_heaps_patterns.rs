// Many everyday features in one program: FromStr with errors, derived Ord on enums and structs, operators on references, PhantomData units, IntoIterator for a reference, BinaryHeap with a custom Ord and Reverse, a recursive Display, slice patterns, let-else, labeled break values, width/precision arguments.
use std::collections::{BinaryHeap, BTreeMap};
use std::cmp::{Ordering, Reverse};
use std::str::FromStr;
use std::ops::{Add, Sub, AddAssign};
use std::marker::PhantomData;
use std::fmt::{self, Display};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit { Clubs, Diamonds, Hearts, Spades }
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Card { rank: u8, suit: Suit }
impl FromStr for Card {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (r, su) = s.split_at(s.len() - 1);
        let rank = match r { "A" => 14, "K" => 13, "Q" => 12, "J" => 11, n => n.parse().map_err(|e| format!("bad rank {n:?}: {e}"))? };
        let suit = match su { "C" => Suit::Clubs, "D" => Suit::Diamonds, "H" => Suit::Hearts, "S" => Suit::Spades, x => return Err(format!("bad suit {x}")) };
        Ok(Card { rank, suit })
    }
}
#[derive(Debug, Clone, Copy, PartialEq)]
struct P { x: i32, y: i32 }
impl<'a> Add<&'a P> for &'a P { type Output = P; fn add(self, o: &P) -> P { P { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for P { type Output = P; fn sub(self, o: P) -> P { P { x: self.x - o.x, y: self.y - o.y } } }
impl AddAssign for P { fn add_assign(&mut self, o: P) { self.x += o.x; self.y += o.y; } }
struct Typed<T> { raw: u32, _m: PhantomData<T> }
struct Meters; struct Feet;
impl<T> Typed<T> { fn new(raw: u32) -> Self { Typed { raw, _m: PhantomData } } }
impl Typed<Feet> { fn to_m(&self) -> Typed<Meters> { Typed::new(self.raw * 3048 / 10000) } }
struct Ring { items: Vec<u32> }
impl<'a> IntoIterator for &'a Ring { type Item = &'a u32; type IntoIter = std::slice::Iter<'a, u32>; fn into_iter(self) -> Self::IntoIter { self.items.iter() } }
struct Fib { a: u64, b: u64 }
impl Iterator for Fib { type Item = u64; fn next(&mut self) -> Option<u64> { let r = self.a; self.a = self.b; self.b += r; Some(r) } }
#[derive(Debug, PartialEq, Eq)]
struct Task { pri: u32, name: String }
impl Ord for Task { fn cmp(&self, o: &Self) -> Ordering { self.pri.cmp(&o.pri).then_with(|| o.name.cmp(&self.name)) } }
impl PartialOrd for Task { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }
enum Expr { Num(f64), Bin(Box<Expr>, char, Box<Expr>), Neg(Box<Expr>) }
impl Expr { fn eval(&self) -> f64 { match self { Expr::Num(n) => *n, Expr::Neg(e) => -e.eval(), Expr::Bin(a, op, b) => { let (x, y) = (a.eval(), b.eval()); match op { '+' => x + y, '*' => x * y, '-' => x - y, _ => x / y } } } } }
impl Display for Expr { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { match self { Expr::Num(n) => write!(f, "{n}"), Expr::Neg(e) => write!(f, "-{e}"), Expr::Bin(a, o, b) => write!(f, "({a} {o} {b})") } } }
const LIMIT: usize = 5;
static GREETING: &str = "hey";
fn classify(v: &[i32]) -> &'static str { match v { [] => "empty", [_] => "one", [a, .., b] if a == b => "same ends", [_, rest @ ..] if rest.len() > 3 => "long", _ => "other" } }
fn main() {
    let mut cards: Vec<Card> = "10H AS 2C KD".split(' ').map(|s| s.parse().unwrap()).collect();
    cards.sort(); println!("{:?}", cards.iter().map(|c| c.rank).collect::<Vec<_>>());
    println!("{:?}", "ZZ".parse::<Card>()); println!("{:?}", "XH".parse::<Card>());
    println!("{:?}", cards.iter().max_by_key(|c| c.suit));
    let a = P { x: 1, y: 2 }; let b = P { x: 3, y: 4 }; let mut c = &a + &b; c += a; println!("{:?} {:?}", c, c - b);
    let f: Typed<Feet> = Typed::new(1000); println!("{}", f.to_m().raw);
    let r = Ring { items: vec![4, 5, 6] }; let mut t = 0; for x in &r { t += x; } println!("{t}");
    println!("{:?}", Fib { a: 0, b: 1 }.skip(5).take(LIMIT).collect::<Vec<_>>());
    let mut heap = BinaryHeap::new();
    for (p, n) in [(2, "b"), (5, "e"), (2, "a"), (9, "z")] { heap.push(Task { pri: p, name: n.to_string() }); }
    while let Some(Task { pri, name }) = heap.pop() { print!("{pri}{name} "); } println!();
    let mut mh = BinaryHeap::new(); for x in [5, 1, 8, 3] { mh.push(Reverse(x)); }
    println!("{:?}", std::iter::from_fn(|| mh.pop().map(|Reverse(x)| x)).collect::<Vec<_>>());
    let e = Expr::Bin(Box::new(Expr::Num(2.0)), '*', Box::new(Expr::Neg(Box::new(Expr::Bin(Box::new(Expr::Num(1.5)), '+', Box::new(Expr::Num(2.0)))))));
    println!("{} = {}", e, e.eval());
    for v in [&[][..], &[1], &[3, 2, 3], &[1, 2, 3, 4, 5], &[1, 2]] { print!("{} | ", classify(v)); } println!();
    let mut m: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for (k, v) in [("x", 1), ("y", 2), ("x", 3)] { m.entry(k).or_default().push(v); }
    println!("{:?} {}", m, GREETING);
    let n = 'outer: loop { for i in 0.. { if i * i > 50 { break 'outer i; } } };
    println!("{n}");
    let Some(first) = cards.first() else { panic!("no cards") }; println!("{}", first.rank);
    let msg = if matches!(first.suit, Suit::Clubs | Suit::Spades) { "black" } else { "red" }; println!("{msg}");
    let val = match n { 0..=5 => "small", 6 | 7 => "mid", x if x % 2 == 0 => "even-big", _ => "odd-big" }; println!("{val}");
    let x = 5; let x = x * 2; { let x = "shadow"; println!("{x}"); } println!("{x}");
    let arr2 = [[1, 2], [3, 4]]; println!("{:?} {}", arr2, arr2.len());
    let s = String::from("héllo"); println!("{} {} {:?}", s.len(), s.chars().count(), s.char_indices().nth(2));
    let tuple_vec: Vec<(String, u32)> = vec![("b".into(), 2), ("a".into(), 2), ("c".into(), 1)];
    let mut tv = tuple_vec.clone(); tv.sort_by(|(n1, s1), (n2, s2)| s2.cmp(s1).then(n1.cmp(n2))); println!("{:?}", tv);
    println!("{:>6}|{:<6}|{:^6}|{:*^7}|", "ab", "cd", "ef", "g");
    println!("{:5.1}|{:<8?}|{:>+5}", 2.345, Some(1), 7);
    let w = 7; let p = 2; println!("{:w$.p$}|{:>1$}", 1.23456, 4);
}
