// Writing through `ptr::null_mut()`.
use std::ptr;

struct Slot {
    target: *mut u8,
}

impl Slot {
    fn store(&self, v: u8) {
        unsafe { self.target.write(v) } //~ UB no-provenance
    }
}

fn main() {
    let mut x = 0u8;
    let good = Slot { target: &mut x };
    good.store(5);
    println!("{}", x);
    let bad = Slot { target: ptr::null_mut() };
    bad.store(6);
}
