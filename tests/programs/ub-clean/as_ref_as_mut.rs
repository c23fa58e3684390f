// `as_ref`/`as_mut` on raw pointers: `None` for null, a reference otherwise.
use std::ptr;

struct Counter {
    n: u32,
}

fn bump(p: *mut Counter) -> bool {
    match unsafe { p.as_mut() } {
        Some(c) => {
            c.n += 1;
            true
        }
        None => false,
    }
}

fn peek(p: *const Counter) -> u32 {
    match unsafe { p.as_ref() } {
        Some(c) => c.n,
        None => 0,
    }
}

fn main() {
    let mut c = Counter { n: 41 };
    let p: *mut Counter = &mut c;
    println!("{} {}", bump(p), bump(ptr::null_mut()));
    println!("{} {}", peek(p), peek(ptr::null()));
    println!("{}", p.is_null());
    let q = p.cast::<u32>();
    unsafe { *q += 100 };
    println!("{}", c.n);
}
