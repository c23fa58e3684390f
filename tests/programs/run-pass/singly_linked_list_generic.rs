// A generic singly linked list over Option<Box<Node<T>>> with the three
// iterator kinds, in-place reversal and a Drop that does not recurse.
use std::fmt::{self, Debug};

struct Node<T> {
    value: T,
    next: Link<T>,
}

type Link<T> = Option<Box<Node<T>>>;

pub struct List<T> {
    head: Link<T>,
    len: usize,
}

impl<T> List<T> {
    pub fn new() -> Self {
        List { head: None, len: 0 }
    }
    pub fn push_front(&mut self, value: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { value, next }));
        self.len += 1;
    }
    pub fn pop_front(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }
    pub fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.value)
    }
    pub fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|n| &mut n.value)
    }
    pub fn push_back(&mut self, value: T) {
        let mut cursor = &mut self.head;
        while let Some(node) = cursor {
            cursor = &mut node.next;
        }
        *cursor = Some(Box::new(Node { value, next: None }));
        self.len += 1;
    }
    pub fn reverse(&mut self) {
        let mut prev: Link<T> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { next: self.head.as_deref_mut() }
    }
    pub fn remove_if<F: FnMut(&T) -> bool>(&mut self, mut pred: F) -> usize {
        let mut removed = 0;
        let mut cursor = &mut self.head;
        loop {
            match cursor {
                None => break,
                Some(node) if pred(&node.value) => {
                    *cursor = node.next.take();
                    removed += 1;
                }
                Some(node) => cursor = &mut node.next,
            }
        }
        self.len -= removed;
        removed
    }
}

impl<T> Drop for List<T> {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
        }
    }
}

pub struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.value
        })
    }
}

pub struct IterMut<'a, T> {
    next: Option<&'a mut Node<T>>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        self.next.take().map(|node| {
            self.next = node.next.as_deref_mut();
            &mut node.value
        })
    }
}

pub struct IntoIter<T>(List<T>);

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.0.pop_front()
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter(self)
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = List::new();
        for x in iter {
            list.push_back(x);
        }
        list
    }
}

impl<T: Debug> Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut list: List<i32> = (1..=5).collect();
    println!("{:?} len {}", list, list.len);
    list.push_front(0);
    list.push_back(6);
    list.reverse();
    println!("reversed {:?}, peek {:?}", list, list.peek());
    if let Some(v) = list.peek_mut() {
        *v *= 100;
    }
    for v in list.iter_mut() {
        *v += 1;
    }
    println!("after mut {:?}", list);
    let removed = list.remove_if(|v| v % 2 == 0);
    println!("removed {} -> {:?} (len {})", removed, list, list.len);
    let sum: i32 = (&list).into_iter().sum();
    let strings: List<String> = list.iter().map(|v| format!("<{}>", v)).collect();
    println!("sum {} strings {:?}", sum, strings);
    let owned: Vec<String> = strings.into_iter().collect();
    println!("owned {:?}", owned);

    let mut big: List<u32> = (0..1000).collect();
    for i in 0..50_000 {
        big.push_front(i);
    }
    println!("big list of {} dropped without recursion", big.len);
    drop(big);

    let mut noisy = List::new();
    noisy.push_back(Noisy("a"));
    noisy.push_back(Noisy("b"));
    noisy.push_back(Noisy("c"));
    let first = noisy.pop_front();
    println!("popped {}", first.as_ref().map_or("-", |n| n.0));
    drop(first);
    noisy.remove_if(|n| n.0 == "c");
    println!("end of main");
}
