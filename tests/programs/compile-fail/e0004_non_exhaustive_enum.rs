// A match over an enum that forgets one variant.

enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op { //~ ERROR E0004
        Op::Add => a + b,
        Op::Sub => a - b,
        Op::Mul => a * b,
    }
}

fn main() {
    println!("{}", apply(Op::Div, 8, 2));
}
