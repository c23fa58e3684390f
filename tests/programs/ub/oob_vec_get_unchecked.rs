// A hand-written vector whose unchecked accessor is called with `len`.
use std::alloc::{alloc, dealloc, Layout};

struct FixedVec {
    ptr: *mut i64,
    cap: usize,
    len: usize,
}

impl FixedVec {
    fn with_capacity(cap: usize) -> FixedVec {
        let ptr = unsafe { alloc(Layout::from_size_align_unchecked(cap * 8, 8)) as *mut i64 };
        FixedVec { ptr, cap, len: 0 }
    }

    fn push(&mut self, v: i64) {
        assert!(self.len < self.cap);
        unsafe { self.ptr.add(self.len).write(v) };
        self.len += 1;
    }

    unsafe fn get_unchecked(&self, i: usize) -> i64 {
        *self.ptr.add(i) //~ UB out-of-bounds
    }
}

impl Drop for FixedVec {
    fn drop(&mut self) {
        unsafe { dealloc(self.ptr as *mut u8, Layout::from_size_align_unchecked(self.cap * 8, 8)) }
    }
}

fn main() {
    let mut v = FixedVec::with_capacity(3);
    v.push(1);
    v.push(2);
    v.push(3);
    let last = unsafe { v.get_unchecked(v.len - 1) };
    println!("last = {}", last);
    let past = unsafe { v.get_unchecked(v.len) };
    println!("past = {}", past);
}
