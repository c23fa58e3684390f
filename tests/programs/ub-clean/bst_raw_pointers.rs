// A binary search tree of heap nodes linked by raw pointers: insert,
// lookup, in-order walk, height, and a recursive free.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Node {
    key: i32,
    left: *mut Node,
    right: *mut Node,
}

unsafe fn insert(root: *mut Node, key: i32) -> *mut Node {
    if root.is_null() {
        let n = alloc(Layout::new::<Node>()) as *mut Node;
        n.write(Node { key, left: ptr::null_mut(), right: ptr::null_mut() });
        return n;
    }
    if key < (*root).key {
        (*root).left = insert((*root).left, key);
    } else if key > (*root).key {
        (*root).right = insert((*root).right, key);
    }
    root
}

unsafe fn contains(mut n: *const Node, key: i32) -> bool {
    while let Some(node) = n.as_ref() {
        if key == node.key {
            return true;
        }
        n = if key < node.key { node.left } else { node.right };
    }
    false
}

unsafe fn walk(n: *const Node) {
    if n.is_null() {
        return;
    }
    walk((*n).left);
    print!("{} ", (*n).key);
    walk((*n).right);
}

unsafe fn height(n: *const Node) -> usize {
    if n.is_null() {
        0
    } else {
        let l = height((*n).left);
        let r = height((*n).right);
        1 + if l > r { l } else { r }
    }
}

unsafe fn free(n: *mut Node) -> usize {
    if n.is_null() {
        return 0;
    }
    let count = free((*n).left) + free((*n).right) + 1;
    dealloc(n as *mut u8, Layout::new::<Node>());
    count
}

fn main() {
    let mut root: *mut Node = ptr::null_mut();
    let mut x: i32 = 7;
    for _ in 0..15 {
        x = (x * 37 + 11) % 50;
        root = unsafe { insert(root, x) };
    }
    unsafe {
        walk(root);
        println!();
        println!("height {}", height(root));
        println!("{} {} {}", contains(root, 48), contains(root, 2), contains(root, 100));
        println!("freed {}", free(root));
    }
}
