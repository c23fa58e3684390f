// The bytes `realloc` adds at the end are uninitialised.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    unsafe {
        let l2 = Layout::from_size_align_unchecked(2 * 4, 4);
        let p = alloc(l2) as *mut i32;
        p.write(-1);
        p.add(1).write(-2);
        let q = realloc(p as *mut u8, l2, 4 * 4) as *mut i32;
        println!("{} {}", *q, *q.add(1));
        println!("{}", *q.add(2)); //~ UB uninit-read
        dealloc(q as *mut u8, Layout::from_size_align_unchecked(4 * 4, 4));
    }
}
