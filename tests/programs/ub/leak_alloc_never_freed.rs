// A heap block allocated and never freed.
use std::alloc::{alloc, Layout};

fn main() {
    unsafe {
        let p = alloc(Layout::new::<[u64; 4]>()) as *mut u64; //~ UB memory-leak
        p.write(1);
        println!("{}", *p);
    }
}
