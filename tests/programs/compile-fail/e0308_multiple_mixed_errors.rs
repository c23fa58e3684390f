// Several independent errors in one file: each must be reported on its own line.

struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn length_sq(&self) -> f64 {
        self.x * self.x + self.y * self.y
    }
}

fn count_positive(a: &[i32]) -> usize {
    let mut n: usize = 0;
    for i in 0..a.len() {
        if a[i] > 0 {
            n += 1;
        }
    }
    n as i32 //~ ERROR E0308
}

fn main() {
    let v = Vec2 { x: 3.0, y: 4.0 };
    let len: u8 = v.length_sq(); //~ ERROR E0308
    let flag: bool = count_positive(&[1, -2, 3]); //~ ERROR E0308
    println!("{} {} {}", len, flag, undefined_name); //~ ERROR E0425
}
