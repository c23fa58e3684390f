// `ptr::read` requires alignment even when the bytes are in bounds.
use std::ptr;

fn main() {
    let data: [u16; 3] = [0x0102, 0x0304, 0x0506];
    let base = &data as *const [u16; 3] as *const u8;
    let v = unsafe { ptr::read(base.add(1) as *const u16) }; //~ UB misaligned
    println!("{:x}", v);
}
