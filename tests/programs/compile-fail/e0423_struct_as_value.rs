// Using a struct with fields as if it were a value or a function.

struct Celsius {
    degrees: f64,
}

fn main() {
    let freezing = Celsius { degrees: 0.0 };
    let boiling = Celsius; //~ ERROR E0423
    println!("{}", freezing.degrees);
}
