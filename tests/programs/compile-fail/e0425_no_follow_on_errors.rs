// An unresolved name is reported once; the error type it leaves behind
// does not cause "type annotations needed" or other follow-on errors.
#[derive(Debug)]
struct Point {
    x: i32,
}

fn main() {
    println!("{}", undefined_value); //~ ERROR E0425
    let p = Point { x: 1 };
    let Point { y } = p; //~ ERROR E0026
    println!("{:?}", y);
}
