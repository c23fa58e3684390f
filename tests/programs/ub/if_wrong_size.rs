// `dealloc` with a layout whose size differs from the allocation's.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let p = alloc(Layout::new::<[u32; 4]>()) as *mut u32;
        p.write(1);
        println!("{}", *p);
        dealloc(p as *mut u8, Layout::new::<[u32; 2]>()); //~ UB invalid-free
    }
}
