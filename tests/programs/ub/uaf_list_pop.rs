// A hand-written singly linked list whose `pop` frees the node but the
// caller kept a pointer to the node's value.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Node {
    value: u32,
    next: *mut Node,
}

struct List {
    head: *mut Node,
}

impl List {
    fn push(&mut self, value: u32) {
        unsafe {
            let n = alloc(Layout::new::<Node>()) as *mut Node;
            ptr::write(n, Node { value, next: self.head });
            self.head = n;
        }
    }

    fn peek(&self) -> *const u32 {
        unsafe { &(*self.head).value as *const u32 }
    }

    fn pop(&mut self) -> Option<u32> {
        if self.head.is_null() {
            return None;
        }
        unsafe {
            let n = self.head;
            self.head = (*n).next;
            let v = (*n).value;
            dealloc(n as *mut u8, Layout::new::<Node>());
            Some(v)
        }
    }
}

fn main() {
    let mut l = List { head: ptr::null_mut() };
    l.push(1);
    l.push(2);
    let top = l.peek();
    println!("{}", l.pop().unwrap());
    println!("{}", unsafe { *top }); //~ UB use-after-free
    println!("{}", l.pop().unwrap());
}
