// Only u8 can be cast to char with `as`; wider integers need char::from_u32.

fn shift(c: char, k: u32) -> char {
    let code = c as u32 + k;
    code as char //~ ERROR E0604
}

fn main() {
    let ok = 65u8 as char;
    println!("{} {}", ok, shift('a', 2));
}
