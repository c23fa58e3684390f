// Freeing memory that the allocator never handed out: a stack variable.
use std::alloc::{dealloc, Layout};

fn main() {
    let mut x: u64 = 17;
    let p = &mut x as *mut u64;
    unsafe {
        *p += 1;
        println!("{}", *p);
        dealloc(p as *mut u8, Layout::new::<u64>()); //~ UB invalid-free
    }
}
