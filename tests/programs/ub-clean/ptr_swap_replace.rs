// `ptr::swap`, `ptr::replace`, `ptr::read`/`write` and the pointer methods
// of the same names on stack values and heap blocks.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut a = Point { x: 1, y: 2 };
    let mut b = Point { x: 10, y: 20 };
    unsafe { ptr::swap(&mut a, &mut b) };
    println!("{} {} / {} {}", a.x, a.y, b.x, b.y);
    let old = unsafe { ptr::replace(&mut a, Point { x: 7, y: 8 }) };
    println!("old {} {} new {} {}", old.x, old.y, a.x, a.y);

    let mut arr = [1u8, 2, 3, 4, 5];
    let p = &mut arr as *mut [u8; 5] as *mut u8;
    unsafe {
        p.swap(p.add(4));
        p.add(1).swap(p.add(3));
        let mid = p.add(2).replace(30);
        println!("mid was {}", mid);
    }
    println!("{} {} {} {} {}", arr[0], arr[1], arr[2], arr[3], arr[4]);

    unsafe {
        let h = alloc(Layout::new::<[u32; 2]>()) as *mut u32;
        h.write(100);
        h.add(1).write(200);
        ptr::swap(h, h.add(1));
        println!("{} {}", h.read(), ptr::read(h.add(1)));
        ptr::swap(h, h);
        println!("{}", *h);
        dealloc(h as *mut u8, Layout::new::<[u32; 2]>());
    }
}
