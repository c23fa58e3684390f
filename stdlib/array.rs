//! Arrays `[T; N]`: iteration (`for x in [a, b, c]` by value, `for x in
//! &arr`), comparisons, `Default`, conversions from slices and `map`.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::default::Default;
use crate::intrinsics;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::mem::ManuallyDrop;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// The by-value iterator of an array: yields the elements front to back,
/// drops the ones not yielded.
pub struct IntoIter<T, const N: usize> {
    data: ManuallyDrop<[T; N]>,
    front: usize,
    back: usize,
}

impl<T, const N: usize> IntoIter<T, N> {
    fn elem(&self, i: usize) -> *const T {
        let base = &*self.data as *const [T; N] as *const T;
        unsafe { intrinsics::offset(base, i as isize) }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
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

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(unsafe { intrinsics::read(self.elem(self.back)) })
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {}

impl<T, const N: usize> Drop for IntoIter<T, N> {
    fn drop(&mut self) {
        while self.front < self.back {
            let p = self.elem(self.front);
            self.front += 1;
            unsafe { intrinsics::drop_in_place(p as *mut T) };
        }
    }
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;
    fn into_iter(self) -> IntoIter<T, N> {
        IntoIter { data: ManuallyDrop::new(self), front: 0, back: N }
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = crate::slice::Iter<'a, T>;
    fn into_iter(self) -> crate::slice::Iter<'a, T> {
        let s: &'a [T] = self;
        s.iter()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = crate::slice::IterMut<'a, T>;
    fn into_iter(self) -> crate::slice::IterMut<'a, T> {
        let s: &'a mut [T] = self;
        s.iter_mut()
    }
}

/// Moves the first `N` elements of a vector into an array; the vector's
/// length must be `N`.
fn array_from_vec<T, const N: usize>(mut v: crate::vec::Vec<T>) -> [T; N] {
    let out = unsafe { intrinsics::read(v.as_ptr() as *const [T; N]) };
    unsafe { v.set_len(0) };
    out
}

impl<T: Clone, const N: usize> Clone for [T; N] {
    fn clone(&self) -> [T; N] {
        // The clones are made in a vector's buffer, then moved out as one
        // array.
        array_from_vec(self[..].to_vec())
    }
}

impl<T: Default, const N: usize> Default for [T; N] {
    fn default() -> [T; N] {
        from_fn(|_| T::default())
    }
}

/// `[f(0), f(1), ..., f(N - 1)]`.
pub fn from_fn<T, const N: usize, F: FnMut(usize) -> T>(mut f: F) -> [T; N] {
    let mut v = crate::vec::Vec::with_capacity(N);
    for i in 0..N {
        v.push(f(i));
    }
    array_from_vec(v)
}

impl<T, const N: usize> [T; N] {
    /// A new array of `f` applied to each element, in order.
    pub fn map<U, F: FnMut(T) -> U>(self, mut f: F) -> [U; N] {
        let mut v = crate::vec::Vec::with_capacity(N);
        for x in self {
            v.push(f(x));
        }
        array_from_vec(v)
    }

    pub fn as_slice(&self) -> &[T] {
        self
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T; N] {
    fn eq(&self, other: &[U; N]) -> bool {
        self[..] == other[..]
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U]> for [T; N] {
    fn eq(&self, other: &[U]) -> bool {
        self[..] == *other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T] {
    fn eq(&self, other: &[U; N]) -> bool {
        *self == other[..]
    }
}

impl<'b, T: PartialEq<U>, U, const N: usize> PartialEq<&'b [U]> for [T; N] {
    fn eq(&self, other: &&'b [U]) -> bool {
        self[..] == **other
    }
}

impl<T: Eq, const N: usize> Eq for [T; N] {}

impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    fn partial_cmp(&self, other: &[T; N]) -> Option<Ordering> {
        self[..].partial_cmp(&other[..])
    }
}

impl<T: Ord, const N: usize> Ord for [T; N] {
    fn cmp(&self, other: &[T; N]) -> Ordering {
        self[..].cmp(&other[..])
    }
}

impl<T, const N: usize> crate::convert::AsRef<[T]> for [T; N] {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> crate::convert::AsMut<[T]> for [T; N] {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T, const N: usize> crate::borrow::Borrow<[T]> for [T; N] {
    fn borrow(&self) -> &[T] {
        self
    }
}

/// The error of converting a slice of the wrong length to an array.
#[derive(Debug, Clone, Copy)]
pub struct TryFromSliceError(());

impl crate::fmt::Display for TryFromSliceError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("could not convert slice to array")
    }
}

impl crate::error::Error for TryFromSliceError {}

impl<T: Copy, const N: usize> crate::convert::TryFrom<&[T]> for [T; N] {
    type Error = TryFromSliceError;
    fn try_from(slice: &[T]) -> Result<[T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { intrinsics::read(slice.as_ptr() as *const [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<'a, T, const N: usize> crate::convert::TryFrom<&'a [T]> for &'a [T; N] {
    type Error = TryFromSliceError;
    fn try_from(slice: &'a [T]) -> Result<&'a [T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { &*(slice.as_ptr() as *const [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<T, const N: usize> crate::convert::From<[T; N]> for crate::vec::Vec<T> {
    fn from(arr: [T; N]) -> crate::vec::Vec<T> {
        crate::vec::from_boxed_slice(crate::boxed::Box::new(arr))
    }
}
