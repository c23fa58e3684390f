fn main() {
    let a = foo(1, 2 +, 3);
    let b = bar();
    if a > { b }
    let c = [1, 2, ,];
    println!("{}", a);
}

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self { Point { x, y } }
    fn bad(&self) -> i32 { self.x + }
    fn good(&self) -> i32 { self.y }
}

fn after() -> u8 { 1 }
