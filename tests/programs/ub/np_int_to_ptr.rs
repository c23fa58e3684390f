// Dereferencing an address that was made up as an integer.
fn main() {
    let addr: usize = 0x2000;
    let p = addr as *const u32;
    let v = unsafe { *p }; //~ UB no-provenance
    println!("{}", v);
}
