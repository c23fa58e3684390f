// `ptr::copy_nonoverlapping` told to copy more elements than the
// destination holds.
use std::ptr;

fn main() {
    let src = [1u16, 2, 3, 4, 5, 6];
    let mut dst = [0u16; 4];
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), 6); //~ UB out-of-bounds
    }
    println!("{}", dst[3]);
}
