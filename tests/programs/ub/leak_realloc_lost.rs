// The result of `realloc` is dropped on the floor; the new block leaks.
use std::alloc::{alloc, realloc, Layout};

fn grow(p: *mut u8, old: Layout) {
    unsafe {
        let q = realloc(p, old, old.size() * 2); //~ UB memory-leak
        *q = 1;
    }
}

fn main() {
    unsafe {
        let l = Layout::from_size_align_unchecked(16, 8);
        let p = alloc(l);
        *p = 9;
        println!("{}", *p);
        grow(p, l);
        println!("grown");
    }
}
