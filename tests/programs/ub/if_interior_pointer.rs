// Freeing through a pointer to the middle of a block.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let layout = Layout::from_size_align_unchecked(32, 8);
        let p = alloc(layout) as *mut u64;
        for i in 0..4 {
            p.add(i).write(i as u64);
        }
        let second = p.add(1);
        println!("{}", *second);
        dealloc(second as *mut u8, layout); //~ UB invalid-free
    }
}
