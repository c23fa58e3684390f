//! Ranges of integers and `char`s are iterators, through one generic impl
//! per range type over `Step` (so `(1..10).map(..)` knows its item type
//! before the integer type is inferred, as in std).

use super::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::ops::{Range, RangeFrom, RangeInclusive};
use crate::option::Option::{self, None, Some};

/// Types with successor and predecessor operations.
pub trait Step: Clone + PartialOrd + Sized {
    /// The number of steps from `start` to `end` (`end >= start`).
    fn steps_between(start: &Self, end: &Self) -> usize;
    fn forward(start: Self, count: usize) -> Self;
    fn backward(start: Self, count: usize) -> Self;
}

macro_rules! step_integer {
    ($($t:ident)*) => {
        $(
            impl Step for $t {
                fn steps_between(start: &$t, end: &$t) -> usize {
                    (*end as i128 - *start as i128) as usize
                }
                fn forward(start: $t, count: usize) -> $t {
                    start + count as $t
                }
                fn backward(start: $t, count: usize) -> $t {
                    start - count as $t
                }
            }
        )*
    };
}

step_integer!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

impl Step for char {
    fn steps_between(start: &char, end: &char) -> usize {
        let (s, e) = (*start as u32, *end as u32);
        let gap = if s < 0xD800 && e >= 0xE000 { 0x800 } else { 0 };
        (e - s - gap) as usize
    }
    fn forward(start: char, count: usize) -> char {
        let mut n = start as u32 + count as u32;
        if (start as u32) < 0xD800 && n >= 0xD800 {
            n += 0x800;
        }
        unsafe { crate::intrinsics::transmute::<u32, char>(n) }
    }
    fn backward(start: char, count: usize) -> char {
        let mut n = start as u32 - count as u32;
        if (start as u32) >= 0xE000 && n < 0xE000 {
            n -= 0x800;
        }
        unsafe { crate::intrinsics::transmute::<u32, char>(n) }
    }
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = self.start.clone();
            self.start = Step::forward(n.clone(), 1);
            Some(n)
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.start < self.end { Step::steps_between(&self.start, &self.end) } else { 0 };
        (n, Some(n))
    }
    fn nth(&mut self, n: usize) -> Option<A> {
        let len = if self.start < self.end { Step::steps_between(&self.start, &self.end) } else { 0 };
        if n < len {
            let v = Step::forward(self.start.clone(), n);
            self.start = Step::forward(v.clone(), 1);
            Some(v)
        } else {
            self.start = self.end.clone();
            None
        }
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = Step::backward(self.end.clone(), 1);
            Some(self.end.clone())
        } else {
            None
        }
    }
}

impl<A: Step> ExactSizeIterator for Range<A> {}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.start.clone();
        if n < self.end {
            self.start = Step::forward(n.clone(), 1);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.exhausted || !(self.start <= self.end) {
            0
        } else {
            Step::steps_between(&self.start, &self.end) + 1
        };
        (n, Some(n))
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.end.clone();
        if self.start < n {
            self.end = Step::backward(n.clone(), 1);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }
}

impl<A: Step> ExactSizeIterator for RangeInclusive<A> {}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        let n = self.start.clone();
        self.start = Step::forward(n.clone(), 1);
        Some(n)
    }
}
