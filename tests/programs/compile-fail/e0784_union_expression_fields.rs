// A union expression names exactly one field.
union Value {
    int: i64,
    float: f64,
}

fn main() {
    let v = Value { int: 1, float: 2.0 }; //~ ERROR E0784
    let w = Value {}; //~ ERROR E0784
    println!("{}", unsafe { v.int + w.int });
}
