// The block is freed in one function and read in another: the report
// shows where it was allocated, where it was freed, and the call chain.
use std::alloc::{alloc, dealloc, Layout};

unsafe fn make(v: i64) -> *mut i64 {
    let p = alloc(Layout::new::<i64>()) as *mut i64;
    p.write(v);
    p
}

unsafe fn release(p: *mut i64) {
    dealloc(p as *mut u8, Layout::new::<i64>());
}

unsafe fn show(p: *const i64) -> i64 {
    p.read() //~ UB use-after-free
}

fn main() {
    unsafe {
        let p = make(7);
        println!("{}", show(p));
        release(p);
        println!("{}", show(p));
    }
}
