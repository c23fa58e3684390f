// `ptr::copy` with overlapping ranges in both directions, and
// `copy_nonoverlapping` between separate buffers.
use std::ptr;

fn show(a: &[i32; 8]) {
    for i in 0..8 {
        print!("{} ", a[i]);
    }
    println!();
}

fn main() {
    let mut a = [1, 2, 3, 4, 5, 6, 7, 8];
    let p = a.as_mut_ptr();
    unsafe { ptr::copy(p, p.add(2), 5) };
    show(&a);
    let mut b = [1, 2, 3, 4, 5, 6, 7, 8];
    let q = b.as_mut_ptr();
    unsafe { ptr::copy(q.add(3), q, 5) };
    show(&b);
    let mut c = [0; 8];
    unsafe { ptr::copy_nonoverlapping(a.as_ptr(), c.as_mut_ptr().add(4), 4) };
    show(&c);
    unsafe {
        c.as_mut_ptr().copy_from(b.as_ptr(), 2);
        b.as_ptr().add(6).copy_to_nonoverlapping(c.as_mut_ptr().add(2), 2);
    }
    show(&c);
    unsafe { ptr::copy(p, p, 0) };
    show(&a);
}
