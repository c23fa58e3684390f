// Calling an `unsafe fn` (library, user, method, intrinsic) outside an
// `unsafe` block or function.
use std::alloc::{alloc, Layout};
use std::mem;
use std::ptr;

unsafe fn mine(p: *const u8) -> u8 {
    *p
}

struct S;

impl S {
    unsafe fn danger(&self) -> u32 {
        1
    }
}

fn main() {
    let x = 5u8;
    let p = &x as *const u8;
    let a = ptr::read(p); //~ ERROR E0133
    let b = mine(p); //~ ERROR E0133
    let c = p.add(0); //~ ERROR E0133
    let d = S.danger(); //~ ERROR E0133
    let e: u8 = mem::transmute(x); //~ ERROR E0133
    let f = alloc(Layout::new::<u8>()); //~ ERROR E0133
    let g = <*const u8>::add(p, 0); //~ ERROR E0133
    let h = p.wrapping_add(1);
    let i = unsafe { mine(h) };
}
