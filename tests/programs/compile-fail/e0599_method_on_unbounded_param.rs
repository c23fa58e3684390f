// Calling methods on a type parameter that has no bound providing them.

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn total_area<T>(shapes: &[T]) -> f64 {
    let mut sum = 0.0;
    for s in shapes {
        sum += s.area(); //~ ERROR E0599
    }
    sum
}

fn describe<T: Clone>(value: &T) -> usize {
    value.len() //~ ERROR E0599
}

fn main() {
    println!("{}", total_area(&[Square(2.0)]));
    println!("{}", describe(&vec![1, 2]));
}
