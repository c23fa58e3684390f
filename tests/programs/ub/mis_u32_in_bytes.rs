// Reading a u32 from an odd offset of a byte buffer.
fn main() {
    let bytes = [0u8, 1, 0, 0, 0, 2, 0, 0];
    let p = &bytes as *const [u8; 8] as *const u8;
    let first = unsafe { *(p as *const u32) };
    println!("{}", first);
    let odd = unsafe { *(p.add(1) as *const u32) }; //~ UB misaligned
    println!("{}", odd);
}
