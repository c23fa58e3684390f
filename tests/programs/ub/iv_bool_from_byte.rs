// Loading a bool whose byte is neither 0 nor 1.
fn main() {
    let byte: u8 = 2;
    let p = &byte as *const u8 as *const bool;
    let b = unsafe { *p }; //~ UB invalid-value
    if b {
        println!("true");
    }
}
