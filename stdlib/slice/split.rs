//! Splitting slices: by a predicate (`split`, `splitn`, `rsplit`), into
//! chunks from the back (`rchunks`), and into mutable chunks.

use super::subslice;
use crate::iter::{DoubleEndedIterator, Iterator};
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};

/// The pieces of a slice between elements matching `pred`.
pub struct Split<'a, T, P> {
    slice: &'a [T],
    pred: P,
    finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for Split<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let whole = self.slice;
        match whole.iter().position(|x| (self.pred)(x)) {
            Some(i) => {
                self.slice = unsafe { &*subslice(whole as *const [T], i + 1, whole.len()) };
                Some(unsafe { &*subslice(whole as *const [T], 0, i) })
            }
            None => {
                self.finished = true;
                Some(whole)
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for Split<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let whole = self.slice;
        match whole.iter().rposition(|x| (self.pred)(x)) {
            Some(i) => {
                self.slice = unsafe { &*subslice(whole as *const [T], 0, i) };
                Some(unsafe { &*subslice(whole as *const [T], i + 1, whole.len()) })
            }
            None => {
                self.finished = true;
                Some(whole)
            }
        }
    }
}

/// At most `n` pieces; the last is the rest of the slice.
pub struct SplitN<'a, T, P> {
    inner: Split<'a, T, P>,
    count: usize,
    from_back: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitN<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                if self.inner.finished {
                    return None;
                }
                self.inner.finished = true;
                Some(self.inner.slice)
            }
            _ => {
                self.count -= 1;
                if self.from_back { self.inner.next_back() } else { self.inner.next() }
            }
        }
    }
}

/// Chunks of `size` elements from the end; the last one (the front of the
/// slice) may be shorter.
pub struct RChunks<'a, T> {
    slice: &'a [T],
    size: usize,
}

impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        let len = self.slice.len();
        if len == 0 {
            return None;
        }
        let start = if len > self.size { len - self.size } else { 0 };
        let whole = self.slice as *const [T];
        self.slice = unsafe { &*subslice(whole, 0, start) };
        Some(unsafe { &*subslice(whole, start, len) })
    }
}

/// Non-overlapping mutable chunks of `size` elements.
pub struct ChunksMut<'a, T> {
    ptr: *mut T,
    len: usize,
    size: usize,
    front: usize,
    _slice: &'a mut [T],
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.front >= self.len {
            return None;
        }
        let start = self.front;
        let end = if self.len - start > self.size { start + self.size } else { self.len };
        self.front = end;
        unsafe { Some(super::from_raw_parts_mut(crate::intrinsics::offset(self.ptr as *const T, start as isize) as *mut T, end - start)) }
    }
}

impl<T> [T] {
    pub fn split<P: FnMut(&T) -> bool>(&self, pred: P) -> Split<'_, T, P> {
        Split { slice: self, pred, finished: false }
    }

    pub fn rsplit<P: FnMut(&T) -> bool>(&self, pred: P) -> crate::iter::Rev<Split<'_, T, P>> {
        self.split(pred).rev()
    }

    pub fn splitn<P: FnMut(&T) -> bool>(&self, n: usize, pred: P) -> SplitN<'_, T, P> {
        SplitN { inner: self.split(pred), count: n, from_back: false }
    }

    pub fn rsplitn<P: FnMut(&T) -> bool>(&self, n: usize, pred: P) -> SplitN<'_, T, P> {
        SplitN { inner: self.split(pred), count: n, from_back: true }
    }

    #[track_caller]
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        RChunks { slice: self, size: chunk_size }
    }

    #[track_caller]
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        ChunksMut { ptr: self.as_mut_ptr(), len: self.len(), size: chunk_size, front: 0, _slice: self }
    }

    /// The index of the first element for which `pred` is false (the
    /// slice is partitioned: all trues, then all falses).
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(&self[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}
