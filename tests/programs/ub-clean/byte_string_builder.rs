// A growable byte string over `alloc`/`realloc`, appended to and printed
// as characters; its destructor frees the buffer.
use std::alloc::{alloc, dealloc, realloc, Layout};

struct Bytes {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

impl Bytes {
    fn new() -> Bytes {
        Bytes { ptr: unsafe { alloc(Layout::from_size_align_unchecked(2, 1)) }, len: 0, cap: 2 }
    }

    fn push(&mut self, b: u8) {
        if self.len == self.cap {
            let new_cap = self.cap * 2;
            unsafe {
                self.ptr = realloc(self.ptr, Layout::from_size_align_unchecked(self.cap, 1), new_cap);
            }
            self.cap = new_cap;
        }
        unsafe { *self.ptr.add(self.len) = b };
        self.len += 1;
    }

    fn push_number(&mut self, mut n: u32) {
        let mut digits = [0u8; 10];
        let mut k = 0;
        loop {
            digits[k] = b'0' + (n % 10) as u8;
            k += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while k > 0 {
            k -= 1;
            self.push(digits[k]);
        }
    }

    fn print(&self) {
        for i in 0..self.len {
            print!("{}", unsafe { *self.ptr.add(i) } as char);
        }
        println!(" ({} of {})", self.len, self.cap);
    }
}

impl Drop for Bytes {
    fn drop(&mut self) {
        unsafe { dealloc(self.ptr, Layout::from_size_align_unchecked(self.cap, 1)) };
    }
}

fn main() {
    let mut s = Bytes::new();
    for i in 0..12u32 {
        s.push_number(i * i);
        s.push(b',');
    }
    s.print();
    let mut t = Bytes::new();
    t.push(b'o');
    t.push(b'k');
    t.print();
}
