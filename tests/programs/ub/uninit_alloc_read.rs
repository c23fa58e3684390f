// `alloc` returns uninitialised memory; reading it before writing is UB.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let layout = Layout::new::<u64>();
        let p = alloc(layout) as *mut u64;
        let v = *p; //~ UB uninit-read
        println!("{}", v);
        dealloc(p as *mut u8, layout);
    }
}
