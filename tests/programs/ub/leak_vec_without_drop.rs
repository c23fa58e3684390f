// A hand-written vector with no destructor leaks its buffer.
use std::alloc::{alloc, Layout};

struct LeakyVec {
    ptr: *mut u32,
    len: usize,
}

impl LeakyVec {
    fn from_range(n: usize) -> LeakyVec {
        let ptr = unsafe { alloc(Layout::from_size_align_unchecked(n * 4, 4)) as *mut u32 }; //~ UB memory-leak
        for i in 0..n {
            unsafe { ptr.add(i).write(i as u32) };
        }
        LeakyVec { ptr, len: n }
    }
}

fn main() {
    let v = LeakyVec::from_range(10);
    println!("{}", unsafe { *v.ptr.add(v.len - 1) });
}
