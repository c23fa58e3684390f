// A struct in fresh heap memory with one field written and the other read.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Pair {
    a: u16,
    b: u16,
}

fn main() {
    unsafe {
        let p = alloc(Layout::new::<Pair>()) as *mut Pair;
        ptr::write(&mut (*p).a, 7);
        let a = (*p).a;
        let b = (*p).b; //~ UB uninit-read
        println!("{} {}", a, b);
        dealloc(p as *mut u8, Layout::new::<Pair>());
    }
}
