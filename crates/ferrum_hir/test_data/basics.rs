// Items, locals with shadowing, paths through modules and the prelude.
mod geometry {
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    impl Point {
        pub fn new(x: i32, y: i32) -> Self {
            Self { x, y }
        }

        pub fn sum(&self) -> i32 {
            self.x + self.y
        }
    }
}

use geometry::Point;

const LIMIT: i32 = 10;

fn main() {
    let p = Point::new(1, 2);
    let x = p.sum();
    let x = x + LIMIT;
    let o: Option<i32> = Some(x);
    match o {
        Some(v) if v > 3 => println!("big {}", v),
        Some(_) | None => println!("small"),
    }
    let mut i = 0;
    while i < 3 {
        i += 1;
    }
    for j in 0..i {
        print!("{j} ");
    }
    let r = geometry::Point { x: 1, ..p };
    println!("{} {x:>5}", r.x);
}
