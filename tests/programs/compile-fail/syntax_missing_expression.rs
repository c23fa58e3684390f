// A binary operator with no right-hand operand.

fn average(a: i32, b: i32) -> i32 {
    let sum = a + ; //~ ERROR expected expression
    sum / 2
}

fn main() {
    println!("{}", average(3, 9));
}
