// Integers cannot be cast to bool; compare against zero instead.

fn main() {
    let flags: u8 = 0b101;
    let low_bit = (flags & 1) as bool; //~ ERROR E0054
    let high = flags > 4;
    println!("{} {}", low_bit, high);
}
