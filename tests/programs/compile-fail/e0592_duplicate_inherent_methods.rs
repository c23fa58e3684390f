// The same associated function in two inherent impls of one type.
struct Meter(f64);

impl Meter {
    fn value(&self) -> f64 { //~ ERROR E0592
        self.0
    }
}

impl Meter {
    fn value(&self) -> f64 {
        self.0 * 100.0
    }
    fn new(v: f64) -> Meter {
        Meter(v)
    }
}

struct Wrap<T>(T);

impl Wrap<i32> {
    fn get(&self) -> i32 {
        self.0
    }
}

impl Wrap<u8> {
    fn get(&self) -> i32 {
        self.0 as i32
    }
}

fn main() {
    let m = Meter::new(2.0);
    println!("{} {}", m.0, Wrap(3i32).0);
}
