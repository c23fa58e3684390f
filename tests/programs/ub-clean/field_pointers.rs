// Raw pointers to fields of live locals and heap structs, written and read
// while their targets are alive.
use std::alloc::{alloc, dealloc, Layout};

struct Rec {
    id: u16,
    score: u32,
    tag: u8,
}

fn raise(score: *mut u32, by: u32) {
    unsafe { *score += by };
}

fn main() {
    let mut r = Rec { id: 1, score: 10, tag: b'a' };
    raise(&mut r.score, 5);
    let tag = &mut r.tag as *mut u8;
    unsafe { *tag += 1 };
    println!("{} {} {}", r.id, r.score, r.tag as char);
    unsafe {
        let h = alloc(Layout::new::<Rec>()) as *mut Rec;
        h.write(Rec { id: 2, score: 0, tag: b'x' });
        for i in 0..4 {
            raise(&mut (*h).score, i);
        }
        let id = &mut (*h).id as *mut u16;
        id.write(id.read() * 100);
        println!("{} {} {}", (*h).id, (*h).score, (*h).tag as char);
        dealloc(h as *mut u8, Layout::new::<Rec>());
    }
    let mut total = 0;
    for i in 0..3u32 {
        let mut local = i;
        let p = &mut local as *mut u32;
        unsafe {
            *p *= 10;
            total += *p;
        }
    }
    println!("{}", total);
}
