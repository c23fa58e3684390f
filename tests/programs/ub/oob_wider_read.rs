// Reading a u64 through a pointer to a u32: four bytes past its end.
fn main() {
    let x: u32 = 0xdead_beef;
    let p = &x as *const u32 as *const u64;
    let wide = unsafe { p.read_unaligned() }; //~ UB out-of-bounds
    println!("{:x}", wide);
}
