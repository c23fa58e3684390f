// Impl methods whose signatures differ from the trait's.

trait Scale {
    fn scale(&self, factor: f64) -> f64;
    fn reset(&mut self);
}

struct Length(f64);

impl Scale for Length {
    fn scale(&self, factor: i32) -> f64 { //~ ERROR E0053
        self.0 * factor as f64
    }
    fn reset(&self) {} //~ ERROR E0053
}

fn main() {
    let l = Length(2.0);
    println!("{}", l.0);
}
