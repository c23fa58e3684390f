// A struct literal that omits a field, and one that names a field that does not exist.

struct Color {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let red = Color { r: 255, g: 0 }; //~ ERROR E0063
    let blue = Color { r: 0, g: 0, b: 255, alpha: 1 }; //~ ERROR E0560
    println!("{} {}", red.r, blue.b);
}
