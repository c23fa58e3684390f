// A struct with a bool field, filled byte by byte in heap memory.
use std::alloc::{alloc, dealloc, Layout};

struct Flagged {
    count: u8,
    on: bool,
}

fn main() {
    unsafe {
        let layout = Layout::new::<Flagged>();
        let p = alloc(layout);
        p.write_bytes(3, layout.size());
        let f = p as *const Flagged;
        println!("{}", (*f).count);
        let on = (*f).on; //~ UB invalid-value
        println!("{}", on);
        dealloc(p, layout);
    }
}
