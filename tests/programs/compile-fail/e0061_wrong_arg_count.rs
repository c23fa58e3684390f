// Calling functions and methods with the wrong number of arguments.

struct Counter {
    n: u32,
}

impl Counter {
    fn add(&mut self, k: u32) {
        self.n += k;
    }
}

fn clamp(v: i32, lo: i32, hi: i32) -> i32 {
    v.max(lo).min(hi)
}

fn main() {
    let x = clamp(15, 0); //~ ERROR E0061
    let mut c = Counter { n: 0 };
    c.add(1, 2); //~ ERROR E0061
    println!("{} {}", x, c.n);
}
