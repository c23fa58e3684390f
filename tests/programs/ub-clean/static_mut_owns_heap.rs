// A `static mut` that owns heap memory (a Vec, a boxed value) keeps it for
// the whole program: statics are never dropped, so this is no leak.
// Pointers to statics are taken with addr_of!/addr_of_mut!.
use std::ptr::{addr_of, addr_of_mut};

static mut LOG: Vec<String> = Vec::new();
static mut ROOT: Option<Box<[u64; 4]>> = None;

fn log(msg: &str) {
    unsafe { (*addr_of_mut!(LOG)).push(msg.to_string()) };
}

fn main() {
    log("start");
    unsafe {
        *addr_of_mut!(ROOT) = Some(Box::new([1, 2, 3, 4]));
    }
    log("filled");
    let total: u64 = unsafe { (*addr_of!(ROOT)).as_ref().map_or(0, |b| b.iter().sum()) };
    println!("{total}");
    let entries = unsafe { &*addr_of!(LOG) };
    println!("{:?}", entries);
}
