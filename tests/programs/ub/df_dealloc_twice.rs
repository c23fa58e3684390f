// The same block passed to `dealloc` twice.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<[u8; 24]>();
    unsafe {
        let p = alloc(layout);
        p.write_bytes(7, 24);
        println!("{}", *p.add(23));
        dealloc(p, layout);
        dealloc(p, layout); //~ UB double-free
    }
}
