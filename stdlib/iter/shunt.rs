//! Collecting, summing and multiplying iterators of `Result`s and
//! `Option`s: the values go to the inner collection until the first `Err`
//! or `None`, which becomes the whole answer.

use super::{FromIterator, IntoIterator, Iterator, Product, Sum};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// Yields the `Ok` values of `iter` and stops at the first `Err`, which it
/// leaves in `error`.
struct ResultShunt<'a, I, E> {
    iter: I,
    error: &'a mut Option<E>,
}

impl<'a, T, E, I: Iterator<Item = Result<T, E>>> Iterator for ResultShunt<'a, I, E> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        match self.iter.next() {
            Some(Ok(value)) => Some(value),
            Some(Err(e)) => {
                *self.error = Some(e);
                None
            }
            None => None,
        }
    }
}

/// Runs `f` over the `Ok` values of `iter`; the first `Err` replaces its
/// answer.
fn shunt<T, E, U, I, F>(iter: I, f: F) -> Result<U, E>
where
    I: Iterator<Item = Result<T, E>>,
    F: FnOnce(ResultShunt<'_, I, E>) -> U,
{
    let mut error = None;
    let value = f(ResultShunt { iter, error: &mut error });
    match error {
        Some(e) => Err(e),
        None => Ok(value),
    }
}

/// `Option` as a `Result` whose error carries nothing.
fn some_or_unit<T>(item: Option<T>) -> Result<T, ()> {
    item.ok_or(())
}

impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E> {
        shunt(iter.into_iter(), |values| V::from_iter(values))
    }
}

impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V> {
        shunt(iter.into_iter().map(some_or_unit), |values| V::from_iter(values)).ok()
    }
}

impl<T, U: Sum<T>, E> Sum<Result<T, E>> for Result<U, E> {
    fn sum<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        shunt(iter, |values| U::sum(values))
    }
}

impl<T, U: Product<T>, E> Product<Result<T, E>> for Result<U, E> {
    fn product<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        shunt(iter, |values| U::product(values))
    }
}

impl<T, U: Sum<T>> Sum<Option<T>> for Option<U> {
    fn sum<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        shunt(iter.map(some_or_unit), |values| U::sum(values)).ok()
    }
}

impl<T, U: Product<T>> Product<Option<T>> for Option<U> {
    fn product<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        shunt(iter.map(some_or_unit), |values| U::product(values)).ok()
    }
}
