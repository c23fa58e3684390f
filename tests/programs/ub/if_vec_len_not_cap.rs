// A hand-written vector whose destructor frees with `len` instead of `cap`.
use std::alloc::{alloc, dealloc, Layout};

struct SmallVec {
    ptr: *mut u8,
    cap: usize,
    len: usize,
}

impl SmallVec {
    fn new(cap: usize) -> SmallVec {
        let ptr = unsafe { alloc(Layout::from_size_align_unchecked(cap, 1)) };
        SmallVec { ptr, cap, len: 0 }
    }

    fn push(&mut self, b: u8) {
        assert!(self.len < self.cap);
        unsafe { *self.ptr.add(self.len) = b };
        self.len += 1;
    }
}

impl Drop for SmallVec {
    fn drop(&mut self) {
        unsafe { dealloc(self.ptr, Layout::from_size_align_unchecked(self.len, 1)) } //~ UB invalid-free
    }
}

fn main() {
    let mut v = SmallVec::new(16);
    let word = [104u8, 101, 108, 108, 111];
    for i in 0..word.len() {
        v.push(word[i]);
    }
    println!("{} of {}", v.len, v.cap);
}
