// A tiny shell dispatching commands; an unimplemented command panics with a message.

enum Command {
    Echo(i32),
    Add(i32, i32),
    Mul(i32, i32),
    Pow(i32, u32),
    Sqrt(i32),
}

fn run(c: &Command) -> i32 {
    match c {
        Command::Echo(v) => *v,
        Command::Add(a, b) => *a + *b,
        Command::Mul(a, b) => *a * *b,
        Command::Pow(a, e) => a.pow(*e),
        Command::Sqrt(v) => unimplemented!("square root of {} is not supported yet", v),
    }
}

fn main() {
    let script = [
        Command::Echo(7),
        Command::Add(2, 40),
        Command::Mul(-6, 7),
        Command::Pow(3, 4),
        Command::Sqrt(81),
        Command::Echo(0),
    ];
    for i in 0..script.len() {
        println!("command {} -> {}", i, run(&script[i]));
    }
}
