// `realloc` already released the old block; freeing it again is a double free.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    unsafe {
        let small = Layout::from_size_align_unchecked(8, 8);
        let p = alloc(small);
        let q = realloc(p, small, 128);
        q.write_bytes(0, 128);
        println!("{}", *q.add(100));
        dealloc(q, Layout::from_size_align_unchecked(128, 8));
        dealloc(p, small); //~ UB double-free
    }
}
