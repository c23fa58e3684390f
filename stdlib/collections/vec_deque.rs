//! `VecDeque<T>`: a double-ended queue in a growable ring buffer, laid
//! out and grown as std's (so `as_slices` and `capacity` agree with it).

use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::vec::Vec;

pub struct VecDeque<T> {
    /// The ring's memory: a `Vec` kept at length 0, whose capacity is the
    /// ring's (so growth follows std's `RawVec`).
    buf: Vec<T>,
    /// Slot of the front element.
    head: usize,
    len: usize,
}

impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T> {
        VecDeque { buf: Vec::new(), head: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque { buf: Vec::with_capacity(capacity), head: 0, len: 0 }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    fn ptr(&self) -> *mut T {
        self.buf.as_ptr() as *mut T
    }

    /// The slot `addend` places after slot `idx`, around the ring.
    fn wrap_add(&self, idx: usize, addend: usize) -> usize {
        let i = idx.wrapping_add(addend);
        if i >= self.capacity() { i - self.capacity() } else { i }
    }

    fn wrap_sub(&self, idx: usize, subtrahend: usize) -> usize {
        let i = idx.wrapping_sub(subtrahend).wrapping_add(self.capacity());
        if i >= self.capacity() { i - self.capacity() } else { i }
    }

    /// The slot of logical index `i`.
    fn slot(&self, i: usize) -> usize {
        self.wrap_add(self.head, i)
    }

    unsafe fn slot_ptr(&self, slot: usize) -> *mut T {
        self.ptr().add(slot)
    }

    /// Grows by std's rule, then unwraps the ring into the new space as
    /// std's `handle_capacity_increase` does.
    fn grow(&mut self) {
        let old_cap = self.capacity();
        self.buf.reserve(old_cap + 1);
        self.handle_capacity_increase(old_cap);
    }

    fn handle_capacity_increase(&mut self, old_cap: usize) {
        let new_cap = self.capacity();
        if self.head <= old_cap - self.len {
            return;
        }
        let head_len = old_cap - self.head;
        let tail_len = self.len - head_len;
        unsafe {
            if head_len > tail_len && new_cap - old_cap >= tail_len {
                crate::ptr::copy_nonoverlapping(self.slot_ptr(0), self.slot_ptr(old_cap), tail_len);
            } else {
                let new_head = new_cap - head_len;
                crate::ptr::copy(self.slot_ptr(self.head), self.slot_ptr(new_head), head_len);
                self.head = new_head;
            }
        }
    }

    pub fn reserve(&mut self, additional: usize) {
        let old_cap = self.capacity();
        if self.len + additional > old_cap {
            self.buf.reserve(self.len + additional);
            self.handle_capacity_increase(old_cap);
        }
    }

    pub fn push_back(&mut self, value: T) {
        if self.len == self.capacity() {
            self.grow();
        }
        unsafe { crate::ptr::write(self.slot_ptr(self.slot(self.len)), value) };
        self.len += 1;
    }

    pub fn push_front(&mut self, value: T) {
        if self.len == self.capacity() {
            self.grow();
        }
        self.head = self.wrap_sub(self.head, 1);
        self.len += 1;
        unsafe { crate::ptr::write(self.slot_ptr(self.head), value) };
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let old_head = self.head;
        self.head = self.slot(1);
        self.len -= 1;
        Some(unsafe { crate::ptr::read(self.slot_ptr(old_head)) })
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(unsafe { crate::ptr::read(self.slot_ptr(self.slot(self.len))) })
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index >= self.len {
            return None;
        }
        Some(unsafe { &*self.slot_ptr(self.slot(index)) })
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index >= self.len {
            return None;
        }
        Some(unsafe { &mut *self.slot_ptr(self.slot(index)) })
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

    /// The slot ranges of the front run (from the head to the end of the
    /// ring) and of the part that wrapped around.
    fn runs(&self) -> ((usize, usize), (usize, usize)) {
        let head_len = self.capacity() - self.head;
        if self.len <= head_len {
            ((self.head, self.head + self.len), (0, 0))
        } else {
            ((self.head, self.capacity()), (0, self.len - head_len))
        }
    }

    pub fn as_slices(&self) -> (&[T], &[T]) {
        let ((a0, a1), (b0, b1)) = self.runs();
        unsafe {
            (
                crate::slice::from_raw_parts(self.slot_ptr(a0), a1 - a0),
                crate::slice::from_raw_parts(self.slot_ptr(b0), b1 - b0),
            )
        }
    }

    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        let ((a0, a1), (b0, b1)) = self.runs();
        unsafe {
            (
                crate::slice::from_raw_parts_mut(self.slot_ptr(a0), a1 - a0),
                crate::slice::from_raw_parts_mut(self.slot_ptr(b0), b1 - b0),
            )
        }
    }

    /// Moves the elements to the start of the ring (in order), so they
    /// form one slice.
    pub fn make_contiguous(&mut self) -> &mut [T] {
        if self.head > self.capacity() - self.len {
            let mut fresh: Vec<T> = Vec::with_capacity(self.capacity());
            let (a, b) = self.as_slices();
            let (a_len, b_len) = (a.len(), b.len());
            unsafe {
                crate::ptr::copy_nonoverlapping(a.as_ptr(), fresh.as_mut_ptr(), a_len);
                crate::ptr::copy_nonoverlapping(b.as_ptr(), fresh.as_mut_ptr().add(a_len), b_len);
            }
            self.buf = fresh;
            self.head = 0;
        }
        unsafe { crate::slice::from_raw_parts_mut(self.slot_ptr(self.head), self.len) }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
        self.head = 0;
    }

    pub fn iter(&self) -> Iter<'_, T> {
        let (a, b) = self.as_slices();
        Iter { first: a.iter(), second: b.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let (a, b) = self.as_mut_slices();
        IterMut { first: a.iter_mut(), second: b.iter_mut() }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        self.iter().any(|e| e == x)
    }

    #[track_caller]
    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len());
        assert!(j < self.len());
        let (a, b) = (self.slot(i), self.slot(j));
        unsafe { crate::ptr::swap(self.slot_ptr(a), self.slot_ptr(b)) };
    }

    /// Drops the elements from `len` on, front to back as std does.
    pub fn truncate(&mut self, len: usize) {
        let old_len = self.len;
        if len >= old_len {
            return;
        }
        self.len = len;
        for i in len..old_len {
            unsafe { crate::ptr::drop_in_place(self.slot_ptr(self.slot(i))) };
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
        self.reserve(other.len);
        while let Some(x) = other.pop_front() {
            self.push_back(x);
        }
    }

    /// Removes the elements in `range`, yielding them front to back.
    #[track_caller]
    pub fn drain<R: crate::vec::RangeBounds>(&mut self, range: R) -> IntoIter<T> {
        let (start, end) = range.bounds(self.len);
        let n = self.len;
        let mut drained = VecDeque::with_capacity(end - start);
        for i in 0..n {
            let x = self.pop_front().unwrap();
            if i >= start && i < end {
                drained.push_back(x);
            } else {
                self.push_back(x);
            }
        }
        IntoIter { deque: drained }
    }

    /// Splits off the elements from `at` on.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> VecDeque<T> {
        assert!(at <= self.len, "`at` out of bounds");
        let mut other = VecDeque::with_capacity(self.len - at);
        while self.len > at {
            other.push_front(self.pop_back().unwrap());
        }
        other
    }
}

impl<T> Drop for VecDeque<T> {
    fn drop(&mut self) {
        // `buf` then frees the memory (its own length is 0).
        self.truncate(0);
    }
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

/// The elements as two runs of slots: from the head to the end of the
/// ring, then the part that wrapped around to its start.
pub struct Iter<'a, T> {
    first: crate::slice::Iter<'a, T>,
    second: crate::slice::Iter<'a, T>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        match self.first.next() {
            Some(x) => Some(x),
            None => self.second.next(),
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.first.len() + self.second.len();
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        match self.second.next_back() {
            Some(x) => Some(x),
            None => self.first.next_back(),
        }
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { first: self.first.clone(), second: self.second.clone() }
    }
}

pub struct IterMut<'a, T> {
    first: crate::slice::IterMut<'a, T>,
    second: crate::slice::IterMut<'a, T>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        match self.first.next() {
            Some(x) => Some(x),
            None => self.second.next(),
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
            Some(x) => Some(x),
            None => self.first.next_back(),
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
        let iter = iter.into_iter();
        self.reserve(iter.size_hint().0);
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
        let mut v = Vec::new();
        v.extend(iter);
        VecDeque::from(v)
    }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    /// Takes over the vector's buffer, as std does.
    fn from(v: Vec<T>) -> VecDeque<T> {
        let mut buf = v;
        let len = buf.len();
        unsafe { buf.set_len(0) };
        VecDeque { buf, head: 0, len }
    }
}

impl<T> From<VecDeque<T>> for Vec<T> {
    /// Reuses the ring's buffer once its elements are moved to its start.
    fn from(d: VecDeque<T>) -> Vec<T> {
        let mut d = d;
        d.make_contiguous();
        let len = d.len;
        if d.head != 0 {
            unsafe { crate::ptr::copy(d.slot_ptr(d.head), d.slot_ptr(0), len) };
        }
        d.len = 0;
        let mut v = crate::mem::replace(&mut d.buf, Vec::new());
        unsafe { v.set_len(len) };
        v
    }
}

impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
    fn from(arr: [T; N]) -> VecDeque<T> {
        VecDeque::from_iter(arr)
    }
}

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> VecDeque<T> {
        let mut d = VecDeque::with_capacity(self.len);
        for x in self.iter() {
            d.push_back(x.clone());
        }
        d
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
