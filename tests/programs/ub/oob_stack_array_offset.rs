// Pointer arithmetic that leaves a stack array (more than one past the end).
fn main() {
    let a = [10u8, 20, 30];
    let p = a.as_ptr_range_start();
    let v = unsafe { *p.add(5) }; //~ UB out-of-bounds
    println!("{}", v);
}

trait Start {
    fn as_ptr_range_start(&self) -> *const u8;
}

impl Start for [u8; 3] {
    fn as_ptr_range_start(&self) -> *const u8 {
        self as *const [u8; 3] as *const u8
    }
}
