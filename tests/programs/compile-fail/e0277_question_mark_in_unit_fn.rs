// `?` used in functions whose return type cannot absorb the error.

use std::num::ParseIntError;

fn parse(text: &str) -> Result<i32, ParseIntError> {
    text.trim().parse::<i32>()
}

fn report(text: &str) {
    let n = parse(text)?; //~ ERROR E0277
    println!("{}", n);
}

fn first_char(words: &[&str]) -> usize {
    let w = words.first()?; //~ ERROR E0277
    w.len()
}

fn main() {
    report("12");
    println!("{}", first_char(&["ab"]));
}
