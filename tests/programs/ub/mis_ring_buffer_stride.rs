// A hand-written ring buffer of u32 that computes slot addresses in bytes
// but forgets to multiply by the element size.
use std::alloc::{alloc, dealloc, Layout};

struct Ring {
    buf: *mut u8,
    cap: usize,
    head: usize,
}

impl Ring {
    fn new(cap: usize) -> Ring {
        let buf = unsafe { alloc(Layout::from_size_align_unchecked(cap * 4, 4)) };
        Ring { buf, cap, head: 0 }
    }

    fn slot(&self, i: usize) -> *mut u32 {
        unsafe { self.buf.add(i % self.cap) as *mut u32 }
    }

    fn push(&mut self, v: u32) {
        unsafe { self.slot(self.head).write(v) }; //~ UB misaligned
        self.head += 1;
    }
}

impl Drop for Ring {
    fn drop(&mut self) {
        unsafe { dealloc(self.buf, Layout::from_size_align_unchecked(self.cap * 4, 4)) }
    }
}

fn main() {
    let mut r = Ring::new(4);
    r.push(10);
    println!("pushed one");
    r.push(20);
    println!("pushed two");
}
