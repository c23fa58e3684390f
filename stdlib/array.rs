//! Arrays as iterators: `for x in [a, b, c]` (by value) and `for x in &arr`.
//!
//! std writes these with const generics (`impl<T, const N: usize>`); until
//! ferrum has them, each length up to 32 gets its impls from a macro, and
//! the by-value iterator is generic over the array type through `Array`.

use crate::intrinsics;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};

/// Arrays `[T; N]`: their element type and length.
pub trait Array {
    type Item;
}

/// The by-value iterator of an array: yields the elements front to back,
/// drops the ones not yielded.
pub struct IntoIter<A: Array> {
    data: crate::mem::ManuallyDrop<A>,
    front: usize,
    back: usize,
}

impl<A: Array> IntoIter<A> {
    fn elem(&self, i: usize) -> *const A::Item {
        let base = &*self.data as *const A as *const A::Item;
        unsafe { intrinsics::offset(base, i as isize) }
    }
}

impl<A: Array> Iterator for IntoIter<A> {
    type Item = A::Item;
    fn next(&mut self) -> Option<A::Item> {
        if self.front == self.back {
            return None;
        }
        let p = self.elem(self.front);
        self.front += 1;
        Some(unsafe { intrinsics::read(p) })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<A: Array> DoubleEndedIterator for IntoIter<A> {
    fn next_back(&mut self) -> Option<A::Item> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(unsafe { intrinsics::read(self.elem(self.back)) })
    }
}

impl<A: Array> ExactSizeIterator for IntoIter<A> {}

impl<A: Array> Drop for IntoIter<A> {
    fn drop(&mut self) {
        while self.front < self.back {
            let p = self.elem(self.front);
            self.front += 1;
            unsafe { intrinsics::drop_in_place(p as *mut A::Item) };
        }
    }
}

macro_rules! array_impls {
    ($($n:literal)*) => {
        $(
            impl<T> Array for [T; $n] {
                type Item = T;
            }

            impl<T> IntoIterator for [T; $n] {
                type Item = T;
                type IntoIter = IntoIter<[T; $n]>;
                fn into_iter(self) -> IntoIter<[T; $n]> {
                    IntoIter { data: crate::mem::ManuallyDrop::new(self), front: 0, back: $n }
                }
            }

            impl<'a, T> IntoIterator for &'a [T; $n] {
                type Item = &'a T;
                type IntoIter = crate::slice::Iter<'a, T>;
                fn into_iter(self) -> crate::slice::Iter<'a, T> {
                    let s: &'a [T] = self;
                    s.iter()
                }
            }

            impl<T: crate::clone::Clone> crate::clone::Clone for [T; $n] {
                fn clone(&self) -> [T; $n] {
                    // The clones are made in a vector's buffer, then moved
                    // out of it as one array.
                    let s: &[T] = self;
                    let mut v: crate::vec::Vec<T> = crate::vec::Vec::with_capacity($n);
                    for x in s.iter() {
                        v.push(x.clone());
                    }
                    let out = unsafe { intrinsics::read(v.as_ptr() as *const [T; $n]) };
                    unsafe { v.set_len(0) };
                    out
                }
            }

            impl<'a, T> IntoIterator for &'a mut [T; $n] {
                type Item = &'a mut T;
                type IntoIter = crate::slice::IterMut<'a, T>;
                fn into_iter(self) -> crate::slice::IterMut<'a, T> {
                    let s: &'a mut [T] = self;
                    s.iter_mut()
                }
            }
        )*
    };
}

array_impls!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32);
