// A hand-written growable array: a pointer to an element taken before a
// push that reallocates is used after the buffer moved.
use std::alloc::{alloc, dealloc, realloc, Layout};
use std::ptr;

struct MyVec {
    ptr: *mut i32,
    cap: usize,
    len: usize,
}

impl MyVec {
    fn new() -> MyVec {
        MyVec { ptr: ptr::null_mut(), cap: 0, len: 0 }
    }

    fn push(&mut self, v: i32) {
        if self.len == self.cap {
            let new_cap = if self.cap == 0 { 2 } else { self.cap * 2 };
            let new_layout = Layout::array::<i32>(new_cap).unwrap();
            unsafe {
                self.ptr = if self.cap == 0 {
                    alloc(new_layout) as *mut i32
                } else {
                    let old = Layout::array::<i32>(self.cap).unwrap();
                    realloc(self.ptr as *mut u8, old, new_layout.size()) as *mut i32
                };
            }
            self.cap = new_cap;
        }
        unsafe { self.ptr.add(self.len).write(v) };
        self.len += 1;
    }

    fn first_ptr(&self) -> *const i32 {
        self.ptr
    }
}

impl Drop for MyVec {
    fn drop(&mut self) {
        if self.cap > 0 {
            unsafe { dealloc(self.ptr as *mut u8, Layout::array::<i32>(self.cap).unwrap()) }
        }
    }
}

fn main() {
    let mut v = MyVec::new();
    v.push(1);
    v.push(2);
    let first = v.first_ptr();
    println!("first = {}", unsafe { *first });
    v.push(3);
    println!("first = {}", unsafe { *first }); //~ UB use-after-free
}
