// `read_unaligned`/`write_unaligned` at odd offsets of a byte buffer are
// fine; aligned accesses at aligned offsets too.
fn main() {
    let mut buf = [0u8; 16];
    let p = buf.as_mut_ptr();
    unsafe {
        (p.add(1) as *mut u32).write_unaligned(0xAABBCCDD);
        (p.add(7) as *mut u64).write_unaligned(0x0102030405060708);
        println!("{:x}", (p.add(1) as *const u32).read_unaligned());
        println!("{:x}", (p.add(7) as *const u64).read_unaligned());
    }
    for i in 0..16 {
        print!("{:02x}", buf[i]);
    }
    println!();
    let words = [0u32; 3];
    let w = words.as_ptr() as *const u8;
    println!("{}", unsafe { *(w.add(4) as *const u32) });
}
