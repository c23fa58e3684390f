// `ptr::write` into an array allocation that was already freed.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

fn main() {
    let layout = Layout::array::<u64>(4).unwrap();
    unsafe {
        let p = alloc(layout) as *mut u64;
        for i in 0..4 {
            ptr::write(p.add(i), i as u64 * 10);
        }
        println!("{}", ptr::read(p.add(3)));
        dealloc(p as *mut u8, layout);
        ptr::write(p.add(2), 99); //~ UB use-after-free
    }
}
