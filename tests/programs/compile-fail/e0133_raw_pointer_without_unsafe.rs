// Dereferencing a raw pointer and touching a static mut outside an unsafe block.

static mut COUNTER: u32 = 0;

fn bump() {
    COUNTER += 1; //~ ERROR E0133
}

fn main() {
    let mut v = 5;
    let p = &mut v as *mut i32;
    *p = 6; //~ ERROR E0133
    bump();
    println!("{}", v);
}
