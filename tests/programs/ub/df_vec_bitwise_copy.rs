// A hand-written vector duplicated with `ptr::read`: both copies own the
// buffer, so the second destructor frees it again.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Buf {
    ptr: *mut u32,
    len: usize,
}

impl Buf {
    fn filled(len: usize, v: u32) -> Buf {
        let ptr = unsafe { alloc(Layout::from_size_align_unchecked(len * 4, 4)) as *mut u32 };
        for i in 0..len {
            unsafe { ptr.add(i).write(v) };
        }
        Buf { ptr, len }
    }

    fn sum(&self) -> u32 {
        let mut s = 0;
        for i in 0..self.len {
            s += unsafe { *self.ptr.add(i) };
        }
        s
    }
}

impl Drop for Buf {
    fn drop(&mut self) {
        println!("dropping a buffer of {}", self.len);
        unsafe { dealloc(self.ptr as *mut u8, Layout::from_size_align_unchecked(self.len * 4, 4)) } //~ UB double-free
    }
}

fn main() {
    let a = Buf::filled(3, 5);
    let b = unsafe { ptr::read(&a) };
    println!("{} {}", a.sum(), b.sum());
}
