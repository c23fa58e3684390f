// Reading through a null pointer.
use std::ptr;

fn first(p: *const i32) -> i32 {
    unsafe { ptr::read(p) } //~ UB no-provenance
}

fn main() {
    let x = 3;
    println!("{}", first(&x));
    println!("{}", first(ptr::null()));
}
