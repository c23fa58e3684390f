// Each loop iteration has a fresh local; the pointer kept from the previous
// iteration is dangling.
fn main() {
    let mut prev: *const u32 = std::ptr::null();
    for i in 0..3u32 {
        let current = i * 100;
        if !prev.is_null() {
            println!("{}", unsafe { *prev }); //~ UB dangling-stack
        }
        prev = &current;
    }
}
