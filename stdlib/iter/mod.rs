//! Iteration: the `Iterator` trait with its adapters and consumers,
//! `IntoIterator` (what `for` loops call), `FromIterator` (what `collect`
//! builds), and iterators over ranges.

mod adapters;
mod range;
mod shunt;
mod traits;

pub use adapters::{
    Chain, Cloned, Copied, Cycle, Enumerate, Filter, FilterMap, FlatMap, Flatten, Fuse, Inspect, Map, MapWhile,
    Peekable, Rev, Scan, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip,
};
pub use range::Step;
pub use traits::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Product, Sum};

use crate::cmp::Ordering;
use crate::option::Option::{self, None, Some};

/// A source of values, one `next()` at a time.
#[lang = "Iterator"]
#[rustc_on_unimplemented(message = "`{Self}` is not an iterator", label = "`{Self}` is not an iterator")]
pub trait Iterator {
    type Item;

    fn next(&mut self) -> Option<Self::Item>;

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    fn count(self) -> usize
    where
        Self: Sized,
    {
        let mut this = self;
        let mut n = 0;
        while let Some(_) = this.next() {
            n += 1;
        }
        n
    }

    fn last(self) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut this = self;
        let mut last = None;
        while let Some(x) = this.next() {
            last = Some(x);
        }
        last
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            if self.next().is_none() {
                return None;
            }
            i += 1;
        }
        self.next()
    }

    fn step_by(self, step: usize) -> StepBy<Self>
    where
        Self: Sized,
    {
        StepBy::new(self, step)
    }

    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter>
    where
        Self: Sized,
    {
        Chain::new(self, other.into_iter())
    }

    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter>
    where
        Self: Sized,
    {
        Zip::new(self, other.into_iter())
    }

    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
    {
        Map::new(self, f)
    }

    fn for_each<F: FnMut(Self::Item)>(self, f: F)
    where
        Self: Sized,
    {
        let mut this = self;
        let mut f = f;
        while let Some(x) = this.next() {
            f(x);
        }
    }

    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P>
    where
        Self: Sized,
    {
        Filter::new(self, predicate)
    }

    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F>
    where
        Self: Sized,
    {
        FilterMap::new(self, f)
    }

    fn enumerate(self) -> Enumerate<Self>
    where
        Self: Sized,
    {
        Enumerate::new(self)
    }

    fn peekable(self) -> Peekable<Self>
    where
        Self: Sized,
    {
        Peekable::new(self)
    }

    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P>
    where
        Self: Sized,
    {
        SkipWhile::new(self, predicate)
    }

    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P>
    where
        Self: Sized,
    {
        TakeWhile::new(self, predicate)
    }

    fn skip(self, n: usize) -> Skip<Self>
    where
        Self: Sized,
    {
        Skip::new(self, n)
    }

    fn take(self, n: usize) -> Take<Self>
    where
        Self: Sized,
    {
        Take::new(self, n)
    }

    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F>
    where
        Self: Sized,
    {
        Scan::new(self, initial_state, f)
    }

    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F>
    where
        Self: Sized,
    {
        FlatMap::new(self, f)
    }

    fn flatten(self) -> Flatten<Self>
    where
        Self: Sized,
        Self::Item: IntoIterator,
    {
        Flatten::new(self)
    }

    fn fuse(self) -> Fuse<Self>
    where
        Self: Sized,
    {
        Fuse::new(self)
    }

    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F>
    where
        Self: Sized,
    {
        Inspect::new(self, f)
    }

    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }

    fn collect<B: FromIterator<Self::Item>>(self) -> B
    where
        Self: Sized,
    {
        FromIterator::from_iter(self)
    }

    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(self, f: F) -> (B, B)
    where
        Self: Sized,
    {
        let mut left: B = Default::default();
        let mut right: B = Default::default();
        let mut f = f;
        let mut this = self;
        while let Some(x) = this.next() {
            if f(&x) {
                left.extend_one(x);
            } else {
                right.extend_one(x);
            }
        }
        (left, right)
    }

    /// `fold` that stops at the first `Err`/`None` the closure returns.
    fn try_fold<B, F, R>(&mut self, init: B, f: F) -> R
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> R,
        R: crate::ops::Try<Output = B> + crate::ops::FromResidual<<R as crate::ops::Try>::Residual>,
    {
        let mut acc = init;
        let mut f = f;
        while let Some(x) = self.next() {
            match crate::ops::Try::branch(f(acc, x)) {
                crate::ops::ControlFlow::Continue(c) => acc = c,
                crate::ops::ControlFlow::Break(r) => return crate::ops::FromResidual::from_residual(r),
            }
        }
        crate::ops::Try::from_output(acc)
    }

    /// `for_each` that stops at the first `Err`/`None` the closure returns.
    fn try_for_each<F, R>(&mut self, f: F) -> R
    where
        Self: Sized,
        F: FnMut(Self::Item) -> R,
        R: crate::ops::Try<Output = ()> + crate::ops::FromResidual<<R as crate::ops::Try>::Residual>,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            match crate::ops::Try::branch(f(x)) {
                crate::ops::ControlFlow::Continue(()) => {}
                crate::ops::ControlFlow::Break(r) => return crate::ops::FromResidual::from_residual(r),
            }
        }
        crate::ops::Try::from_output(())
    }

    fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B
    where
        Self: Sized,
    {
        let mut acc = init;
        let mut f = f;
        let mut this = self;
        while let Some(x) = this.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut this = self;
        let first = this.next()?;
        Some(this.fold(first, f))
    }

    fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool
    where
        Self: Sized,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool
    where
        Self: Sized,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, f: F) -> Option<B>
    where
        Self: Sized,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if let Some(b) = f(x) {
                return Some(b);
            }
        }
        None
    }

    fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized,
    {
        let mut predicate = predicate;
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn rposition<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized + ExactSizeIterator + DoubleEndedIterator,
    {
        let mut predicate = predicate;
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }

    fn max(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        self.max_by(Ord::cmp)
    }

    fn min(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        self.min_by(Ord::cmp)
    }

    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut f = f;
        let mut this = self;
        let mut best = this.next()?;
        let mut best_key = f(&best);
        while let Some(x) = this.next() {
            let key = f(&x);
            if key >= best_key {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut f = f;
        let mut this = self;
        let mut best = this.next()?;
        let mut best_key = f(&best);
        while let Some(x) = this.next() {
            let key = f(&x);
            if key < best_key {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut compare = compare;
        let mut this = self;
        let mut best = this.next()?;
        while let Some(x) = this.next() {
            if compare(&best, &x) != Ordering::Greater {
                best = x;
            }
        }
        Some(best)
    }

    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut compare = compare;
        let mut this = self;
        let mut best = this.next()?;
        while let Some(x) = this.next() {
            if compare(&best, &x) == Ordering::Greater {
                best = x;
            }
        }
        Some(best)
    }

    fn rev(self) -> Rev<Self>
    where
        Self: Sized + DoubleEndedIterator,
    {
        Rev::new(self)
    }

    fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(self) -> (FromA, FromB)
    where
        Self: Sized + Iterator<Item = (A, B)>,
    {
        let mut a: FromA = Default::default();
        let mut b: FromB = Default::default();
        let mut this = self;
        while let Some((x, y)) = this.next() {
            a.extend_one(x);
            b.extend_one(y);
        }
        (a, b)
    }

    fn copied<'a, T: 'a + Copy>(self) -> Copied<Self>
    where
        Self: Sized + Iterator<Item = &'a T>,
    {
        Copied::new(self)
    }

    fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self>
    where
        Self: Sized + Iterator<Item = &'a T>,
    {
        Cloned::new(self)
    }

    fn sum<S: Sum<Self::Item>>(self) -> S
    where
        Self: Sized,
    {
        Sum::sum(self)
    }

    fn product<P: Product<Self::Item>>(self) -> P
    where
        Self: Sized,
    {
        Product::product(self)
    }

    fn eq<I: IntoIterator>(self, other: I) -> bool
    where
        Self: Sized,
        Self::Item: PartialEq<I::Item>,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) => {
                    if x != y {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn ne<I: IntoIterator>(self, other: I) -> bool
    where
        Self: Sized,
        Self::Item: PartialEq<I::Item>,
    {
        !self.eq(other)
    }

    /// Lexicographic comparison, element by element.
    fn cmp<I: IntoIterator<Item = Self::Item>>(self, other: I) -> Ordering
    where
        Self: Sized,
        Self::Item: Ord,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return Ordering::Equal,
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(x), Some(y)) => match x.cmp(&y) {
                    Ordering::Equal => {}
                    other => return other,
                },
            }
        }
    }

    fn partial_cmp<I: IntoIterator>(self, other: I) -> Option<Ordering>
    where
        Self: Sized,
        Self::Item: PartialOrd<I::Item>,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return Some(Ordering::Equal),
                (None, Some(_)) => return Some(Ordering::Less),
                (Some(_), None) => return Some(Ordering::Greater),
                (Some(x), Some(y)) => match x.partial_cmp(&y) {
                    Some(Ordering::Equal) => {}
                    other => return other,
                },
            }
        }
    }

    fn lt<I: IntoIterator>(self, other: I) -> bool
    where
        Self: Sized,
        Self::Item: PartialOrd<I::Item>,
    {
        self.partial_cmp(other) == Some(Ordering::Less)
    }

    fn le<I: IntoIterator>(self, other: I) -> bool
    where
        Self: Sized,
        Self::Item: PartialOrd<I::Item>,
    {
        matches!(self.partial_cmp(other), Some(Ordering::Less | Ordering::Equal))
    }

    fn gt<I: IntoIterator>(self, other: I) -> bool
    where
        Self: Sized,
        Self::Item: PartialOrd<I::Item>,
    {
        self.partial_cmp(other) == Some(Ordering::Greater)
    }

    fn ge<I: IntoIterator>(self, other: I) -> bool
    where
        Self: Sized,
        Self::Item: PartialOrd<I::Item>,
    {
        matches!(self.partial_cmp(other), Some(Ordering::Greater | Ordering::Equal))
    }

    fn is_sorted(self) -> bool
    where
        Self: Sized,
        Self::Item: PartialOrd,
    {
        self.is_sorted_by(|a, b| a <= b)
    }

    fn is_sorted_by<F: FnMut(&Self::Item, &Self::Item) -> bool>(self, compare: F) -> bool
    where
        Self: Sized,
    {
        let mut this = self;
        let mut compare = compare;
        let mut last = match this.next() {
            Some(x) => x,
            None => return true,
        };
        while let Some(x) = this.next() {
            if !compare(&last, &x) {
                return false;
            }
            last = x;
        }
        true
    }

    fn is_sorted_by_key<K: PartialOrd, F: FnMut(Self::Item) -> K>(self, f: F) -> bool
    where
        Self: Sized,
    {
        let mut this = self;
        let mut f = f;
        let mut last = match this.next() {
            Some(x) => f(x),
            None => return true,
        };
        while let Some(x) = this.next() {
            let key = f(x);
            if !(last <= key) {
                return false;
            }
            last = key;
        }
        true
    }

    fn cycle(self) -> Cycle<Self>
    where
        Self: Sized + Clone,
    {
        Cycle::new(self)
    }

    fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, predicate: P) -> MapWhile<Self, P>
    where
        Self: Sized,
    {
        MapWhile::new(self, predicate)
    }
}

impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
}

/// An empty iterator.
pub fn empty<T>() -> Empty<T> {
    Empty { _marker: crate::marker::PhantomData }
}

pub struct Empty<T> {
    _marker: crate::marker::PhantomData<T>,
}

impl<T> Iterator for Empty<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        None
    }
}

/// An iterator yielding one value.
pub fn once<T>(value: T) -> Once<T> {
    Once { value: Some(value) }
}

pub struct Once<T> {
    value: Option<T>,
}

impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.value.take()
    }
}

/// An endless iterator of clones of one value.
pub fn repeat<T: Clone>(value: T) -> Repeat<T> {
    Repeat { value }
}

pub struct Repeat<T> {
    value: T,
}

impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        Some(self.value.clone())
    }
}

/// `a` and `b` in lock step: `a.into_iter().zip(b)`.
pub fn zip<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter> {
    a.into_iter().zip(b)
}

/// An endless iterator of the values a closure makes.
pub fn repeat_with<T, F: FnMut() -> T>(f: F) -> RepeatWith<F> {
    RepeatWith { f }
}

pub struct RepeatWith<F> {
    f: F,
}

impl<T, F: FnMut() -> T> Iterator for RepeatWith<F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        Some((self.f)())
    }
}

/// `count` clones of one value (the last one is the value itself).
pub fn repeat_n<T: Clone>(value: T, count: usize) -> RepeatN<T> {
    RepeatN { value: if count == 0 { None } else { Some(value) }, left: count }
}

pub struct RepeatN<T> {
    value: Option<T>,
    left: usize,
}

impl<T: Clone> Iterator for RepeatN<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.left {
            0 => None,
            1 => {
                self.left = 0;
                self.value.take()
            }
            _ => {
                self.left -= 1;
                self.value.clone()
            }
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<T: Clone> ExactSizeIterator for RepeatN<T> {}

/// An iterator calling a closure for each value.
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
    FromFn { f }
}

pub struct FromFn<F> {
    f: F,
}

impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}

/// `first`, then `succ` of the previous value while it gives one.
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ }
}

pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }
}
