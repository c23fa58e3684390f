// Calling generic functions with types that lack the required trait bound.

use std::fmt::Display;

struct Meters(f64);

fn show<T: Display>(value: T) -> String {
    format!("<{}>", value)
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
        }
    }
    best
}

#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    println!("{}", show(42));
    println!("{}", show(Meters(3.5))); //~ ERROR E0277
    let pts = [Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let p = largest(&pts); //~ ERROR E0277
    println!("{}", p.x + p.y);
}
