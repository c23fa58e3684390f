// Function parameters without a separating comma.

struct Point {
    x: i32,
    y: i32,
}

fn distance(a: &Point b: &Point) -> i32 { //~ ERROR expected
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = Point { x: 4, y: 6 };
    println!("{}", distance(&p, &q));
}
