// An impl that does not define the trait's associated constant.

trait Unit {
    const SYMBOL: &'static str;
    const FACTOR: f64 = 1.0;
    fn describe(&self) -> String;
}

struct Meter;

impl Unit for Meter { //~ ERROR E0046
    fn describe(&self) -> String {
        format!("{} x{}", Self::SYMBOL, Self::FACTOR)
    }
}

fn main() {
    println!("{}", Meter.describe());
}
