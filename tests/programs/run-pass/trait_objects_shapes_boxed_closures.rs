use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle({})", self.r)
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl Drop for Rect {
    fn drop(&mut self) {
        println!("drop rect {}x{}", self.w, self.h);
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn describe(s: &dyn Shape) -> String {
    format!("{} with area {:.2}", s.name(), s.area())
}

struct Named(String);
impl fmt::Display for Named {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0)
    }
}

fn main() {
    let c = Circle { r: 1.5 };
    println!("{}", describe(&c));
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect { w: 2.0, h: 3.0 })];
    println!("total {:.3}", total(&shapes));
    for s in &shapes {
        println!("{}", describe(s.as_ref()));
    }
    let d: &dyn fmt::Display = &Named("x".to_string());
    println!("{} {:>6}|", d, 42);
    let items: Vec<Box<dyn fmt::Display>> = vec![Box::new(1), Box::new("two"), Box::new(Named("three".into()))];
    for it in items.iter() {
        print!("{} ", it);
    }
    println!();
    let f: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x * 2 + 1);
    println!("{}", f(20));
    let mut counter = 0;
    {
        let mut inc: Box<dyn FnMut()> = Box::new(|| counter += 1);
        inc();
        inc();
    }
    println!("counter {}", counter);
    let ops: Vec<(&str, Box<dyn Fn(i64, i64) -> i64>)> = vec![("add", Box::new(|a, b| a + b)), ("mul", Box::new(|a, b| a * b))];
    for (n, op) in &ops {
        println!("{} {}", n, op(6, 7));
    }
}
