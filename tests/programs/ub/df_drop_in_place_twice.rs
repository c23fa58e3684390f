// `ptr::drop_in_place` run twice on the same value: its destructor frees
// the heap block it owns a second time.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Owner {
    data: *mut u64,
}

impl Owner {
    fn new(v: u64) -> Owner {
        unsafe {
            let data = alloc(Layout::new::<u64>()) as *mut u64;
            *data = v;
            Owner { data }
        }
    }
}

impl Drop for Owner {
    fn drop(&mut self) {
        unsafe {
            dealloc(self.data as *mut u8, Layout::new::<u64>()); //~ UB double-free
        }
    }
}

fn main() {
    let mut slot = Owner::new(42);
    println!("{}", unsafe { *slot.data });
    unsafe {
        ptr::drop_in_place(&mut slot);
        ptr::drop_in_place(&mut slot);
        std::mem::forget(slot);
    }
}
