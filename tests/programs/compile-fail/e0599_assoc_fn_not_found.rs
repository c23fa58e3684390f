// Associated functions that do not exist on the named type.

struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }
}

enum Color {
    Red,
    Green,
}

fn main() {
    let a = Counter::new();
    let b = Counter::with_start(5); //~ ERROR E0599
    let c = Color::from_name("red"); //~ ERROR E0599
    let s = String::create(); //~ ERROR E0599
    println!("{}", a.count);
}
