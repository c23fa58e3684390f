//! `VecDeque<T>`: a double-ended queue in a growable ring buffer. Slots
//! are `Option<T>` (`None` outside the live range), so the library needs
//! no raw-pointer code for it.

use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::vec::Vec;

pub struct VecDeque<T> {
    buf: Vec<Option<T>>,
    /// Slot of the front element.
    head: usize,
    len: usize,
}

impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T> {
        VecDeque { buf: Vec::new(), head: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        let mut d = VecDeque::new();
        d.buf = empty_slots(capacity);
        d
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.buf.len()
    }

    /// The slot of logical index `i` (which must be below the capacity).
    fn slot(&self, i: usize) -> usize {
        let s = self.head + i;
        if s >= self.buf.len() { s - self.buf.len() } else { s }
    }

    /// Makes room for one more element, moving the elements to the start
    /// of a table twice as large.
    fn grow_if_full(&mut self) {
        if self.len < self.buf.len() {
            return;
        }
        let new_cap = if self.buf.is_empty() { 4 } else { self.buf.len() * 2 };
        let mut new_buf = empty_slots(new_cap);
        for i in 0..self.len {
            let s = self.slot(i);
            new_buf[i] = self.buf[s].take();
        }
        self.buf = new_buf;
        self.head = 0;
    }

    pub fn push_back(&mut self, value: T) {
        self.grow_if_full();
        let s = self.slot(self.len);
        self.buf[s] = Some(value);
        self.len += 1;
    }

    pub fn push_front(&mut self, value: T) {
        self.grow_if_full();
        self.head = if self.head == 0 { self.buf.len() - 1 } else { self.head - 1 };
        self.buf[self.head] = Some(value);
        self.len += 1;
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let value = self.buf[self.head].take();
        self.head = self.slot(1);
        self.len -= 1;
        value
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let s = self.slot(self.len);
        self.buf[s].take()
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index >= self.len {
            return None;
        }
        self.buf[self.slot(index)].as_ref()
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index >= self.len {
            return None;
        }
        let s = self.slot(index);
        self.buf[s].as_mut()
    }

    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn back(&self) -> Option<&T> {
        self.get(self.len.wrapping_sub(1))
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        self.get_mut(self.len.wrapping_sub(1))
    }

    pub fn clear(&mut self) {
        while self.pop_back().is_some() {}
        self.head = 0;
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { deque: self, front: 0, back: self.len }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let end = self.head + self.len;
        let cap = self.buf.len();
        let (wrapped, rest) = self.buf.split_at_mut(self.head);
        let (first, second) = if end <= cap {
            (&mut rest[..self.len], &mut wrapped[..0])
        } else {
            (rest, &mut wrapped[..end - cap])
        };
        IterMut { first: first.iter_mut(), second: second.iter_mut() }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        self.iter().any(|e| e == x)
    }

    #[track_caller]
    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len);
        assert!(j < self.len);
        let (a, b) = (self.slot(i), self.slot(j));
        self.buf.swap(a, b);
    }

    pub fn truncate(&mut self, len: usize) {
        while self.len > len {
            self.pop_back();
        }
    }

    /// Inserts at `index`, shifting the later elements back.
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        assert!(index <= self.len(), "index out of bounds");
        self.push_back(value);
        let mut i = self.len - 1;
        while i > index {
            self.swap(i, i - 1);
            i -= 1;
        }
    }

    /// Removes the element at `index`, shifting the later elements forward.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        for i in index..self.len - 1 {
            self.swap(i, i + 1);
        }
        self.pop_back()
    }

    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        let last = self.len - 1;
        self.swap(index, last);
        self.pop_back()
    }

    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        self.swap(index, 0);
        self.pop_front()
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|x| f(x));
    }

    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let n = self.len;
        for _ in 0..n {
            let mut x = self.pop_front().unwrap();
            if f(&mut x) {
                self.push_back(x);
            }
        }
    }

    #[track_caller]
    pub fn rotate_left(&mut self, n: usize) {
        assert!(n <= self.len);
        for _ in 0..n {
            let x = self.pop_front().unwrap();
            self.push_back(x);
        }
    }

    #[track_caller]
    pub fn rotate_right(&mut self, n: usize) {
        assert!(n <= self.len);
        for _ in 0..n {
            let x = self.pop_back().unwrap();
            self.push_front(x);
        }
    }

    pub fn append(&mut self, other: &mut VecDeque<T>) {
        while let Some(x) = other.pop_front() {
            self.push_back(x);
        }
    }

    /// Removes every element, front to back.
    pub fn drain(&mut self) -> IntoIter<T> {
        let taken = crate::mem::replace(self, VecDeque::new());
        IntoIter { deque: taken }
    }
}

fn empty_slots<T>(n: usize) -> Vec<Option<T>> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(None);
    }
    v
}

impl<T> crate::ops::Index<usize> for VecDeque<T> {
    type Output = T;
    #[track_caller]
    fn index(&self, index: usize) -> &T {
        self.get(index).expect("Out of bounds access")
    }
}

impl<T> crate::ops::IndexMut<usize> for VecDeque<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        self.get_mut(index).expect("Out of bounds access")
    }
}

pub struct Iter<'a, T> {
    deque: &'a VecDeque<T>,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.deque.get(self.front - 1)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.deque.get(self.back)
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { deque: self.deque, front: self.front, back: self.back }
    }
}

/// The live slots as two runs: from the head to the end of the table,
/// then the part that wrapped around to its start.
pub struct IterMut<'a, T> {
    first: crate::slice::IterMut<'a, Option<T>>,
    second: crate::slice::IterMut<'a, Option<T>>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        match self.first.next() {
            Some(slot) => slot.as_mut(),
            None => self.second.next()?.as_mut(),
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.first.len() + self.second.len();
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        match self.second.next_back() {
            Some(slot) => slot.as_mut(),
            None => self.first.next_back()?.as_mut(),
        }
    }
}

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}

pub struct IntoIter<T> {
    deque: VecDeque<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.deque.pop_front()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.deque.len, Some(self.deque.len))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.deque.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { deque: self }
    }
}

impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> Extend<T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push_back(x);
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.push_back(*x);
        }
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        let mut d = VecDeque::new();
        d.extend(iter);
        d
    }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    fn from(v: Vec<T>) -> VecDeque<T> {
        let mut buf = Vec::with_capacity(v.len());
        for x in v {
            buf.push(Some(x));
        }
        let len = buf.len();
        VecDeque { buf, head: 0, len }
    }
}

impl<T> From<VecDeque<T>> for Vec<T> {
    fn from(d: VecDeque<T>) -> Vec<T> {
        let mut v = Vec::with_capacity(d.len);
        v.extend(d);
        v
    }
}

// std: `impl<T, const N: usize> From<[T; N]>`; until const generics,
// lengths up to 16.
macro_rules! from_array {
    ($($n:literal)*) => {
        $(
            impl<T> From<[T; $n]> for VecDeque<T> {
                fn from(arr: [T; $n]) -> VecDeque<T> {
                    VecDeque::from_iter(arr)
                }
            }
        )*
    };
}

from_array!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> VecDeque<T> {
        self.iter().cloned().collect()
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool {
        self.len == other.len && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<T: Eq> Eq for VecDeque<T> {}

impl<T: PartialEq> PartialEq<Vec<T>> for VecDeque<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.len == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<T: PartialOrd> PartialOrd for VecDeque<T> {
    fn partial_cmp(&self, other: &VecDeque<T>) -> Option<crate::cmp::Ordering> {
        let mut ys = other.iter();
        for x in self.iter() {
            let Some(y) = ys.next() else { return Some(crate::cmp::Ordering::Greater) };
            match x.partial_cmp(y) {
                Some(crate::cmp::Ordering::Equal) => {}
                non_eq => return non_eq,
            }
        }
        Some(if ys.next().is_some() { crate::cmp::Ordering::Less } else { crate::cmp::Ordering::Equal })
    }
}

impl<T: Ord> Ord for VecDeque<T> {
    fn cmp(&self, other: &VecDeque<T>) -> crate::cmp::Ordering {
        let mut ys = other.iter();
        for x in self.iter() {
            let Some(y) = ys.next() else { return crate::cmp::Ordering::Greater };
            match x.cmp(y) {
                crate::cmp::Ordering::Equal => {}
                non_eq => return non_eq,
            }
        }
        if ys.next().is_some() { crate::cmp::Ordering::Less } else { crate::cmp::Ordering::Equal }
    }
}

impl<T: crate::hash::Hash> crate::hash::Hash for VecDeque<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        state.write_usize(self.len);
        for x in self.iter() {
            x.hash(state);
        }
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut list = f.debug_list();
        for x in self.iter() {
            list.entry(x);
        }
        list.finish()
    }
}
