// A hand-written linked list passed to `mem::forget`: its destructor never
// runs, so all three nodes leak.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Node {
    value: i32,
    next: *mut Node,
}

struct List {
    head: *mut Node,
}

impl List {
    fn push(&mut self, value: i32) {
        unsafe {
            let n = alloc(Layout::new::<Node>()) as *mut Node; //~ UB memory-leak
            n.write(Node { value, next: self.head });
            self.head = n;
        }
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let mut cur = self.head;
        while !cur.is_null() {
            unsafe {
                let next = (*cur).next;
                dealloc(cur as *mut u8, Layout::new::<Node>());
                cur = next;
            }
        }
    }
}

fn main() {
    let mut kept = List { head: ptr::null_mut() };
    kept.push(100);
    let mut l = List { head: ptr::null_mut() };
    for i in 0..3 {
        l.push(i);
    }
    unsafe { println!("{} {}", (*l.head).value, (*kept.head).value) };
    std::mem::forget(l);
}
