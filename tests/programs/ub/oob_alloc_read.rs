// Reading one element past the end of a heap array.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    unsafe {
        let layout = Layout::from_size_align_unchecked(4 * 4, 4);
        let p = alloc(layout) as *mut u32;
        for i in 0..4 {
            *p.add(i) = i as u32 * 3;
        }
        let mut sum = 0;
        for i in 0..=4 {
            sum += *p.add(i); //~ UB out-of-bounds
        }
        println!("{}", sum);
        dealloc(p as *mut u8, layout);
    }
}
