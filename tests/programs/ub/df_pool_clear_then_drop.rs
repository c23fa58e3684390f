// A hand-written pool of boxed-by-hand values: `clear` frees every block
// but forgets to reset the count, so the destructor frees them again.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Pool {
    items: [*mut i32; 8],
    count: usize,
}

impl Pool {
    fn new() -> Pool {
        Pool { items: [ptr::null_mut(); 8], count: 0 }
    }

    fn add(&mut self, v: i32) -> *mut i32 {
        let p = unsafe { alloc(Layout::new::<i32>()) as *mut i32 };
        unsafe { p.write(v) };
        self.items[self.count] = p;
        self.count += 1;
        p
    }

    fn release_all(&mut self) {
        for i in 0..self.count {
            unsafe { dealloc(self.items[i] as *mut u8, Layout::new::<i32>()) }; //~ UB double-free
        }
    }

    fn clear(&mut self) {
        self.release_all();
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.release_all();
    }
}

fn main() {
    let mut pool = Pool::new();
    let mut total = 0;
    for i in 1..=4 {
        let p = pool.add(i * 10);
        total += unsafe { *p };
    }
    println!("total = {}", total);
    pool.clear();
    println!("cleared");
}
