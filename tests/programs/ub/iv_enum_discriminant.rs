// An enum loaded from memory whose tag names no variant.
use std::ptr;

#[derive(Clone, Copy)]
enum Color {
    Red,
    Green,
    Blue,
}

fn name(c: Color) -> &'static str {
    match c {
        Color::Red => "red",
        Color::Green => "green",
        Color::Blue => "blue",
    }
}

fn main() {
    let raw: [u8; 2] = [1, 7];
    let p = &raw as *const [u8; 2] as *const Color;
    unsafe {
        println!("{}", name(ptr::read(p)));
        let c = ptr::read(p.add(1)); //~ UB invalid-value
        println!("{}", name(c));
    }
}
