// A path through a module that does not exist.

mod geometry {
    pub fn square(x: i64) -> i64 {
        x * x
    }
}

fn main() {
    let a = geometry::square(4);
    let b = geometri::square(5); //~ ERROR E0433
    println!("{} {}", a, b);
}
