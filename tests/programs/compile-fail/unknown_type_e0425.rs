// A struct field and a parameter use type names that do not exist.
// (rustc used to report these as E0412; since that code was retired, rustc
// reports unknown types as E0425 "cannot find type `X` in this scope".)

struct Reading {
    sensor: u32,
    value: Float64, //~ ERROR E0425
}

fn scale(r: &Reading, factor: f64) -> f64 {
    r.value * factor
}

fn describe(r: Readings) { //~ ERROR E0425
    println!("{}", r.sensor);
}

fn main() {
    println!("ok");
}
