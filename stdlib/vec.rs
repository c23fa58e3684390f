//! A contiguous growable array type, `Vec<T>`.
//!
//! The buffer grows as std's `RawVec` does (capacity doubles, and the first
//! allocation holds 8 one-byte, 4 moderate or 1 large element), so the
//! capacities a program prints match rustc's.

use crate::builtins::{__ferrum_alloc, __ferrum_dealloc, __ferrum_realloc};
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::default::Default;
use crate::intrinsics;
use crate::marker::Copy;
use crate::ops::{Deref, DerefMut, Drop, FnMut, Index, IndexMut};
use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::option::Option::{self, None, Some};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};

pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

/// The smallest non-zero capacity std's `RawVec` allocates.
fn min_non_zero_cap(elem_size: usize) -> usize {
    if elem_size == 1 {
        8
    } else if elem_size <= 1024 {
        4
    } else {
        1
    }
}

#[track_caller]
fn capacity_overflow() -> ! {
    panic!("capacity overflow");
}

/// `ptr + count` elements.
unsafe fn add<T>(ptr: *mut T, count: usize) -> *mut T {
    intrinsics::offset(ptr as *const T, count as isize) as *mut T
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { ptr: unsafe { intrinsics::align_of::<T>() } as *mut T, cap: 0, len: 0 }
    }

    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        v.grow_to(capacity);
        v
    }

    fn elem_size() -> usize {
        unsafe { intrinsics::size_of::<T>() }
    }

    /// Reallocates the buffer to hold exactly `new_cap` elements
    /// (`new_cap >= len`).
    #[track_caller]
    fn grow_to(&mut self, new_cap: usize) {
        let size = Vec::<T>::elem_size();
        if size == 0 || new_cap == self.cap {
            return;
        }
        let align = unsafe { intrinsics::align_of::<T>() };
        let (bytes, overflow) = unsafe { intrinsics::mul_with_overflow(new_cap, size) };
        if overflow || bytes > isize::MAX as usize {
            capacity_overflow();
        }
        unsafe {
            if new_cap == 0 {
                __ferrum_dealloc(self.ptr as *mut u8, self.cap * size, align);
                self.ptr = align as *mut T;
            } else if self.cap == 0 {
                self.ptr = __ferrum_alloc(bytes, align) as *mut T;
            } else {
                self.ptr = __ferrum_realloc(self.ptr as *mut u8, self.cap * size, bytes, align) as *mut T;
            }
        }
        self.cap = new_cap;
    }

    /// Makes room for `additional` more elements, doubling as std does.
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        if self.capacity() - self.len >= additional {
            return;
        }
        let (required, overflow) = unsafe { intrinsics::add_with_overflow(self.len, additional) };
        if overflow {
            capacity_overflow();
        }
        let mut cap = self.cap * 2;
        if cap < required {
            cap = required;
        }
        let min = min_non_zero_cap(Vec::<T>::elem_size());
        if cap < min {
            cap = min;
        }
        self.grow_to(cap);
    }

    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        if self.capacity() - self.len >= additional {
            return;
        }
        let (required, overflow) = unsafe { intrinsics::add_with_overflow(self.len, additional) };
        if overflow {
            capacity_overflow();
        }
        self.grow_to(required);
    }

    pub fn shrink_to_fit(&mut self) {
        if self.cap > self.len {
            self.grow_to(self.len);
        }
    }

    /// The elements in an allocation of exactly their size.
    pub fn into_boxed_slice(mut self) -> crate::boxed::Box<[T]> {
        self.shrink_to_fit();
        let parts = (self.ptr, self.len);
        crate::mem::forget(self);
        unsafe { crate::boxed::Box::from_raw(intrinsics::transmute::<(*mut T, usize), *mut [T]>(parts)) }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn capacity(&self) -> usize {
        if Vec::<T>::elem_size() == 0 { usize::MAX } else { self.cap }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn as_ptr(&self) -> *const T {
        self.ptr as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr
    }

    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T> {
        Vec { ptr, cap: capacity, len: length }
    }

    pub unsafe fn set_len(&mut self, new_len: usize) {
        self.len = new_len;
    }

    pub fn as_slice(&self) -> &[T] {
        unsafe { &*intrinsics::transmute::<(*const T, usize), *const [T]>((self.ptr as *const T, self.len)) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        unsafe { &mut *intrinsics::transmute::<(*mut T, usize), *mut [T]>((self.ptr, self.len)) }
    }

    #[track_caller]
    pub fn push(&mut self, value: T) {
        if self.len == self.capacity() {
            self.reserve(1);
        }
        unsafe {
            intrinsics::write(add(self.ptr, self.len), value);
        }
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        unsafe { Some(intrinsics::read(add(self.ptr, self.len) as *const T)) }
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {}) should be <= len (is {})", index, len);
        }
        if len == self.capacity() {
            self.reserve(1);
        }
        unsafe {
            let p = add(self.ptr, index);
            if index < len {
                intrinsics::copy(p as *const T, add(p, 1), len - index);
            }
            intrinsics::write(p, element);
        }
        self.len = len + 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {}) should be < len (is {})", index, len);
        }
        unsafe {
            let p = add(self.ptr, index);
            let value = intrinsics::read(p as *const T);
            intrinsics::copy(add(p, 1) as *const T, p, len - index - 1);
            self.len = len - 1;
            value
        }
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, len);
        }
        unsafe {
            let value = intrinsics::read(add(self.ptr, index) as *const T);
            intrinsics::copy(add(self.ptr, len - 1) as *const T, add(self.ptr, index), 1);
            self.len = len - 1;
            value
        }
    }

    /// Drops the elements from `len` on, first to last.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let old_len = self.len;
        self.len = len;
        let mut i = len;
        while i < old_len {
            unsafe { intrinsics::drop_in_place(add(self.ptr, i)) };
            i += 1;
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        let len = self.len;
        if at > len {
            panic!("`at` split index (is {}) should be <= len (is {})", at, len);
        }
        let other_len = len - at;
        let mut other = Vec::with_capacity(other_len);
        unsafe {
            intrinsics::copy_nonoverlapping(add(self.ptr, at) as *const T, other.ptr, other_len);
        }
        self.len = at;
        other.len = other_len;
        other
    }

    #[track_caller]
    pub fn append(&mut self, other: &mut Vec<T>) {
        let count = other.len;
        self.reserve(count);
        unsafe {
            intrinsics::copy_nonoverlapping(other.ptr as *const T, add(self.ptr, self.len), count);
        }
        self.len += count;
        other.len = 0;
    }

    pub fn first(&self) -> Option<&T> {
        self.as_slice().first()
    }

    pub fn last(&self) -> Option<&T> {
        self.as_slice().last()
    }

    /// Removes consecutive repeated elements (keeping the first of each run).
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        self.dedup_by(|a, b| *a == *b);
    }

    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b));
    }

    /// Removes each element for which `same_bucket(element, previous kept
    /// element)` holds, dropping it in place.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        let len = self.len;
        if len <= 1 {
            return;
        }
        let mut write = 1;
        let mut read = 1;
        unsafe {
            while read < len {
                let cur = add(self.ptr, read);
                let prev = add(self.ptr, write - 1);
                if same_bucket(&mut *cur, &mut *prev) {
                    intrinsics::drop_in_place(cur);
                } else {
                    if read != write {
                        intrinsics::copy_nonoverlapping(cur as *const T, add(self.ptr, write), 1);
                    }
                    write += 1;
                }
                read += 1;
            }
        }
        self.len = write;
    }

    /// Keeps the elements for which `f` holds, in order; the others are
    /// dropped as they are visited.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|x| f(x));
    }

    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        let mut write = 0;
        let mut read = 0;
        unsafe {
            while read < len {
                let cur = add(self.ptr, read);
                if f(&mut *cur) {
                    if read != write {
                        intrinsics::copy_nonoverlapping(cur as *const T, add(self.ptr, write), 1);
                    }
                    write += 1;
                } else {
                    intrinsics::drop_in_place(cur);
                }
                read += 1;
            }
        }
        self.len = write;
    }

    #[track_caller]
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.len;
        if new_len > len {
            self.reserve(new_len - len);
            while self.len < new_len {
                let value = f();
                unsafe { intrinsics::write(add(self.ptr, self.len), value) };
                self.len += 1;
            }
        } else {
            self.truncate(new_len);
        }
    }

    /// Resizes to `new_len`, cloning `value` into new slots (the last one
    /// gets `value` itself) or dropping the excess.
    #[track_caller]
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        let len = self.len;
        if new_len > len {
            self.extend_with(new_len - len, value);
        } else {
            self.truncate(new_len);
        }
    }

    /// Appends `n` copies of `value` (`n - 1` clones, then `value`).
    #[track_caller]
    fn extend_with(&mut self, n: usize, value: T)
    where
        T: Clone,
    {
        self.reserve(n);
        if n == 0 {
            return;
        }
        let mut i = 1;
        while i < n {
            let c = value.clone();
            unsafe { intrinsics::write(add(self.ptr, self.len), c) };
            self.len += 1;
            i += 1;
        }
        unsafe { intrinsics::write(add(self.ptr, self.len), value) };
        self.len += 1;
    }

    #[track_caller]
    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        let n = other.len();
        self.reserve(n);
        let mut i = 0;
        while i < n {
            let c = other[i].clone();
            unsafe { intrinsics::write(add(self.ptr, self.len), c) };
            self.len += 1;
            i += 1;
        }
    }
}

/// `vec![elem; n]`: `n` clones of `elem` (its last slot gets `elem` itself).
#[track_caller]
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.extend_with(n, elem);
    v
}

/// `vec![a, b, c]` (as std's `<[T]>::into_vec(Box::new([a, b, c]))`):
/// the boxed slice's allocation becomes the vector's buffer.
pub fn from_boxed_slice<T>(b: crate::boxed::Box<[T]>) -> Vec<T> {
    let len = b.len();
    let ptr = crate::boxed::Box::into_raw(b) as *mut T;
    let cap = if Vec::<T>::elem_size() == 0 { 0 } else { len };
    Vec { ptr, cap, len }
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        self.truncate(0);
        let size = Vec::<T>::elem_size();
        if self.cap != 0 && size != 0 {
            unsafe { __ferrum_dealloc(self.ptr as *mut u8, self.cap * size, intrinsics::align_of::<T>()) };
        }
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        self.as_slice().to_vec()
    }
}

impl<T> Index<usize> for Vec<T> {
    type Output = T;
    #[track_caller]
    fn index(&self, index: usize) -> &T {
        if index >= self.len {
            panic!("index out of bounds: the len is {} but the index is {}", self.len, index);
        }
        unsafe { &*add(self.ptr, index) }
    }
}

impl<T> IndexMut<usize> for Vec<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        if index >= self.len {
            panic!("index out of bounds: the len is {} but the index is {}", self.len, index);
        }
        unsafe { &mut *add(self.ptr, index) }
    }
}

macro_rules! vec_index_by_range {
    ($($range:ty => $index:ident $index_mut:ident),*) => {
        $(
            impl<T> Index<$range> for Vec<T> {
                type Output = [T];
                #[track_caller]
                fn index(&self, r: $range) -> &[T] {
                    self.as_slice().$index(r)
                }
            }

            impl<T> IndexMut<$range> for Vec<T> {
                #[track_caller]
                fn index_mut(&mut self, r: $range) -> &mut [T] {
                    self.as_mut_slice().$index_mut(r)
                }
            }
        )*
    };
}

vec_index_by_range! {
    Range<usize> => index_range index_range_mut,
    RangeFrom<usize> => index_range_from index_range_from_mut,
    RangeTo<usize> => index_range_to index_range_to_mut,
    RangeFull => index_range_full index_range_full_mut,
    RangeInclusive<usize> => index_range_inclusive index_range_inclusive_mut,
    RangeToInclusive<usize> => index_range_to_inclusive index_range_to_inclusive_mut
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: PartialEq<U>, U> PartialEq<[U]> for Vec<T> {
    fn eq(&self, other: &[U]) -> bool {
        self.as_slice() == other
    }
}

impl<T: PartialEq<U>, U> PartialEq<&[U]> for Vec<T> {
    fn eq(&self, other: &&[U]) -> bool {
        self.as_slice() == *other
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for [T] {
    fn eq(&self, other: &Vec<U>) -> bool {
        self == other.as_slice()
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for &[T] {
    fn eq(&self, other: &Vec<U>) -> bool {
        *self == other.as_slice()
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Vec<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        self.as_slice() == &other[..]
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&[U; N]> for Vec<T> {
    fn eq(&self, other: &&[U; N]) -> bool {
        self.as_slice() == &other[..]
    }
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering> {
        self.as_slice().partial_cmp(other.as_slice())
    }
}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Vec<T>) -> Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

/// `vec![]`, `vec![elem; n]`, `vec![a, b, c]`.
#[macro_export]
macro_rules! vec {
    () => {
        $crate::vec::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::vec::from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::vec::from_boxed_slice($crate::boxed::Box::new([$($x),+]))
    };
}

impl<T> crate::convert::AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> crate::convert::AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: Clone> crate::convert::From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T: Clone> crate::convert::From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl crate::convert::From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}

/// The owning iterator of a `Vec` (std's `vec::IntoIter`): yields the
/// elements by value; what is left is dropped with the buffer.
pub struct IntoIter<T> {
    buf: *mut T,
    cap: usize,
    front: usize,
    back: usize,
}

impl<T> IntoIter<T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        unsafe {
            let p = add(self.buf, self.front) as *const T;
            &*intrinsics::transmute::<(*const T, usize), *const [T]>((p, self.back - self.front))
        }
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        unsafe { Some(intrinsics::read(add(self.buf, i) as *const T)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        unsafe { Some(intrinsics::read(add(self.buf, self.back) as *const T)) }
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        while self.front < self.back {
            unsafe { intrinsics::drop_in_place(add(self.buf, self.front)) };
            self.front += 1;
        }
        let size = Vec::<T>::elem_size();
        if self.cap != 0 && size != 0 {
            unsafe { __ferrum_dealloc(self.buf as *mut u8, self.cap * size, intrinsics::align_of::<T>()) };
        }
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        let it = IntoIter { buf: self.ptr, cap: self.cap, front: 0, back: self.len };
        crate::mem::forget(self);
        it
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = crate::slice::Iter<'a, T>;
    fn into_iter(self) -> crate::slice::Iter<'a, T> {
        self.as_slice().iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = crate::slice::IterMut<'a, T>;
    fn into_iter(self) -> crate::slice::IterMut<'a, T> {
        self.as_mut_slice().iter_mut()
    }
}

/// Removes a range of a `Vec`, yielding its elements (std's `vec::Drain`);
/// the tail moves down when it is dropped.
pub struct Drain<'a, T> {
    vec: &'a mut Vec<T>,
    front: usize,
    back: usize,
    tail_start: usize,
    tail_len: usize,
}

impl<'a, T> Iterator for Drain<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        unsafe { Some(intrinsics::read(add(self.vec.ptr, i) as *const T)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Drain<'a, T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        unsafe { Some(intrinsics::read(add(self.vec.ptr, self.back) as *const T)) }
    }
}

impl<'a, T> Drop for Drain<'a, T> {
    fn drop(&mut self) {
        while self.front < self.back {
            unsafe { intrinsics::drop_in_place(add(self.vec.ptr, self.front)) };
            self.front += 1;
        }
        let start = self.vec.len;
        unsafe {
            if self.tail_start != start {
                intrinsics::copy(add(self.vec.ptr, self.tail_start) as *const T, add(self.vec.ptr, start), self.tail_len);
            }
        }
        self.vec.len = start + self.tail_len;
    }
}

/// The bounds `start..end` of a range argument, checked against `len` with
/// slice indexing's panic messages.
pub trait RangeBounds {
    fn bounds(&self, len: usize) -> (usize, usize);
}

macro_rules! range_bounds {
    ($($range:ty => |$r:ident, $len:ident| $bounds:expr),*) => {
        $(
            impl RangeBounds for $range {
                #[track_caller]
                fn bounds(&self, $len: usize) -> (usize, usize) {
                    let $r = self;
                    $bounds
                }
            }
        )*
    };
}

#[track_caller]
fn check_bounds(start: usize, end: usize, len: usize) -> (usize, usize) {
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
    if end > len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
    (start, end)
}

range_bounds! {
    Range<usize> => |r, len| check_bounds(r.start, r.end, len),
    RangeFrom<usize> => |r, len| {
        if r.start > len {
            panic!("range start index {} out of range for slice of length {}", r.start, len);
        }
        (r.start, len)
    },
    RangeTo<usize> => |r, len| check_bounds(0, r.end, len),
    RangeFull => |r, len| (0, len),
    RangeInclusive<usize> => |r, len| check_bounds(r.start, r.end + 1, len),
    RangeToInclusive<usize> => |r, len| check_bounds(0, r.end + 1, len)
}

impl<T> Vec<T> {
    pub fn iter(&self) -> crate::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    pub fn iter_mut(&mut self) -> crate::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }

    #[track_caller]
    pub fn drain<R: RangeBounds>(&mut self, range: R) -> Drain<'_, T> {
        let len = self.len;
        let (start, end) = range.bounds(len);
        self.len = start;
        Drain { vec: self, front: start, back: end, tail_start: end, tail_len: len - end }
    }

    #[track_caller]
    pub fn extend_from_within<R: RangeBounds>(&mut self, src: R)
    where
        T: Clone,
    {
        let (start, end) = src.bounds(self.len);
        self.reserve(end - start);
        let mut i = start;
        while i < end {
            let c = self[i].clone();
            unsafe { intrinsics::write(add(self.ptr, self.len), c) };
            self.len += 1;
            i += 1;
        }
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&**self, f)
    }
}

impl<T: crate::hash::Hash> crate::hash::Hash for Vec<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state)
    }
}

use crate::iter::{Extend, FromIterator};

impl<T> Extend<T> for Vec<T> {
    /// As std: an iterator with an exact size hint (std's `TrustedLen`)
    /// reserves it up front; others grow by their lower bound + 1 when full.
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let mut it = iter.into_iter();
        let (lower, upper) = it.size_hint();
        if upper == Some(lower) {
            self.reserve(lower);
        }
        while let Some(x) = it.next() {
            if self.len == self.capacity() {
                let (lower, _) = it.size_hint();
                self.reserve(lower + 1);
            }
            unsafe { intrinsics::write(add(self.ptr, self.len), x) };
            self.len += 1;
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        let mut it = iter.into_iter();
        let (lower, upper) = it.size_hint();
        if upper == Some(lower) {
            self.reserve(lower);
        }
        while let Some(x) = it.next() {
            if self.len == self.capacity() {
                let (lower, _) = it.size_hint();
                self.reserve(lower + 1);
            }
            unsafe { intrinsics::write(add(self.ptr, self.len), *x) };
            self.len += 1;
        }
    }
}

impl<T> FromIterator<T> for Vec<T> {
    /// std's capacities: exact for iterators with an exact size hint,
    /// otherwise `max(4, lower + 1)` after the first element (the in-place
    /// reuse of a `vec::IntoIter`'s buffer is not reproduced).
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut it = iter.into_iter();
        let (lower, upper) = it.size_hint();
        if upper == Some(lower) {
            let mut v = Vec::with_capacity(lower);
            v.extend(it);
            return v;
        }
        let first = match it.next() {
            Some(x) => x,
            None => return Vec::new(),
        };
        let (lower, _) = it.size_hint();
        let min = min_non_zero_cap(Vec::<T>::elem_size());
        let mut v = Vec::with_capacity(if lower + 1 > min { lower + 1 } else { min });
        v.push(first);
        v.extend(it);
        v
    }
}
