// Reading a heap block through a raw pointer after `dealloc`.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let layout = Layout::new::<u32>();
        let p = alloc(layout) as *mut u32;
        *p = 5;
        println!("{}", *p);
        dealloc(p as *mut u8, layout);
        let x = *p; //~ UB use-after-free
        println!("{}", x);
    }
}
