// Blanket impls apply to trait objects too: `to_string` on `&dyn Display`
// and `Box<dyn Error>`, and a user trait implemented for every `T: Shape +
// ?Sized`, called on `dyn Shape`.
use std::error::Error;
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Shape + ?Sized> Describe for T {
    fn describe(&self) -> String {
        format!("a shape of area {:.2}", self.area())
    }
}

struct Circle(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.0 * self.0
    }
}

fn main() {
    let items: Vec<&dyn Display> = vec![&5, &"five", &5.5];
    let texts: Vec<String> = items.iter().map(|d| d.to_string()).collect();
    println!("{:?}", texts);
    let err: Box<dyn Error> = "disk on fire".into();
    println!("{} / {}", err.to_string(), err.to_string().len());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0)), Box::new(Circle(2.0))];
    for s in &shapes {
        println!("{}", s.describe());
    }
}
