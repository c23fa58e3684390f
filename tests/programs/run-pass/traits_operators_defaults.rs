#[derive(Debug)]
struct Point { x: i32, y: i32 }

impl std::ops::Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point { Point { x: self.x + o.x, y: self.y + o.y } }
}

impl PartialEq for Point {
    fn eq(&self, o: &Point) -> bool { self.x == o.x && self.y == o.y }
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str { "shape" }
    fn describe(&self) { println!("{} with area {:.2}", self.name(), self.area()); }
}

struct Circle { r: f64 }
struct Square { s: f64 }
impl Shape for Circle { fn area(&self) -> f64 { 3.14159 * self.r * self.r } fn name(&self) -> &'static str { "circle" } }
impl Shape for Square { fn area(&self) -> f64 { self.s * self.s } }

fn total<T: Shape>(a: &T, b: &T) -> f64 { a.area() + b.area() }

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for i in 1..xs.len() { if xs[i] > m { m = xs[i]; } }
    m
}

impl Default for Point { fn default() -> Point { Point { x: 7, y: 8 } } }

fn main() {
    let p = Point { x: 1, y: 2 } + Point { x: 3, y: 4 };
    println!("{} {}", p.x, p.y);
    println!("{}", p == Point { x: 4, y: 6 });
    println!("{}", p != Point { x: 4, y: 6 });
    Circle { r: 1.0 }.describe();
    Square { s: 2.0 }.describe();
    println!("{:.1}", total(&Square { s: 1.0 }, &Square { s: 2.0 }));
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&[1.5, 0.5]));
    let d: Point = Default::default();
    let e = Point::default();
    println!("{} {} {}", d.x, d.y, e.x);
    let c = 5i32.clone();
    println!("{} {:?}", c, 3.cmp(&4) == std::cmp::Ordering::Less);
}
