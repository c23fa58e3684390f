use std::fmt;
use std::rc::Rc;

trait Shape: fmt::Display {
    fn area(&self) -> f64;
    fn scale(&mut self, k: f64);
}

#[derive(Clone)]
struct Sq(f64);
impl fmt::Display for Sq {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Sq({})", self.0) }
}
impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn scale(&mut self, k: f64) { self.0 *= k; }
}

fn biggest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for s in shapes {
        match best {
            Some(b) if b.area() >= s.area() => {}
            _ => best = Some(s.as_ref()),
        }
    }
    best
}

fn print_it<T: fmt::Display + ?Sized>(t: &T) {
    println!("[{}]", t);
}

fn evens() -> Box<dyn Iterator<Item = u32>> {
    Box::new((0..).step_by(2))
}

fn counter() -> Box<dyn FnMut() -> u32> {
    let mut c = 0;
    Box::new(move || { c += 1; c })
}

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
trait Named { fn name(&self) -> &str; }
impl Named for Noisy { fn name(&self) -> &str { self.0 } }

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Sq(2.0)));
    shapes.push(Box::new(Sq(3.0)));
    for s in shapes.iter_mut() {
        s.scale(1.5);
    }
    for s in &shapes {
        println!("{} area={}", s, s.area());
    }
    if let Some(b) = biggest(&shapes) {
        println!("biggest {}", b);
        print_it(b);
    }
    print_it("str");
    let v: Vec<u32> = evens().take(5).collect();
    println!("{:?}", v);
    let total: u32 = evens().skip(1).take(3).sum();
    println!("{}", total);
    let mut c = counter();
    c();
    c();
    println!("c={}", c());
    let rc: Rc<dyn Named> = Rc::new(Noisy("rc"));
    let rc2 = rc.clone();
    println!("{} {}", rc2.name(), Rc::strong_count(&rc));
    {
        let b: Box<dyn Named> = Box::new(Noisy("boxed"));
        println!("{}", b.name());
    }
    let list: Vec<Box<dyn Named>> = vec![Box::new(Noisy("a")), Box::new(Noisy("b"))];
    let names: Vec<&str> = list.iter().map(|n| n.name()).collect();
    println!("{}", names.join(","));
    drop(list);
    let task: Box<dyn FnOnce() -> String> = Box::new(move || format!("once {}", v.len()));
    println!("{}", task());
    println!("end");
}
