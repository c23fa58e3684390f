//! `HashSet<T>`: a `HashMap<T, ()>`.

use super::hash_map::{self, HashMap};
use crate::borrow::Borrow;
use crate::hash::Hash;
use crate::iter::{Extend, FromIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};

pub struct HashSet<T> {
    map: HashMap<T, ()>,
}

impl<T> HashSet<T> {
    pub fn new() -> HashSet<T> {
        HashSet { map: HashMap::new() }
    }

    pub fn with_capacity(capacity: usize) -> HashSet<T> {
        HashSet { map: HashMap::with_capacity(capacity) }
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
}

impl<T: Hash + Eq> HashSet<T> {
    /// Whether the value was newly inserted.
    pub fn insert(&mut self, value: T) -> bool {
        if self.map.contains_key(&value) {
            return false;
        }
        self.map.insert(value, ());
        true
    }

    pub fn contains<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }

    pub fn get<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        self.map.get_key_value(value).map(|(k, _)| k)
    }

    pub fn take<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        self.map.remove_entry(value).map(|(k, _)| k)
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) {
        let mut f = f;
        self.map.retain(|k, _| f(k));
    }

    pub fn is_subset(&self, other: &HashSet<T>) -> bool {
        self.iter().all(|v| other.contains(v))
    }

    pub fn is_superset(&self, other: &HashSet<T>) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool {
        self.iter().all(|v| !other.contains(v))
    }

    pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> crate::vec::IntoIter<&'a T> {
        let mut out: crate::vec::Vec<&'a T> = self.iter().collect();
        for v in other.iter() {
            if !self.contains(v) {
                out.push(v);
            }
        }
        out.into_iter()
    }

    pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> crate::vec::IntoIter<&'a T> {
        let out: crate::vec::Vec<&'a T> = self.iter().filter(|v| other.contains(*v)).collect();
        out.into_iter()
    }

    pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> crate::vec::IntoIter<&'a T> {
        let out: crate::vec::Vec<&'a T> = self.iter().filter(|v| !other.contains(*v)).collect();
        out.into_iter()
    }

    pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> crate::vec::IntoIter<&'a T> {
        let mut out: crate::vec::Vec<&'a T> = self.iter().filter(|v| !other.contains(*v)).collect();
        for v in other.iter() {
            if !self.contains(v) {
                out.push(v);
            }
        }
        out.into_iter()
    }
}

pub struct Iter<'a, T> {
    inner: hash_map::Keys<'a, T, ()>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.inner.next()
    }
}

pub struct IntoIter<T> {
    inner: hash_map::IntoIter<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.inner.next().map(|(k, _)| k)
    }
}

impl<T> IntoIterator for HashSet<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self.map.into_iter() }
    }
}

impl<'a, T> IntoIterator for &'a HashSet<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T: Hash + Eq> Extend<T> for HashSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.insert(v);
        }
    }
}

impl<T: Hash + Eq> FromIterator<T> for HashSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> HashSet<T> {
        let mut s = HashSet::new();
        s.extend(iter);
        s
    }
}

impl<T> Default for HashSet<T> {
    fn default() -> HashSet<T> {
        HashSet::new()
    }
}

impl<T: Clone> Clone for HashSet<T> {
    fn clone(&self) -> HashSet<T> {
        HashSet { map: self.map.clone() }
    }
}

impl<T: Hash + Eq> PartialEq for HashSet<T> {
    fn eq(&self, other: &HashSet<T>) -> bool {
        self.len() == other.len() && self.is_subset(other)
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for HashSet<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut s = f.debug_set();
        for v in self.iter() {
            s.entry(v);
        }
        s.finish()
    }
}

impl<T: Hash + Eq, const N: usize> From<[T; N]> for HashSet<T> {
    fn from(arr: [T; N]) -> HashSet<T> {
        let mut s = HashSet::new();
        s.extend(arr);
        s
    }
}

/// `&a | &b`, `&a & &b`, `&a - &b`, `&a ^ &b`: new sets from the set
/// operations.
macro_rules! set_operator {
    ($($trait_:ident $method:ident $op:ident),*) => {
        $(
            impl<T: Hash + Eq + Clone> crate::ops::$trait_<&HashSet<T>> for &HashSet<T> {
                type Output = HashSet<T>;
                fn $method(self, rhs: &HashSet<T>) -> HashSet<T> {
                    let mut out = HashSet::new();
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
