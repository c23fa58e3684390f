//! The traits around `Iterator`: conversion into one (`for` loops), out of
//! one (`collect`), iteration from both ends, exact lengths, sums.

use super::Iterator;
use crate::option::Option::{self, None, Some};

/// What `for` loops iterate over.
#[lang = "IntoIterator"]
#[rustc_on_unimplemented(message = "`{Self}` is not an iterator", label = "`{Self}` is not an iterator")]
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    fn into_iter(self) -> I {
        self
    }
}

/// What `collect` builds.
pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

/// Collections that take more elements from an iterator.
pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);

    fn extend_one(&mut self, item: A) {
        self.extend(Some(item));
    }
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;

    fn rfind<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            if self.next_back().is_none() {
                return None;
            }
            i += 1;
        }
        self.next_back()
    }

    fn rfold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B
    where
        Self: Sized,
    {
        let mut acc = init;
        let mut f = f;
        let mut this = self;
        while let Some(x) = this.next_back() {
            acc = f(acc, x);
        }
        acc
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize {
        let (lower, _) = self.size_hint();
        lower
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `Iterator::sum`.
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// `Iterator::product`.
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

macro_rules! sum_product {
    ($zero:literal, $one:literal, $($t:ident)*) => {
        $(
            impl Sum for $t {
                fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                    let mut acc: $t = $zero;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc + x;
                    }
                    acc
                }
            }

            impl<'a> Sum<&'a $t> for $t {
                fn sum<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    let mut acc: $t = $zero;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc + *x;
                    }
                    acc
                }
            }

            impl Product for $t {
                fn product<I: Iterator<Item = $t>>(iter: I) -> $t {
                    let mut acc: $t = $one;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc * x;
                    }
                    acc
                }
            }

            impl<'a> Product<&'a $t> for $t {
                fn product<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    let mut acc: $t = $one;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc * *x;
                    }
                    acc
                }
            }
        )*
    };
}

sum_product!(0, 1, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
sum_product!(0.0, 1.0, f32 f64);

impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = crate::option::IntoIter<T>;
    fn into_iter(self) -> crate::option::IntoIter<T> {
        crate::option::IntoIter { inner: self }
    }
}
