// `process::exit` ends the program where it stands: memory still owned by
// live frames is not a leak, so nothing is reported.
use std::alloc::{alloc, Layout};
use std::process;

fn main() {
    let p = unsafe { alloc(Layout::new::<u64>()) as *mut u64 };
    unsafe { p.write(5) };
    println!("value {}", unsafe { *p });
    process::exit(3);
}
