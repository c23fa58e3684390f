// A panic ends the program with exit code 101; the heap block still live
// at that point is not reported as a leak.
use std::alloc::{alloc, Layout};

fn checked_div(a: u32, b: u32) -> u32 {
    if b == 0 {
        panic!("division of {} by zero", a);
    }
    a / b
}

fn main() {
    let p = unsafe { alloc(Layout::new::<[u32; 2]>()) as *mut u32 };
    unsafe {
        p.write(10);
        p.add(1).write(0);
        println!("{}", checked_div(*p, 5));
        println!("{}", checked_div(*p, *p.add(1)));
    }
}
