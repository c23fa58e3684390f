// `write_bytes` past the end of a heap block.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

fn main() {
    unsafe {
        let layout = Layout::from_size_align_unchecked(10, 1);
        let p = alloc(layout);
        ptr::write_bytes(p, 0xAB, 10);
        println!("{}", *p.add(9));
        ptr::write_bytes(p.add(5), 0, 6); //~ UB out-of-bounds
        dealloc(p, layout);
    }
}
