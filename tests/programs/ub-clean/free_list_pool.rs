// A fixed-block pool allocator with an intrusive free list threaded through
// the free blocks of one heap chunk.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

const BLOCK: usize = 16;
const COUNT: usize = 8;

struct Pool {
    chunk: *mut u8,
    free: *mut u8,
    in_use: usize,
}

impl Pool {
    fn new() -> Pool {
        unsafe {
            let chunk = alloc(Layout::from_size_align_unchecked(BLOCK * COUNT, 8));
            let mut free = ptr::null_mut();
            let mut i = COUNT;
            while i > 0 {
                i -= 1;
                let block = chunk.add(i * BLOCK);
                (block as *mut *mut u8).write(free);
                free = block;
            }
            Pool { chunk, free, in_use: 0 }
        }
    }

    fn get(&mut self) -> Option<*mut u64> {
        if self.free.is_null() {
            return None;
        }
        unsafe {
            let block = self.free;
            self.free = (block as *mut *mut u8).read();
            self.in_use += 1;
            Some(block as *mut u64)
        }
    }

    fn put(&mut self, p: *mut u64) {
        unsafe {
            let block = p as *mut u8;
            (block as *mut *mut u8).write(self.free);
            self.free = block;
        }
        self.in_use -= 1;
    }

    fn index_of(&self, p: *mut u64) -> isize {
        unsafe { (p as *mut u8).offset_from(self.chunk) / BLOCK as isize }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        println!("pool dropped with {} in use", self.in_use);
        unsafe { dealloc(self.chunk, Layout::from_size_align_unchecked(BLOCK * COUNT, 8)) };
    }
}

fn main() {
    let mut pool = Pool::new();
    let mut taken = [ptr::null_mut(); COUNT];
    for i in 0..COUNT {
        let p = pool.get().unwrap();
        unsafe { p.write(i as u64 * 100) };
        taken[i] = p;
    }
    println!("exhausted: {}", pool.get().is_none());
    pool.put(taken[3]);
    pool.put(taken[5]);
    let again = pool.get().unwrap();
    println!("reused block {}", pool.index_of(again));
    unsafe {
        again.write(7);
        println!("{} {}", *taken[4], *again);
    }
}
