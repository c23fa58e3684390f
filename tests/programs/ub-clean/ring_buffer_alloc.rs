// A fixed-capacity ring buffer over one heap block, with wrap-around,
// overwrite of the oldest element and a destructor that drops what is left.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Ring<T> {
    buf: *mut T,
    cap: usize,
    start: usize,
    len: usize,
}

impl<T> Ring<T> {
    fn layout(cap: usize) -> Layout {
        match Layout::array::<T>(cap) {
            Ok(l) => l,
            Err(_) => panic!("too big"),
        }
    }

    fn new(cap: usize) -> Ring<T> {
        Ring { buf: unsafe { alloc(Ring::<T>::layout(cap)) as *mut T }, cap, start: 0, len: 0 }
    }

    fn slot(&self, i: usize) -> *mut T {
        unsafe { self.buf.add((self.start + i) % self.cap) }
    }

    fn push(&mut self, v: T) -> Option<T> {
        if self.len == self.cap {
            let old = unsafe { ptr::replace(self.slot(0), v) };
            self.start = (self.start + 1) % self.cap;
            Some(old)
        } else {
            unsafe { self.slot(self.len).write(v) };
            self.len += 1;
            None
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = unsafe { self.slot(0).read() };
        self.start = (self.start + 1) % self.cap;
        self.len -= 1;
        Some(v)
    }
}

impl<T> Drop for Ring<T> {
    fn drop(&mut self) {
        while self.pop().is_some() {}
        unsafe { dealloc(self.buf as *mut u8, Ring::<T>::layout(self.cap)) };
    }
}

struct Tracked(u32);

impl Drop for Tracked {
    fn drop(&mut self) {
        println!("dropped {}", self.0);
    }
}

fn main() {
    let mut r: Ring<u32> = Ring::new(4);
    for i in 1..=6 {
        match r.push(i * 10) {
            Some(old) => println!("push {} evicts {}", i * 10, old),
            None => println!("push {}", i * 10),
        }
    }
    while let Some(v) = r.pop() {
        print!("{} ", v);
    }
    println!();
    let mut t = Ring::new(2);
    t.push(Tracked(1));
    t.push(Tracked(2));
    if let Some(old) = t.push(Tracked(3)) {
        println!("evicted {}", old.0);
    }
    println!("leaving main");
}
