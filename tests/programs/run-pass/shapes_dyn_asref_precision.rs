// Shapes with trait objects, generics with multiple bounds, and operator
// overloading on references; sorting by area with partial_cmp; Display
// with precision passed through.
use std::f64::consts::PI;
use std::fmt;
use std::ops::Add;

trait Shape: fmt::Display {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn name(&self) -> &'static str;
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Pt { x: f64, y: f64 }
impl Add for Pt { type Output = Pt; fn add(self, o: Pt) -> Pt { Pt { x: self.x + o.x, y: self.y + o.y } } }
impl<'a> Add<&'a Pt> for &'a Pt { type Output = Pt; fn add(self, o: &Pt) -> Pt { *self + *o } }

struct Circle { c: Pt, r: f64 }
struct Poly { pts: Vec<Pt> }

impl Shape for Circle {
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
    fn scale(&mut self, k: f64) { self.r *= k; }
    fn name(&self) -> &'static str { "circle" }
}
impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(2);
        write!(f, "circle at ({:.p$}, {:.p$}) r={:.p$}", self.c.x, self.c.y, self.r, p = p)
    }
}
impl Shape for Poly {
    fn area(&self) -> f64 {
        let n = self.pts.len();
        (0..n).map(|i| { let (a, b) = (self.pts[i], self.pts[(i + 1) % n]); a.x * b.y - b.x * a.y }).sum::<f64>().abs() / 2.0
    }
    fn perimeter(&self) -> f64 {
        self.pts.iter().zip(self.pts.iter().cycle().skip(1)).map(|(a, b)| ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()).sum()
    }
    fn scale(&mut self, k: f64) { for p in &mut self.pts { p.x *= k; p.y *= k; } }
    fn name(&self) -> &'static str { if self.pts.len() == 3 { "triangle" } else { "polygon" } }
}
impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} with {} points", self.name(), self.pts.len())?;
        if f.alternate() { for p in &self.pts { write!(f, " ({}, {})", p.x, p.y)?; } }
        Ok(())
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|s| s.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn total_area<I>(shapes: I) -> f64 where I: IntoIterator, I::Item: AsRef<dyn Shape> {
    shapes.into_iter().map(|s| s.as_ref().area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { c: Pt { x: 0.0, y: 0.0 }, r: 1.0 }),
        Box::new(Poly { pts: vec![Pt { x: 0.0, y: 0.0 }, Pt { x: 4.0, y: 0.0 }, Pt { x: 0.0, y: 3.0 }] }),
        Box::new(Poly { pts: vec![Pt { x: 0.0, y: 0.0 }, Pt { x: 2.0, y: 0.0 }, Pt { x: 2.0, y: 2.0 }, Pt { x: 0.0, y: 2.0 }] }),
    ];
    for s in &shapes { println!("{:<28} area {:>7.3} perimeter {:>7.3}", s.to_string(), s.area(), s.perimeter()); }
    shapes[0].scale(2.0);
    shapes.sort_by(|a, b| b.area().partial_cmp(&a.area()).unwrap());
    println!("{:.4}", shapes[0]);
    println!("{:#}", shapes[2]);
    println!("largest: {}", largest(&shapes).map(|s| s.name()).unwrap_or("none"));
    println!("total {:.3}", total_area(&shapes));
    let a = Pt { x: 1.0, y: 2.0 };
    println!("{:?} {:?}", &a + &a, a + Pt { x: -1.0, y: 0.5 });
    let names: Vec<&str> = shapes.iter().map(|s| s.name()).collect();
    println!("{}", names.join(" > "));
}
