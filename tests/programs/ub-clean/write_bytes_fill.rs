// `write_bytes` over stack arrays, heap blocks and structs.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let mut words = [0u32; 4];
    unsafe { ptr::write_bytes(words.as_mut_ptr().add(1), 0x11, 2) };
    println!("{:x} {:x} {:x} {:x}", words[0], words[1], words[2], words[3]);

    let mut c = Rgb { r: 1, g: 2, b: 3 };
    unsafe { ptr::write_bytes(&mut c as *mut Rgb, 0xff, 1) };
    println!("{} {} {}", c.r, c.g, c.b);

    unsafe {
        let layout = Layout::from_size_align_unchecked(64, 8);
        let p = alloc(layout);
        p.write_bytes(0, 64);
        p.add(8).write_bytes(1, 8);
        let q = p as *const u64;
        println!("{} {:x} {}", *q, *q.add(1), *q.add(7));
        dealloc(p, layout);
    }
}
