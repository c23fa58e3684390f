// `dealloc` with the right size but a different alignment.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let p = alloc(Layout::from_size_align_unchecked(16, 8));
        *p = 1;
        println!("{}", *p);
        dealloc(p, Layout::from_size_align_unchecked(16, 4)); //~ UB invalid-free
    }
}
