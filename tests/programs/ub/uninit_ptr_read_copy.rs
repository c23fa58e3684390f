// `ptr::copy` moves uninitialised bytes along; `ptr::read` of them is UB.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

fn main() {
    unsafe {
        let layout = Layout::from_size_align_unchecked(16, 8);
        let src = alloc(layout) as *mut u64;
        let dst = alloc(layout) as *mut u64;
        src.write(11);
        ptr::copy(src, dst, 2);
        println!("{}", ptr::read(dst));
        println!("{}", ptr::read(dst.add(1))); //~ UB uninit-read
        dealloc(src as *mut u8, layout);
        dealloc(dst as *mut u8, layout);
    }
}
