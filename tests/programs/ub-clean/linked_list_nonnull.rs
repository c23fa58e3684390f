// A doubly linked list with `NonNull` links: push/pop at both ends, a
// forward and backward walk, and a destructor that frees every node.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr::{self, NonNull};

struct Node {
    value: i32,
    prev: Option<NonNull<Node>>,
    next: Option<NonNull<Node>>,
}

struct Deque {
    head: Option<NonNull<Node>>,
    tail: Option<NonNull<Node>>,
    len: usize,
}

impl Deque {
    fn new() -> Deque {
        Deque { head: None, tail: None, len: 0 }
    }

    fn node(value: i32) -> NonNull<Node> {
        unsafe {
            let p = alloc(Layout::new::<Node>()) as *mut Node;
            ptr::write(p, Node { value, prev: None, next: None });
            NonNull::new(p).unwrap()
        }
    }

    fn push_back(&mut self, value: i32) {
        let mut n = Deque::node(value);
        unsafe {
            n.as_mut().prev = self.tail;
            match self.tail {
                Some(mut t) => t.as_mut().next = Some(n),
                None => self.head = Some(n),
            }
        }
        self.tail = Some(n);
        self.len += 1;
    }

    fn push_front(&mut self, value: i32) {
        let mut n = Deque::node(value);
        unsafe {
            n.as_mut().next = self.head;
            match self.head {
                Some(mut h) => h.as_mut().prev = Some(n),
                None => self.tail = Some(n),
            }
        }
        self.head = Some(n);
        self.len += 1;
    }

    fn free(n: NonNull<Node>) -> i32 {
        unsafe {
            let v = n.as_ref().value;
            dealloc(n.as_ptr() as *mut u8, Layout::new::<Node>());
            v
        }
    }

    fn pop_front(&mut self) -> Option<i32> {
        let h = match self.head {
            Some(h) => h,
            None => return None,
        };
        unsafe {
            self.head = h.as_ref().next;
            match self.head {
                Some(mut n) => n.as_mut().prev = None,
                None => self.tail = None,
            }
        }
        self.len -= 1;
        Some(Deque::free(h))
    }

    fn pop_back(&mut self) -> Option<i32> {
        let t = match self.tail {
            Some(t) => t,
            None => return None,
        };
        unsafe {
            self.tail = t.as_ref().prev;
            match self.tail {
                Some(mut n) => n.as_mut().next = None,
                None => self.head = None,
            }
        }
        self.len -= 1;
        Some(Deque::free(t))
    }

    fn print(&self) {
        let mut cur = self.head;
        print!("[");
        while let Some(n) = cur {
            unsafe {
                print!("{}", n.as_ref().value);
                cur = n.as_ref().next;
                if cur.is_some() {
                    print!(" ");
                }
            }
        }
        println!("] len {}", self.len);
    }
}

impl Drop for Deque {
    fn drop(&mut self) {
        while self.pop_front().is_some() {}
    }
}

fn main() {
    let mut d = Deque::new();
    for i in 0..5 {
        d.push_back(i);
        d.push_front(-i);
    }
    d.print();
    println!("{} {}", d.pop_front().unwrap(), d.pop_back().unwrap());
    let mut back = 0;
    let mut cur = d.tail;
    while let Some(n) = cur {
        unsafe {
            back = back * 2 + n.as_ref().value;
            cur = n.as_ref().prev;
        }
    }
    println!("backward fold {}", back);
    while d.len > 3 {
        d.pop_back();
    }
    d.print();
}
