// A hand-written linked list that stores `next` as a plain integer with a
// tag bit and rebuilds the pointer from a constant, not from a pointer.
use std::alloc::{alloc, dealloc, Layout};

struct Node {
    value: u32,
    next: usize,
}

fn main() {
    unsafe {
        let a = alloc(Layout::new::<Node>()) as *mut Node;
        a.write(Node { value: 1, next: 0 });
        println!("{}", (*a).value);
        let guessed = 0x10_0000usize;
        (*a).next = guessed | 1;
        let next = ((*a).next & !1) as *const Node;
        println!("{}", (*next).value); //~ UB no-provenance
        dealloc(a as *mut u8, Layout::new::<Node>());
    }
}
