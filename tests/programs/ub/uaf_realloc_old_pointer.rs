// After `realloc` the old pointer is dead even though the data moved.
use std::alloc::{alloc, realloc, dealloc, Layout};

fn main() {
    unsafe {
        let layout = Layout::array::<u16>(2).unwrap();
        let old = alloc(layout) as *mut u16;
        old.write(1);
        old.add(1).write(2);
        let new = realloc(old as *mut u8, layout, 64) as *mut u16;
        println!("{}", *new.add(1));
        let stale = *old.add(1); //~ UB use-after-free
        println!("{}", stale);
        dealloc(new as *mut u8, Layout::from_size_align(64, 2).unwrap());
    }
}
