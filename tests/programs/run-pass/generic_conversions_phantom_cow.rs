use std::borrow::Cow;
use std::collections::{BTreeSet, BinaryHeap, HashMap};
use std::cmp::Reverse;
use std::marker::PhantomData;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32, i32);

impl<'a> Add<&'a V> for &'a V {
    type Output = V;
    fn add(self, o: &V) -> V { V(self.0 + o.0, self.1 + o.1) }
}
impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V { &self + &o }
}
impl Mul<i32> for &V {
    type Output = V;
    fn mul(self, k: i32) -> V { V(self.0 * k, self.1 * k) }
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Meters<T> { value: T }

struct Id<T> { raw: u32, _marker: PhantomData<T> }
impl<T> Id<T> {
    fn new(raw: u32) -> Self { Id { raw, _marker: PhantomData } }
}
impl<T> Clone for Id<T> { fn clone(&self) -> Self { Id::new(self.raw) } }
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> { fn eq(&self, o: &Self) -> bool { self.raw == o.raw } }

struct User;
struct Order;

fn greet<S: Into<String>>(name: S) -> String {
    let mut s: String = name.into();
    s.insert_str(0, "hi ");
    s
}

fn total_len<I, S>(items: I) -> usize
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    items.into_iter().map(|s| s.as_ref().len()).sum()
}

fn normalize(input: &str) -> Cow<str> {
    if input.contains(' ') { Cow::Owned(input.replace(' ', "_")) } else { Cow::Borrowed(input) }
}

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".to_string() } }
struct Sq(f64);
struct Circ(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn name(&self) -> String { format!("square {}", self.0) } }
impl Shape for Circ { fn area(&self) -> f64 { 3.0 * self.0 * self.0 } }

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn main() {
    let a = V(1, 2);
    let b = V(10, 20);
    println!("{:?} {:?} {:?}", &a + &b, a + b, &a * 3);
    let m = Meters { value: 2.5 };
    let d: Meters<u8> = Meters::default();
    println!("{:?} {:?} {}", m, d, Meters { value: 3 } < Meters { value: 4 });
    let u1: Id<User> = Id::new(7);
    let u2 = u1;
    let o: Id<Order> = Id::new(7);
    println!("{} {} {}", u1 == u2, u1.raw == o.raw, std::mem::size_of::<Id<User>>());
    println!("{} {}", greet("ann"), greet(String::from("bob")));
    println!("{} {}", total_len(vec!["ab", "cde"]), total_len(&["x".to_string(), "yz".to_string()]));
    for s in ["plain", "has space here"] {
        match normalize(s) {
            Cow::Borrowed(b) => println!("borrowed {}", b),
            Cow::Owned(o) => println!("owned {}", o),
        }
    }
    let mut c = normalize("x y");
    c.to_mut().push('!');
    println!("{} {}", c, c.len());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Circ(1.5)), Box::new(Sq(1.0))];
    if let Some(s) = largest(&shapes) {
        println!("largest: {} ({})", s.name(), s.area());
    }
    let mut heap = BinaryHeap::new();
    for (p, task) in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")] {
        heap.push(Reverse((p, task)));
    }
    print!("order:");
    while let Some(Reverse((p, t))) = heap.pop() {
        print!(" {}{}", t, p);
    }
    println!();
    let mut inventory: HashMap<String, u32> = HashMap::new();
    inventory.insert("apple".to_string(), 3);
    if let Some(n) = inventory.get_mut("apple") { *n += 2; }
    println!("{:?} {:?} {}", inventory.get("apple"), inventory.get("pear"), inventory.contains_key("apple"));
    let set: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?} {:?} {:?}", set, set.range('j'..'q').collect::<Vec<_>>(), set.iter().next_back());
    println!("{}", matches!(a, V(1, y) if y > 1));
    let x = dbg!(a.0 * 2) + 1;
    dbg!(&b, x);
    assert!(x == 3, "x was {}", x);
    assert_ne!(a, b);
}
