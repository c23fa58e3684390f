// A hand-written vector with a `set_len` that exposes slots never written.
use std::alloc::{alloc, dealloc, Layout};

struct RawVec {
    ptr: *mut u32,
    cap: usize,
    len: usize,
}

impl RawVec {
    fn with_capacity(cap: usize) -> RawVec {
        let ptr = unsafe { alloc(Layout::from_size_align_unchecked(cap * 4, 4)) as *mut u32 };
        RawVec { ptr, cap, len: 0 }
    }

    fn push(&mut self, v: u32) {
        unsafe { self.ptr.add(self.len).write(v) };
        self.len += 1;
    }

    unsafe fn set_len(&mut self, len: usize) {
        self.len = len;
    }

    fn sum(&self) -> u32 {
        let mut s = 0;
        for i in 0..self.len {
            s += unsafe { self.ptr.add(i).read() }; //~ UB uninit-read
        }
        s
    }
}

impl Drop for RawVec {
    fn drop(&mut self) {
        unsafe { dealloc(self.ptr as *mut u8, Layout::from_size_align_unchecked(self.cap * 4, 4)) }
    }
}

fn main() {
    let mut v = RawVec::with_capacity(8);
    v.push(1);
    v.push(2);
    println!("{}", v.sum());
    unsafe { v.set_len(4) };
    println!("{}", v.sum());
}
