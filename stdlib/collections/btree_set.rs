//! `BTreeSet<T>`: an ordered set, a `BTreeMap<T, ()>`. Set operations
//! yield their elements in ascending order, as std's.

use super::btree_map::{self, BTreeMap};
use crate::borrow::Borrow;
use crate::cmp::Ordering;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use crate::ops::RangeBounds;
use crate::option::Option::{self, None, Some};
use crate::vec::Vec;

pub struct BTreeSet<T> {
    map: BTreeMap<T, ()>,
}

impl<T> BTreeSet<T> {
    pub fn new() -> BTreeSet<T> {
        BTreeSet { map: BTreeMap::new() }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn clear(&mut self) {
        self.map.clear()
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.map.keys() }
    }

    pub fn first(&self) -> Option<&T> {
        self.map.first_key_value().map(|(k, _)| k)
    }

    pub fn last(&self) -> Option<&T> {
        self.map.last_key_value().map(|(k, _)| k)
    }

    pub fn pop_first(&mut self) -> Option<T> {
        self.map.pop_first().map(|(k, _)| k)
    }

    pub fn pop_last(&mut self) -> Option<T> {
        self.map.pop_last().map(|(k, _)| k)
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k, _| f(k));
    }
}

impl<T: Ord> BTreeSet<T> {
    /// Whether the value was newly inserted.
    pub fn insert(&mut self, value: T) -> bool {
        match self.map.entry(value) {
            btree_map::Entry::Occupied(_) => false,
            btree_map::Entry::Vacant(e) => {
                e.insert(());
                true
            }
        }
    }

    /// Replaces an equal value, returning it.
    pub fn replace(&mut self, value: T) -> Option<T> {
        let old = self.map.remove_entry(&value).map(|(k, _)| k);
        self.map.insert(value, ());
        old
    }

    pub fn contains<Q: ?Sized + Ord>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    pub fn get<Q: ?Sized + Ord>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        self.map.get_key_value(value).map(|(k, _)| k)
    }

    pub fn remove<Q: ?Sized + Ord>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }

    pub fn take<Q: ?Sized + Ord>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        self.map.remove_entry(value).map(|(k, _)| k)
    }

    #[track_caller]
    pub fn range<Q: ?Sized + Ord, R: RangeBounds<Q>>(&self, range: R) -> Range<'_, T>
    where
        T: Borrow<Q>,
    {
        Range { inner: self.map.range(range) }
    }

    pub fn append(&mut self, other: &mut BTreeSet<T>) {
        self.map.append(&mut other.map)
    }

    pub fn split_off<Q: ?Sized + Ord>(&mut self, value: &Q) -> BTreeSet<T>
    where
        T: Borrow<Q>,
    {
        BTreeSet { map: self.map.split_off(value) }
    }

    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool {
        self.len() <= other.len() && self.iter().all(|v| other.contains(v))
    }

    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool {
        self.iter().all(|v| !other.contains(v))
    }

    pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> SetOp<'a, T> {
        SetOp::new(self, other, true, true, true)
    }

    pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> SetOp<'a, T> {
        SetOp::new(self, other, false, true, false)
    }

    pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> SetOp<'a, T> {
        SetOp::new(self, other, true, false, false)
    }

    pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> SetOp<'a, T> {
        SetOp::new(self, other, true, false, true)
    }
}

/// A merge of two sorted sets that yields the elements only in the left
/// one, in both, or only in the right one, as chosen: union, intersection,
/// difference and symmetric difference in ascending order.
pub struct SetOp<'a, T> {
    out: crate::vec::IntoIter<&'a T>,
}

impl<'a, T: Ord> SetOp<'a, T> {
    fn new(a: &'a BTreeSet<T>, b: &'a BTreeSet<T>, left: bool, both: bool, right: bool) -> SetOp<'a, T> {
        let mut out = Vec::new();
        let mut xs = a.iter();
        let mut ys = b.iter();
        let mut x = xs.next();
        let mut y = ys.next();
        loop {
            match (x, y) {
                (None, None) => break,
                (Some(p), None) => {
                    if left {
                        out.push(p);
                    }
                    x = xs.next();
                }
                (None, Some(q)) => {
                    if right {
                        out.push(q);
                    }
                    y = ys.next();
                }
                (Some(p), Some(q)) => match p.cmp(q) {
                    Ordering::Less => {
                        if left {
                            out.push(p);
                        }
                        x = xs.next();
                    }
                    Ordering::Greater => {
                        if right {
                            out.push(q);
                        }
                        y = ys.next();
                    }
                    Ordering::Equal => {
                        if both {
                            out.push(p);
                        }
                        x = xs.next();
                        y = ys.next();
                    }
                },
            }
        }
        SetOp { out: out.into_iter() }
    }
}

impl<'a, T> Iterator for SetOp<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.out.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.out.size_hint()
    }
}

pub struct Iter<'a, T> {
    inner: btree_map::Keys<'a, T, ()>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.next_back()
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

pub struct Range<'a, T> {
    inner: btree_map::Range<'a, T, ()>,
}

impl<'a, T> Iterator for Range<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.inner.next().map(|(k, _)| k)
    }
}

impl<'a, T> DoubleEndedIterator for Range<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.next_back().map(|(k, _)| k)
    }
}

pub struct IntoIter<T> {
    inner: btree_map::IntoKeys<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.next_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> IntoIterator for BTreeSet<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self.map.into_keys() }
    }
}

impl<'a, T> IntoIterator for &'a BTreeSet<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T: Ord> Extend<T> for BTreeSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.insert(v);
        }
    }
}

impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BTreeSet<T> {
        let mut pairs = Vec::new();
        for v in iter {
            pairs.push((v, ()));
        }
        BTreeSet { map: BTreeMap::from_iter(pairs) }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BTreeSet<T> {
    fn from(arr: [T; N]) -> BTreeSet<T> {
        BTreeSet::from_iter(arr)
    }
}

impl<T> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T> {
        BTreeSet::new()
    }
}

impl<T: Clone> Clone for BTreeSet<T> {
    fn clone(&self) -> BTreeSet<T> {
        BTreeSet { map: self.map.clone() }
    }
}

impl<T: PartialEq> PartialEq for BTreeSet<T> {
    fn eq(&self, other: &BTreeSet<T>) -> bool {
        self.map == other.map
    }
}

impl<T: Eq> Eq for BTreeSet<T> {}

impl<T: PartialOrd> PartialOrd for BTreeSet<T> {
    fn partial_cmp(&self, other: &BTreeSet<T>) -> Option<Ordering> {
        self.map.partial_cmp(&other.map)
    }
}

impl<T: Ord> Ord for BTreeSet<T> {
    fn cmp(&self, other: &BTreeSet<T>) -> Ordering {
        self.map.cmp(&other.map)
    }
}

impl<T: crate::hash::Hash> crate::hash::Hash for BTreeSet<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for v in self.iter() {
            v.hash(state);
        }
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut s = f.debug_set();
        for v in self.iter() {
            s.entry(v);
        }
        s.finish()
    }
}

/// `&a | &b`, `&a & &b`, `&a - &b`, `&a ^ &b`: new sets from the set
/// operations.
macro_rules! set_operator {
    ($($trait_:ident $method:ident $op:ident),*) => {
        $(
            impl<T: Ord + Clone> crate::ops::$trait_<&BTreeSet<T>> for &BTreeSet<T> {
                type Output = BTreeSet<T>;
                fn $method(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
                    let mut out = BTreeSet::new();
                    for v in self.$op(rhs) {
                        out.insert(v.clone());
                    }
                    out
                }
            }
        )*
    };
}

set_operator!(BitOr bitor union, BitAnd bitand intersection, Sub sub difference, BitXor bitxor symmetric_difference);
