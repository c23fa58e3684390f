// A statement is missing its terminating semicolon.

fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let width = 12 //~ ERROR expected
    let height = 7;
    println!("area = {}", area(width, height));
}
