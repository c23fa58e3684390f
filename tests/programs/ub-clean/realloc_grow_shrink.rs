// `realloc` keeps the contents up to the smaller size when growing and
// shrinking; the final block is freed with its final layout.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    unsafe {
        let mut size = 4;
        let mut p = alloc(Layout::from_size_align_unchecked(size, 4)) as *mut u8;
        for i in 0..size {
            *p.add(i) = i as u8;
        }
        for _ in 0..4 {
            let new_size = size * 3;
            p = realloc(p, Layout::from_size_align_unchecked(size, 4), new_size);
            for i in size..new_size {
                *p.add(i) = (i % 251) as u8;
            }
            size = new_size;
        }
        let mut sum = 0u32;
        for i in 0..size {
            sum += *p.add(i) as u32;
        }
        println!("size {} sum {}", size, sum);
        p = realloc(p, Layout::from_size_align_unchecked(size, 4), 10);
        size = 10;
        for i in 0..size {
            print!("{} ", *p.add(i));
        }
        println!();
        dealloc(p, Layout::from_size_align_unchecked(size, 4));
    }
}
