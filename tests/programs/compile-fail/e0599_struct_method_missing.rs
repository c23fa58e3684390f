// Methods that a struct does not have, including trait methods it does not implement.

trait Area {
    fn area(&self) -> f64;
}

struct Circle {
    radius: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Area for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl Circle {
    fn diameter(&self) -> f64 {
        self.radius * 2.0
    }
}

fn main() {
    let c = Circle { radius: 1.5 };
    let r = Rect { w: 2.0, h: 3.0 };
    println!("{}", c.diameter());
    println!("{}", c.area()); //~ ERROR E0599
    println!("{}", r.perimeter()); //~ ERROR E0599
    let v = vec![1, 2, 3];
    println!("{}", v.size()); //~ ERROR E0599
}
