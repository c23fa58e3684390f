// Arithmetic on booleans and comparison of structs without PartialEq.

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = true;
    let b = false;
    let sum = a + b; //~ ERROR E0369
    let p = Point { x: 1, y: 2 };
    let q = Point { x: 1, y: 2 };
    if p == q { //~ ERROR E0369
        println!("same");
    }
    println!("{} {} {}", sum, p.x, q.y);
}
