// Freeing a pointer into a static.
use std::alloc::{dealloc, Layout};

static TABLE: [u32; 4] = [1, 2, 3, 4];

fn main() {
    let p = &TABLE as *const [u32; 4] as *mut u8;
    println!("{}", TABLE[2]);
    unsafe { dealloc(p, Layout::new::<[u32; 4]>()) }; //~ UB invalid-free
}
