// `NonNull::dangling` is only an aligned address, not an allocation.
use std::ptr::NonNull;

fn main() {
    let d: NonNull<u64> = NonNull::dangling();
    println!("{}", d.as_ptr().is_null());
    let v = unsafe { *d.as_ptr() }; //~ UB no-provenance
    println!("{}", v);
}
