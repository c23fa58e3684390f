// Unary minus is not defined for unsigned integers, and `!` is not defined for floats.

fn main() {
    let distance: u32 = 40;
    let back = -distance; //~ ERROR E0600
    let level = 0.5f64;
    let inverted = !level; //~ ERROR E0600
    println!("{} {}", back, inverted);
}
