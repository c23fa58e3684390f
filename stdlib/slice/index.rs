//! `SliceIndex`: what `get` and `get_mut` of slices and `str` accept, a
//! position or any kind of range.

use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::option::Option::{self, None, Some};

pub trait SliceIndex<T: ?Sized> {
    type Output: ?Sized;
    fn get(self, slice: &T) -> Option<&Self::Output>;
    fn get_mut(self, slice: &mut T) -> Option<&mut Self::Output>;
}

impl<T> SliceIndex<[T]> for usize {
    type Output = T;

    fn get(self, slice: &[T]) -> Option<&T> {
        if self < slice.len() { unsafe { Some(&*super::elem(slice, self)) } } else { None }
    }

    fn get_mut(self, slice: &mut [T]) -> Option<&mut T> {
        if self < slice.len() { unsafe { Some(&mut *super::elem(slice, self)) } } else { None }
    }
}

/// The `start..end` a range denotes in a sequence of `len` items, if it
/// fits.
trait Bounds {
    fn bounds(self, len: usize) -> Option<(usize, usize)>;
}

impl Bounds for Range<usize> {
    fn bounds(self, len: usize) -> Option<(usize, usize)> {
        if self.start <= self.end && self.end <= len { Some((self.start, self.end)) } else { None }
    }
}

impl Bounds for RangeFrom<usize> {
    fn bounds(self, len: usize) -> Option<(usize, usize)> {
        (self.start..len).bounds(len)
    }
}

impl Bounds for RangeTo<usize> {
    fn bounds(self, len: usize) -> Option<(usize, usize)> {
        (0..self.end).bounds(len)
    }
}

impl Bounds for RangeFull {
    fn bounds(self, len: usize) -> Option<(usize, usize)> {
        Some((0, len))
    }
}

impl Bounds for RangeInclusive<usize> {
    fn bounds(self, len: usize) -> Option<(usize, usize)> {
        if self.end == usize::MAX {
            return None;
        }
        // An exhausted range is empty at its end, as in std.
        let start = if self.exhausted { self.end + 1 } else { self.start };
        (start..self.end + 1).bounds(len)
    }
}

impl Bounds for RangeToInclusive<usize> {
    fn bounds(self, len: usize) -> Option<(usize, usize)> {
        if self.end == usize::MAX { None } else { (0..self.end + 1).bounds(len) }
    }
}

macro_rules! slice_index_by_range {
    ($($range:ty),*) => {
        $(
            impl<T> SliceIndex<[T]> for $range {
                type Output = [T];

                fn get(self, slice: &[T]) -> Option<&[T]> {
                    let (start, end) = self.bounds(slice.len())?;
                    Some(&slice[start..end])
                }

                fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
                    let (start, end) = self.bounds(slice.len())?;
                    Some(&mut slice[start..end])
                }
            }

            impl SliceIndex<str> for $range {
                type Output = str;

                fn get(self, s: &str) -> Option<&str> {
                    let (start, end) = self.bounds(s.len())?;
                    if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
                        return None;
                    }
                    unsafe { Some(s.get_unchecked(start, end)) }
                }

                fn get_mut(self, s: &mut str) -> Option<&mut str> {
                    let (start, end) = self.bounds(s.len())?;
                    if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
                        return None;
                    }
                    unsafe { Some(s.get_unchecked_mut(start, end)) }
                }
            }
        )*
    };
}

slice_index_by_range!(
    Range<usize>,
    RangeFrom<usize>,
    RangeTo<usize>,
    RangeFull,
    RangeInclusive<usize>,
    RangeToInclusive<usize>
);
