// Memory-checker workload: a linked list of heap nodes built and torn down
// many times through std::alloc (allocation, pointer chasing, frees).
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Node {
    value: u64,
    next: *mut Node,
}

fn build(n: u64) -> *mut Node {
    let mut head: *mut Node = ptr::null_mut();
    for i in 0..n {
        unsafe {
            let node = alloc(Layout::new::<Node>()) as *mut Node;
            node.write(Node { value: i * 7 % 13, next: head });
            head = node;
        }
    }
    head
}

fn sum_and_free(mut cur: *mut Node) -> u64 {
    let mut s = 0;
    while !cur.is_null() {
        unsafe {
            s += (*cur).value;
            let next = (*cur).next;
            dealloc(cur as *mut u8, Layout::new::<Node>());
            cur = next;
        }
    }
    s
}

fn main() {
    let mut total = 0;
    for round in 0..200 {
        total += sum_and_free(build(500 + round));
    }
    println!("{}", total);
}
