// Writing a u64 through a pointer 4 bytes into an 8-aligned heap block.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let layout = Layout::from_size_align_unchecked(24, 8);
        let p = alloc(layout);
        (p as *mut u64).write(1);
        println!("{}", *(p as *const u64));
        let q = p.add(4) as *mut u64;
        q.write(2); //~ UB misaligned
        dealloc(p, layout);
    }
}
