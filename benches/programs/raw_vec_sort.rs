// Memory-checker workload: a hand-written growable buffer over
// alloc/realloc, filled, insertion-sorted in place through raw pointers,
// and freed.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    let mut cap = 4;
    let mut len = 0;
    let mut p = unsafe { alloc(Layout::array::<u32>(cap).unwrap()) as *mut u32 };
    let mut x: u32 = 12345;
    for _ in 0..1500 {
        if len == cap {
            let old = Layout::array::<u32>(cap).unwrap();
            cap *= 2;
            p = unsafe { realloc(p as *mut u8, old, cap * 4) as *mut u32 };
        }
        x = x.wrapping_mul(1103515245).wrapping_add(12345);
        unsafe { p.add(len).write(x >> 16) };
        len += 1;
    }
    for i in 1..len {
        unsafe {
            let v = p.add(i).read();
            let mut j = i;
            while j > 0 && p.add(j - 1).read() > v {
                p.add(j).write(p.add(j - 1).read());
                j -= 1;
            }
            p.add(j).write(v);
        }
    }
    let mut check: u64 = 0;
    for i in 0..len {
        check = check.wrapping_mul(31).wrapping_add(unsafe { *p.add(i) } as u64);
    }
    println!("{} {} {}", unsafe { *p }, unsafe { *p.add(len - 1) }, check);
    unsafe { dealloc(p as *mut u8, Layout::array::<u32>(cap).unwrap()) };
}
