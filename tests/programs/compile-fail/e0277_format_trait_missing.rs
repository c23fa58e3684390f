// A value without the formatting trait its placeholder asks for.
struct Meters(f64);

#[derive(Debug)]
struct Tagged(u8);

fn main() {
    let m = Meters(1.5);
    let t = Tagged(3);
    println!("{}", m); //~ ERROR E0277
    println!("{:?}", &m); //~ ERROR E0277
    println!("{}", t); //~ ERROR E0277
    println!("{:?} {:x}", t, 1.5); //~ ERROR E0277
}
