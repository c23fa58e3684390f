//! `BinaryHeap<T>`: a max-heap in a `Vec`. The sift routines are std's
//! (same comparisons, same moves), so the internal order that `iter`,
//! `into_vec` and `Debug` show matches std's.

use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::vec::Vec;

pub struct BinaryHeap<T> {
    data: Vec<T>,
}

impl<T> BinaryHeap<T> {
    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    pub fn clear(&mut self) {
        self.data.clear();
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    /// The elements in the heap's internal order.
    pub fn iter(&self) -> crate::slice::Iter<'_, T> {
        self.data.iter()
    }

    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    pub fn drain(&mut self) -> crate::vec::IntoIter<T> {
        crate::mem::replace(&mut self.data, Vec::new()).into_iter()
    }
}

impl<T: Ord> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }

    pub fn push(&mut self, item: T) {
        let old_len = self.data.len();
        self.data.push(item);
        self.sift_up(0, old_len);
    }

    pub fn pop(&mut self) -> Option<T> {
        let mut item = self.data.pop()?;
        if !self.data.is_empty() {
            crate::mem::swap(&mut item, &mut self.data[0]);
            self.sift_down_to_bottom(0);
        }
        Some(item)
    }

    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.data.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.sift_down_range(0, end);
        }
        self.data
    }

    pub fn append(&mut self, other: &mut BinaryHeap<T>) {
        if self.data.len() < other.data.len() {
            crate::mem::swap(self, other);
        }
        let start = self.data.len();
        let taken = crate::mem::replace(&mut other.data, Vec::new());
        self.data.extend(taken);
        self.rebuild_tail(start);
    }

    /// Keeps the elements `f` accepts; the heap is repaired from the
    /// first removed position on, as std does.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let mut first_removed = self.data.len();
        let mut i = 0;
        self.data.retain(|e| {
            let keep = f(e);
            if !keep && i < first_removed {
                first_removed = i;
            }
            i += 1;
            keep
        });
        self.rebuild_tail(first_removed.min(self.data.len()));
    }

    /// Moves the element at `pos` up while it is greater than its parent.
    fn sift_up(&mut self, start: usize, mut pos: usize) -> usize {
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.data[pos] <= self.data[parent] {
                break;
            }
            self.data.swap(pos, parent);
            pos = parent;
        }
        pos
    }

    /// Moves the element at `pos` down (within `..end`) while a child is
    /// greater.
    fn sift_down_range(&mut self, mut pos: usize, end: usize) {
        let mut child = 2 * pos + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if self.data[pos] >= self.data[child] {
                return;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child == end.wrapping_sub(1) && self.data[pos] < self.data[child] {
            self.data.swap(pos, child);
        }
    }

    /// std's `pop` strategy: move the hole to the bottom along the greater
    /// children, then sift the element back up.
    fn sift_down_to_bottom(&mut self, mut pos: usize) {
        let end = self.data.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child == end - 1 {
            self.data.swap(pos, child);
            pos = child;
        }
        self.sift_up(start, pos);
    }

    fn rebuild(&mut self) {
        let mut n = self.data.len() / 2;
        while n > 0 {
            n -= 1;
            let end = self.data.len();
            self.sift_down_range(n, end);
        }
    }

    /// Restores the heap after elements were appended from `start` on:
    /// std's choice between a full rebuild and sifting each one up.
    fn rebuild_tail(&mut self, start: usize) {
        let len = self.data.len();
        if start == len {
            return;
        }
        let tail_len = len - start;
        let log2 = |x: usize| (usize::BITS - x.leading_zeros() - 1) as usize;
        let better_to_rebuild = if start < tail_len {
            true
        } else if len <= 2048 {
            2 * len < tail_len * log2(start)
        } else {
            2 * len < tail_len * 11
        };
        if better_to_rebuild {
            self.rebuild();
        } else {
            for i in start..len {
                self.sift_up(0, i);
            }
        }
    }
}

impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}

impl<T> From<BinaryHeap<T>> for Vec<T> {
    fn from(heap: BinaryHeap<T>) -> Vec<T> {
        heap.data
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BinaryHeap<T> {
    fn from(arr: [T; N]) -> BinaryHeap<T> {
        BinaryHeap::from_iter(arr)
    }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        let mut data = Vec::new();
        data.extend(iter);
        BinaryHeap::from(data)
    }
}

impl<T: Ord> Extend<T> for BinaryHeap<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let start = self.data.len();
        self.data.extend(iter);
        self.rebuild_tail(start);
    }
}

impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = crate::vec::IntoIter<T>;
    fn into_iter(self) -> crate::vec::IntoIter<T> {
        self.data.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = crate::slice::Iter<'a, T>;
    fn into_iter(self) -> crate::slice::Iter<'a, T> {
        self.data.iter()
    }
}

impl<T: Ord> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> {
        BinaryHeap { data: self.data.clone() }
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(self.data.as_slice(), f)
    }
}
