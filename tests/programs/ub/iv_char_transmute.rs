// A surrogate code point transmuted into a `char`.
use std::mem;

fn main() {
    let ok: char = unsafe { mem::transmute(0x41u32) };
    println!("{}", ok);
    let code: u32 = 0xD800;
    let c: char = unsafe { mem::transmute(code) }; //~ UB invalid-value
    println!("{}", c as u32);
}
