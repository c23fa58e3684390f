// A generic growable vector over `std::alloc`: push, pop, get, insert,
// remove, and a destructor that drops the elements and frees the buffer.
use std::alloc::{alloc, dealloc, realloc, Layout};
use std::ptr;

struct MyVec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

impl<T> MyVec<T> {
    fn new() -> MyVec<T> {
        MyVec { ptr: ptr::null_mut(), cap: 0, len: 0 }
    }

    fn layout(cap: usize) -> Layout {
        match Layout::array::<T>(cap) {
            Ok(l) => l,
            Err(_) => panic!("capacity overflow"),
        }
    }

    fn grow(&mut self) {
        let new_cap = if self.cap == 0 { 4 } else { self.cap * 2 };
        let new_layout = MyVec::<T>::layout(new_cap);
        unsafe {
            self.ptr = if self.cap == 0 {
                alloc(new_layout) as *mut T
            } else {
                realloc(self.ptr as *mut u8, MyVec::<T>::layout(self.cap), new_layout.size()) as *mut T
            };
        }
        self.cap = new_cap;
    }

    fn push(&mut self, v: T) {
        if self.len == self.cap {
            self.grow();
        }
        unsafe { ptr::write(self.ptr.add(self.len), v) };
        self.len += 1;
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        unsafe { Some(ptr::read(self.ptr.add(self.len))) }
    }

    fn get(&self, i: usize) -> Option<&T> {
        if i < self.len {
            unsafe { self.ptr.add(i).as_ref() }
        } else {
            None
        }
    }

    fn insert(&mut self, i: usize, v: T) {
        assert!(i <= self.len, "index out of bounds");
        if self.len == self.cap {
            self.grow();
        }
        unsafe {
            ptr::copy(self.ptr.add(i), self.ptr.add(i + 1), self.len - i);
            ptr::write(self.ptr.add(i), v);
        }
        self.len += 1;
    }

    fn remove(&mut self, i: usize) -> T {
        assert!(i < self.len, "index out of bounds");
        unsafe {
            self.len -= 1;
            let v = ptr::read(self.ptr.add(i));
            ptr::copy(self.ptr.add(i + 1), self.ptr.add(i), self.len - i);
            v
        }
    }
}

impl<T> Drop for MyVec<T> {
    fn drop(&mut self) {
        while let Some(_) = self.pop() {}
        if self.cap > 0 {
            unsafe { dealloc(self.ptr as *mut u8, MyVec::<T>::layout(self.cap)) };
        }
    }
}

fn main() {
    let mut v: MyVec<i64> = MyVec::new();
    for i in 0..20 {
        v.push(i * i);
    }
    println!("len {} cap {}", v.len, v.cap);
    v.insert(0, -1);
    v.insert(5, -5);
    println!("{} {} {}", v.get(0).unwrap(), v.get(5).unwrap(), v.get(21).unwrap());
    println!("{}", v.get(22).is_none());
    let removed = v.remove(5);
    println!("removed {}", removed);
    let mut sum = 0;
    while let Some(x) = v.pop() {
        sum += x;
        if v.len == 10 {
            break;
        }
    }
    println!("sum {} left {}", sum, v.len);

    let mut nested: MyVec<MyVec<u8>> = MyVec::new();
    for i in 0..5u8 {
        let mut inner = MyVec::new();
        for j in 0..i {
            inner.push(j);
        }
        nested.push(inner);
    }
    println!("inner lens: {} {}", nested.get(4).unwrap().len, nested.get(2).unwrap().len);
}
