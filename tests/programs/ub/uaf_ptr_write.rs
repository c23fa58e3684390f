// `ptr::write` into an array allocation that was already freed.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

fn main() {
    let layout = lay(Layout::array::<u64>(4));
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

fn lay(l: Result<Layout, std::alloc::LayoutError>) -> Layout {
    match l {
        Ok(l) => l,
        Err(_) => panic!("invalid layout"),
    }
}
