//! Methods of slices `[T]`.

use crate::intrinsics;

mod index;
mod split;

pub use index::SliceIndex;
pub use split::{ChunksMut, RChunks, Split, SplitN};

impl<T> [T] {
    pub fn len(&self) -> usize {
        unsafe { intrinsics::ptr_metadata(self) }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Bounds-checks `start..end` against a slice of `len` elements, with the
/// library's panic messages.
#[track_caller]
fn check_range(start: usize, end: usize, len: usize) {
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
    if end > len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
}

#[track_caller]
fn check_range_from(start: usize, len: usize) {
    if start > len {
        panic!("range start index {} out of range for slice of length {}", start, len);
    }
}

/// The subslice `start..end` of `s` (already checked).
unsafe fn subslice<T>(s: *const [T], start: usize, end: usize) -> *const [T] {
    let data = s as *const T;
    let sub = intrinsics::offset(data, start as isize);
    intrinsics::transmute((sub, end - start))
}

macro_rules! index_by_range {
    ($index:ident, $index_mut:ident, $range:ty, |$r:ident, $len:ident| $bounds:expr) => {
        impl<T> [T] {
            #[track_caller]
            pub fn $index(&self, $r: $range) -> &[T] {
                let $len = self.len();
                let (start, end) = $bounds;
                unsafe { &*subslice(self as *const [T], start, end) }
            }

            #[track_caller]
            pub fn $index_mut(&mut self, $r: $range) -> &mut [T] {
                let $len = self.len();
                let (start, end) = $bounds;
                unsafe { &mut *(subslice(self as *const [T], start, end) as *mut [T]) }
            }
        }
    };
}

index_by_range!(index_range, index_range_mut, crate::ops::Range<usize>, |r, len| {
    check_range(r.start, r.end, len);
    (r.start, r.end)
});
index_by_range!(index_range_from, index_range_from_mut, crate::ops::RangeFrom<usize>, |r, len| {
    check_range_from(r.start, len);
    (r.start, len)
});
index_by_range!(index_range_to, index_range_to_mut, crate::ops::RangeTo<usize>, |r, len| {
    check_range(0, r.end, len);
    (0, r.end)
});
index_by_range!(index_range_full, index_range_full_mut, crate::ops::RangeFull, |r, len| (0, len));
index_by_range!(index_range_inclusive, index_range_inclusive_mut, crate::ops::RangeInclusive<usize>, |r, len| {
    if r.end == usize::MAX {
        panic!("attempted to index slice up to maximum usize");
    }
    check_range(r.start, r.end + 1, len);
    (r.start, r.end + 1)
});
index_by_range!(index_range_to_inclusive, index_range_to_inclusive_mut, crate::ops::RangeToInclusive<usize>, |r, len| {
    if r.end == usize::MAX {
        panic!("attempted to index slice up to maximum usize");
    }
    check_range(0, r.end + 1, len);
    (0, r.end + 1)
});

/// `*(ptr + i)` as a raw element pointer.
unsafe fn elem<T>(s: *const [T], i: usize) -> *mut T {
    intrinsics::offset(s as *const T, i as isize) as *mut T
}

impl<T> [T] {
    pub fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }

    pub fn get<I: SliceIndex<[T]>>(&self, index: I) -> Option<&I::Output> {
        index.get(self)
    }

    pub fn get_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> Option<&mut I::Output> {
        index.get_mut(self)
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn first_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn last(&self) -> Option<&T> {
        if self.is_empty() { None } else { self.get(self.len() - 1) }
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        let len = self.len();
        if len == 0 { None } else { self.get_mut(len - 1) }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let mut i = 0;
        while i < self.len() {
            if self[i] == *x {
                return true;
            }
            i += 1;
        }
        false
    }

    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        let len = self.len();
        if a >= len {
            panic!("index out of bounds: the len is {} but the index is {}", len, a);
        }
        if b >= len {
            panic!("index out of bounds: the len is {} but the index is {}", len, b);
        }
        unsafe {
            let pa = elem(self, a);
            let pb = elem(self, b);
            let tmp = intrinsics::read(pa as *const T);
            intrinsics::copy(pb as *const T, pa, 1);
            intrinsics::write(pb, tmp);
        }
    }

    pub fn reverse(&mut self) {
        let len = self.len();
        let mut i = 0;
        while i < len / 2 {
            self.swap(i, len - 1 - i);
            i += 1;
        }
    }

    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        if mid > self.len() {
            panic!("mid > len");
        }
        unsafe { (&*subslice(self, 0, mid), &*subslice(self, mid, self.len())) }
    }

    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        if mid > len {
            panic!("mid > len");
        }
        let s = self as *mut [T] as *const [T];
        unsafe { (&mut *(subslice(s, 0, mid) as *mut [T]), &mut *(subslice(s, mid, len) as *mut [T])) }
    }

    pub fn starts_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let n = needle.len();
        n <= self.len() && self.index_range_to(..n) == needle
    }

    pub fn ends_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let (m, n) = (self.len(), needle.len());
        n <= m && self.index_range_from(m - n..) == needle
    }

    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        let mut i = 0;
        while i < self.len() {
            self[i] = value.clone();
            i += 1;
        }
    }

    pub fn to_vec(&self) -> crate::vec::Vec<T>
    where
        T: Clone,
    {
        let mut v = crate::vec::Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v
    }

    #[track_caller]
    pub fn copy_from_slice(&mut self, src: &[T])
    where
        T: Copy,
    {
        if self.len() != src.len() {
            panic!(
                "copy_from_slice: source slice length ({}) does not match destination slice length ({})",
                src.len(),
                self.len()
            );
        }
        unsafe { intrinsics::copy_nonoverlapping(src.as_ptr(), self.as_mut_ptr(), src.len()) };
    }

    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: Clone,
    {
        if self.len() != src.len() {
            panic!("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < src.len() {
            self[i] = src[i].clone();
            i += 1;
        }
    }

    /// `Ok(index)` of an element equal to `x` in a sorted slice, or
    /// `Err(index)` where it would be inserted (std's algorithm, so the index
    /// among equal elements is the same).
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|p| p.cmp(x))
    }

    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(&self[mid]) != Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        let cmp = f(&self[base]);
        if cmp == Ordering::Equal {
            Ok(base)
        } else if cmp == Ordering::Less {
            Err(base + 1)
        } else {
            Err(base)
        }
    }

    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    /// Stable sort (a merge sort; equal elements keep their order).
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut |a: &T, b: &T| a.lt(b));
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        merge_sort(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        merge_sort(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        self.sort();
    }

    /// Sorts by a key computed once per element (std's algorithm: sort
    /// `(key, index)` pairs, then apply the permutation by swaps).
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let mut indices: crate::vec::Vec<(K, usize)> = crate::vec::Vec::with_capacity(self.len());
        let mut i = 0;
        while i < self.len() {
            indices.push((f(&self[i]), i));
            i += 1;
        }
        indices.sort();
        let mut i = 0;
        while i < self.len() {
            let mut index = indices[i].1;
            while index < i {
                index = indices[index].1;
            }
            indices[i].1 = index;
            self.swap(i, index);
            i += 1;
        }
    }

    /// Puts the element that sorting would place at `index` there, the
    /// smaller ones before it and the larger after (here by sorting).
    #[track_caller]
    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T])
    where
        T: Ord,
    {
        let len = self.len();
        if index >= len {
            panic!("partition_at_index index {} greater than length of slice {}", index, len);
        }
        self.sort_unstable();
        let (left, rest) = self.split_at_mut(index);
        let (mid, right) = rest.split_at_mut(1);
        (left, &mut mid[0], right)
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        self.sort_by(compare);
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        self.sort_by_key(f);
    }

    pub fn is_sorted(&self) -> bool
    where
        T: PartialOrd,
    {
        let mut i = 1;
        while i < self.len() {
            if self[i - 1] > self[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if self.is_empty() {
            None
        } else {
            Some((&self[0], self.index_range_from(1..)))
        }
    }

    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let len = self.len();
        if len == 0 {
            None
        } else {
            Some((&self[len - 1], self.index_range_to(..len - 1)))
        }
    }

    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if self.is_empty() {
            return None;
        }
        let (first, rest) = self.split_at_mut(1);
        Some((&mut first[0], rest))
    }

    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        let (rest, last) = self.split_at_mut(len - 1);
        Some((&mut last[0], rest))
    }

    /// Rotates left by `mid` (three reversals).
    #[track_caller]
    pub fn rotate_left(&mut self, mid: usize) {
        assert!(mid <= self.len());
        let len = self.len();
        self.index_range_to_mut(..mid).reverse();
        self.index_range_from_mut(mid..).reverse();
        self.reverse();
        let _ = len;
    }

    #[track_caller]
    pub fn rotate_right(&mut self, k: usize) {
        assert!(k <= self.len());
        let mid = self.len() - k;
        self.rotate_left(mid);
    }

    #[track_caller]
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        assert!(self.len() == other.len(), "destination and source slices have different lengths");
        let mut i = 0;
        while i < self.len() {
            unsafe {
                let a = elem(self, i);
                let b = elem(other, i);
                let tmp = intrinsics::read(a as *const T);
                intrinsics::copy_nonoverlapping(b as *const T, a, 1);
                intrinsics::write(b, tmp);
            }
            i += 1;
        }
    }

    pub fn fill_with<F: FnMut() -> T>(&mut self, mut f: F) {
        let mut i = 0;
        while i < self.len() {
            self[i] = f();
            i += 1;
        }
    }

    pub fn repeat(&self, n: usize) -> crate::vec::Vec<T>
    where
        T: Copy,
    {
        let len = self.len();
        let mut v = crate::vec::Vec::with_capacity(len * n);
        let mut i = 0;
        while i < n {
            unsafe {
                let dst = intrinsics::offset(v.as_mut_ptr() as *const T, (i * len) as isize) as *mut T;
                intrinsics::copy_nonoverlapping(self.as_ptr(), dst, len);
            }
            i += 1;
        }
        unsafe { v.set_len(len * n) };
        v
    }

    pub fn concat(&self) -> <T as ConcatItem>::Output
    where
        T: ConcatItem,
    {
        T::concat_items(self)
    }

    pub fn join<S>(&self, sep: S) -> <T as JoinItem<S>>::Output
    where
        T: JoinItem<S>,
    {
        T::join_items(self, sep)
    }
}

use crate::cmp::{Ord, Ordering, PartialEq, PartialOrd};
use crate::ops::FnMut;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::clone::Clone;
use crate::marker::Copy;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// Element types whose slices `concat` (std's `Concat`).
pub trait ConcatItem: Sized {
    type Output;
    fn concat_items(items: &[Self]) -> Self::Output;
}

/// Element types whose slices `join` with a separator `S` (std's `Join`).
pub trait JoinItem<S>: Sized {
    type Output;
    fn join_items(items: &[Self], sep: S) -> Self::Output;
}

/// The total length of the vectors in `items`.
fn total_len<T>(items: &[crate::vec::Vec<T>]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < items.len() {
        n += items[i].len();
        i += 1;
    }
    n
}

impl<T: Clone> ConcatItem for crate::vec::Vec<T> {
    type Output = crate::vec::Vec<T>;
    fn concat_items(items: &[crate::vec::Vec<T>]) -> crate::vec::Vec<T> {
        let mut out = crate::vec::Vec::with_capacity(total_len(items));
        let mut i = 0;
        while i < items.len() {
            out.extend_from_slice(items[i].as_slice());
            i += 1;
        }
        out
    }
}

impl<T: Clone, const N: usize> ConcatItem for [T; N] {
    type Output = crate::vec::Vec<T>;
    fn concat_items(items: &[[T; N]]) -> crate::vec::Vec<T> {
        let mut out = crate::vec::Vec::with_capacity(items.len() * N);
        for item in items {
            out.extend_from_slice(item);
        }
        out
    }
}

impl<T: Clone> ConcatItem for &[T] {
    type Output = crate::vec::Vec<T>;
    fn concat_items(items: &[&[T]]) -> crate::vec::Vec<T> {
        let mut out = crate::vec::Vec::new();
        for item in items {
            out.extend_from_slice(item);
        }
        out
    }
}

impl<T: Clone> JoinItem<&T> for crate::vec::Vec<T> {
    type Output = crate::vec::Vec<T>;
    fn join_items(items: &[crate::vec::Vec<T>], sep: &T) -> crate::vec::Vec<T> {
        if items.is_empty() {
            return crate::vec::Vec::new();
        }
        let mut out = crate::vec::Vec::with_capacity(total_len(items) + items.len() - 1);
        let mut i = 0;
        while i < items.len() {
            if i > 0 {
                out.push(sep.clone());
            }
            out.extend_from_slice(items[i].as_slice());
            i += 1;
        }
        out
    }
}

impl<T: Clone> JoinItem<&[T]> for crate::vec::Vec<T> {
    type Output = crate::vec::Vec<T>;
    fn join_items(items: &[crate::vec::Vec<T>], sep: &[T]) -> crate::vec::Vec<T> {
        if items.is_empty() {
            return crate::vec::Vec::new();
        }
        let mut out = crate::vec::Vec::with_capacity(total_len(items) + sep.len() * (items.len() - 1));
        let mut i = 0;
        while i < items.len() {
            if i > 0 {
                out.extend_from_slice(sep);
            }
            out.extend_from_slice(items[i].as_slice());
            i += 1;
        }
        out
    }
}

/// Merges runs bottom-up through a scratch buffer (stable).
fn merge_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let len = v.len();
    if len < 2 {
        return;
    }
    let size = unsafe { intrinsics::size_of::<T>() };
    let align = unsafe { intrinsics::align_of::<T>() };
    if size == 0 {
        return;
    }
    let buf = unsafe { crate::builtins::__ferrum_alloc(len * size, align) as *mut T };
    let data = v.as_mut_ptr();
    let mut width = 1;
    while width < len {
        let mut lo = 0;
        while lo < len - width {
            let mid = lo + width;
            let hi = if mid + width < len { mid + width } else { len };
            unsafe { merge(data, buf, lo, mid, hi, is_less) };
            lo = hi;
        }
        width *= 2;
    }
    unsafe { crate::builtins::__ferrum_dealloc(buf as *mut u8, len * size, align) };
}

unsafe fn at<T>(p: *mut T, i: usize) -> *mut T {
    intrinsics::offset(p as *const T, i as isize) as *mut T
}

/// Merges the sorted runs `lo..mid` and `mid..hi` of `data` (via `buf`).
unsafe fn merge<T, F: FnMut(&T, &T) -> bool>(data: *mut T, buf: *mut T, lo: usize, mid: usize, hi: usize, is_less: &mut F) {
    intrinsics::copy_nonoverlapping(at(data, lo) as *const T, at(buf, lo), hi - lo);
    let (mut i, mut j, mut k) = (lo, mid, lo);
    while i < mid && j < hi {
        // Take from the right run only when strictly smaller: stability.
        if is_less(&*at(buf, j), &*at(buf, i)) {
            intrinsics::copy_nonoverlapping(at(buf, j) as *const T, at(data, k), 1);
            j += 1;
        } else {
            intrinsics::copy_nonoverlapping(at(buf, i) as *const T, at(data, k), 1);
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        intrinsics::copy_nonoverlapping(at(buf, i) as *const T, at(data, k), 1);
        i += 1;
        k += 1;
    }
    while j < hi {
        intrinsics::copy_nonoverlapping(at(buf, j) as *const T, at(data, k), 1);
        j += 1;
        k += 1;
    }
}

impl<T: PartialEq<U>, U> PartialEq<[U]> for [T] {
    fn eq(&self, other: &[U]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self[i] != other[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: crate::cmp::Eq> crate::cmp::Eq for [T] {}

impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, other: &[T]) -> Option<Ordering> {
        let n = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < n {
            match self[i].partial_cmp(&other[i]) {
                Some(Ordering::Equal) => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().partial_cmp(&other.len())
    }
}

impl<T: Ord> Ord for [T] {
    fn cmp(&self, other: &[T]) -> Ordering {
        let n = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < n {
            match self[i].cmp(&other[i]) {
                Ordering::Equal => {}
                non_eq => return non_eq,
            }
            i += 1;
        }
        self.len().cmp(&other.len())
    }
}

impl<T> crate::default::Default for &[T] {
    fn default() -> Self {
        &[]
    }
}

/// An iterator over `&T` (std's `slice::Iter`).
pub struct Iter<'a, T> {
    slice: &'a [T],
    front: usize,
    back: usize,
}

/// An iterator over `&mut T` (std's `slice::IterMut`).
pub struct IterMut<'a, T> {
    ptr: *mut T,
    front: usize,
    back: usize,
    _slice: &'a [T],
}

impl<'a, T> Iter<'a, T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &'a [T] {
        unsafe { &*subslice(self.slice as *const [T], self.front, self.back) }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        unsafe { Some(&*elem(self.slice as *const [T], i)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        unsafe { Some(&*elem(self.slice as *const [T], self.back)) }
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { slice: self.slice, front: self.front, back: self.back }
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        unsafe { Some(&mut *(intrinsics::offset(self.ptr as *const T, i as isize) as *mut T)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        unsafe { Some(&mut *(intrinsics::offset(self.ptr as *const T, self.back as isize) as *mut T)) }
    }
}

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}

/// Overlapping windows of `size` elements (std's `slice::Windows`).
pub struct Windows<'a, T> {
    slice: &'a [T],
    size: usize,
    front: usize,
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.front + self.size > self.slice.len() {
            return None;
        }
        let start = self.front;
        self.front += 1;
        unsafe { Some(&*subslice(self.slice as *const [T], start, start + self.size)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.front + self.size > self.slice.len() { 0 } else { self.slice.len() - self.size - self.front + 1 };
        (n, Some(n))
    }
}

/// Consecutive chunks of `size` elements, the last possibly shorter
/// (std's `slice::Chunks`).
pub struct Chunks<'a, T> {
    slice: &'a [T],
    size: usize,
    front: usize,
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        let len = self.slice.len();
        if self.front >= len {
            return None;
        }
        let start = self.front;
        let end = if len - start > self.size { start + self.size } else { len };
        self.front = end;
        unsafe { Some(&*subslice(self.slice as *const [T], start, end)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest = self.slice.len() - self.front;
        let n = (rest + self.size - 1) / self.size;
        (n, Some(n))
    }
}

/// Chunks of exactly `size` elements; the remainder is left out
/// (std's `slice::ChunksExact`).
pub struct ChunksExact<'a, T> {
    slice: &'a [T],
    size: usize,
    front: usize,
}

impl<'a, T> ChunksExact<'a, T> {
    pub fn remainder(&self) -> &'a [T] {
        let len = self.slice.len();
        let start = len - len % self.size;
        unsafe { &*subslice(self.slice as *const [T], start, len) }
    }
}

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.front + self.size > self.slice.len() {
            return None;
        }
        let start = self.front;
        self.front += self.size;
        unsafe { Some(&*subslice(self.slice as *const [T], start, start + self.size)) }
    }
}

impl<T> [T] {
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { slice: self, front: 0, back: self.len() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let len = self.len();
        IterMut { ptr: self.as_mut_ptr(), front: 0, back: len, _slice: &*self }
    }

    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows { slice: self, size, front: 0 }
    }

    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { slice: self, size: chunk_size, front: 0 }
    }

    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        ChunksExact { slice: self, size: chunk_size, front: 0 }
    }
}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

/// A slice of `len` elements starting at `data`.
pub unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    &*intrinsics::transmute::<(*const T, usize), *const [T]>((data, len))
}

/// A mutable slice of `len` elements starting at `data`.
pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    &mut *intrinsics::transmute::<(*mut T, usize), *mut [T]>((data, len))
}
