// Traits that cannot be made into objects: a generic method, a method
// returning `Self`, an associated function without `self`, and a trait
// that requires `Sized`. A method with `where Self: Sized` is fine.

trait Shape {
    fn area(&self) -> f64;
    fn scaled<T: Into<f64>>(&self, by: T) -> f64;
}

trait Duplicate {
    fn dup(&self) -> Self;
}

trait Factory {
    fn make() -> i32;
}

trait Fine {
    fn get(&self) -> i32;
    fn build() -> Self
    where
        Self: Sized;
}

trait Big: Sized {
    fn size(&self) -> usize;
}

struct Unit;

impl Fine for Unit {
    fn get(&self) -> i32 {
        1
    }
    fn build() -> Self {
        Unit
    }
}

fn count(_shapes: &[Box<dyn Shape>]) -> usize { //~ ERROR E0038
    0
}

fn copy_it(d: &dyn Duplicate) {} //~ ERROR E0038

fn main() {
    let f: Box<dyn Factory>; //~ ERROR E0038
    let ok: &dyn Fine = &Unit;
    println!("{}", ok.get());
    let b: Option<&dyn Big> = None; //~ ERROR E0038
}
