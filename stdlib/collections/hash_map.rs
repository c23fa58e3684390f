//! `HashMap<K, V>`: separate chaining over a power-of-two bucket table,
//! hashed with `DefaultHasher` (SipHash-1-3). Iteration order is the
//! table's (like std's, unspecified).

pub use crate::hash::{DefaultHasher, RandomState};
use crate::borrow::Borrow;
use crate::hash::{Hash, Hasher};
use crate::iter::{Extend, FromIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::vec::Vec;

pub struct HashMap<K, V> {
    buckets: Vec<Vec<(K, V)>>,
    len: usize,
}

fn hash_of<K: Hash + ?Sized>(key: &K) -> u64 {
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> {
        HashMap { buckets: Vec::new(), len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> HashMap<K, V> {
        let mut m = HashMap::new();
        let mut n = 8;
        while n * 3 < capacity * 4 {
            n *= 2;
        }
        if capacity > 0 {
            m.buckets = empty_buckets(n);
        }
        m
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.buckets.len() * 3 / 4
    }

    pub fn clear(&mut self) {
        for b in self.buckets.iter_mut() {
            b.clear();
        }
        self.len = 0;
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { buckets: &self.buckets, bucket: 0, index: 0, left: self.len }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        let mut pairs = Vec::with_capacity(self.len);
        for b in self.buckets.iter_mut() {
            for pair in b.iter_mut() {
                let (k, v) = pair;
                pairs.push((&*k, v));
            }
        }
        IterMut { inner: pairs.into_iter() }
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: crate::iter::IntoIterator::into_iter(self) }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: crate::iter::IntoIterator::into_iter(self) }
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { inner: self.iter_mut() }
    }

    pub fn drain(&mut self) -> IntoIter<K, V> {
        let buckets = crate::mem::replace(&mut self.buckets, Vec::new());
        self.len = 0;
        into_pairs(buckets)
    }

    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F) {
        let mut f = f;
        let mut removed = 0;
        for b in self.buckets.iter_mut() {
            let before = b.len();
            b.retain_mut(|pair| f(&pair.0, &mut pair.1));
            removed += before - b.len();
        }
        self.len -= removed;
    }
}

fn empty_buckets<K, V>(n: usize) -> Vec<Vec<(K, V)>> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(Vec::new());
    }
    v
}

fn into_pairs<K, V>(buckets: Vec<Vec<(K, V)>>) -> IntoIter<K, V> {
    let mut pairs = Vec::new();
    for b in buckets {
        for pair in b {
            pairs.push(pair);
        }
    }
    IntoIter { inner: pairs.into_iter() }
}

impl<K: Hash + Eq, V> HashMap<K, V> {
    fn bucket_of<Q: Hash + ?Sized>(&self, key: &Q) -> usize {
        (hash_of(key) as usize) & (self.buckets.len() - 1)
    }

    fn grow_if_needed(&mut self) {
        if self.buckets.is_empty() {
            self.buckets = empty_buckets(8);
            return;
        }
        if (self.len + 1) * 4 <= self.buckets.len() * 3 {
            return;
        }
        let old = crate::mem::replace(&mut self.buckets, Vec::new());
        self.buckets = empty_buckets(old.len() * 2);
        for b in old {
            for (k, v) in b {
                let i = self.bucket_of(&k);
                self.buckets[i].push((k, v));
            }
        }
    }

    fn position<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<(usize, usize)>
    where
        K: Borrow<Q>,
    {
        if self.buckets.is_empty() {
            return None;
        }
        let b = self.bucket_of(key);
        let i = self.buckets[b].iter().position(|pair| pair.0.borrow() == key)?;
        Some((b, i))
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        if let Some((b, i)) = self.position(&key) {
            return Some(crate::mem::replace(&mut self.buckets[b][i].1, value));
        }
        self.grow_if_needed();
        let b = self.bucket_of(&key);
        self.buckets[b].push((key, value));
        self.len += 1;
        None
    }

    pub fn get<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let (b, i) = self.position(key)?;
        Some(&self.buckets[b][i].1)
    }

    pub fn get_mut<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let (b, i) = self.position(key)?;
        Some(&mut self.buckets[b][i].1)
    }

    pub fn get_key_value<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        let (b, i) = self.position(key)?;
        let pair = &self.buckets[b][i];
        Some((&pair.0, &pair.1))
    }

    pub fn contains_key<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_some()
    }

    pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.remove_entry(key).map(|(_, v)| v)
    }

    pub fn remove_entry<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        let (b, i) = self.position(key)?;
        self.len -= 1;
        Some(self.buckets[b].swap_remove(i))
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        match self.position(&key) {
            Some((b, i)) => Entry::Occupied(OccupiedEntry { map: self, bucket: b, index: i }),
            None => Entry::Vacant(VacantEntry { map: self, key }),
        }
    }
}

impl<K: Hash + Eq + Borrow<Q>, Q: ?Sized + Hash + Eq, V> crate::ops::Index<&Q> for HashMap<K, V> {
    type Output = V;
    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no entry found for key"),
        }
    }
}

/// A view into one key's slot of a map.
pub enum Entry<'a, K, V> {
    Occupied(OccupiedEntry<'a, K, V>),
    Vacant(VacantEntry<'a, K, V>),
}

pub struct OccupiedEntry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    bucket: usize,
    index: usize,
}

pub struct VacantEntry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    key: K,
}

impl<'a, K: Hash + Eq, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let v = default(&e.key);
                e.insert(v)
            }
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        match self {
            Entry::Occupied(mut e) => {
                f(e.get_mut());
                Entry::Occupied(e)
            }
            Entry::Vacant(e) => Entry::Vacant(e),
        }
    }

    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(e) => e.key(),
            Entry::Vacant(e) => &e.key,
        }
    }
}

impl<'a, K: Hash + Eq, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        self.or_insert_with(V::default)
    }
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.map.buckets[self.bucket][self.index].0
    }

    pub fn get(&self) -> &V {
        &self.map.buckets[self.bucket][self.index].1
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut self.map.buckets[self.bucket][self.index].1
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut self.map.buckets[self.bucket][self.index].1
    }

    pub fn insert(&mut self, value: V) -> V {
        crate::mem::replace(self.get_mut(), value)
    }

    pub fn remove(self) -> V {
        self.map.len -= 1;
        self.map.buckets[self.bucket].swap_remove(self.index).1
    }
}

impl<'a, K: Hash + Eq, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn insert(self, value: V) -> &'a mut V {
        let map = self.map;
        map.grow_if_needed();
        let b = map.bucket_of(&self.key);
        map.buckets[b].push((self.key, value));
        map.len += 1;
        let last = map.buckets[b].len() - 1;
        &mut map.buckets[b][last].1
    }
}

pub struct Iter<'a, K, V> {
    buckets: &'a [Vec<(K, V)>],
    bucket: usize,
    index: usize,
    left: usize,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        while self.bucket < self.buckets.len() {
            let b = &self.buckets[self.bucket];
            if self.index < b.len() {
                let pair = &b[self.index];
                self.index += 1;
                self.left -= 1;
                return Some((&pair.0, &pair.1));
            }
            self.bucket += 1;
            self.index = 0;
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

pub struct IterMut<'a, K, V> {
    inner: crate::vec::IntoIter<(&'a K, &'a mut V)>,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);
    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        self.inner.next()
    }
}

pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K> {
        self.inner.next().map(|(k, _)| k)
    }
}

pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;
    fn next(&mut self) -> Option<&'a V> {
        self.inner.next().map(|(_, v)| v)
    }
}

pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;
    fn next(&mut self) -> Option<&'a mut V> {
        self.inner.next().map(|(_, v)| v)
    }
}

pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;
    fn next(&mut self) -> Option<K> {
        self.inner.next().map(|(k, _)| k)
    }
}

pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;
    fn next(&mut self) -> Option<V> {
        self.inner.next().map(|(_, v)| v)
    }
}

pub struct IntoIter<K, V> {
    inner: crate::vec::IntoIter<(K, V)>,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next()
    }
}

impl<K, V> IntoIterator for HashMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;
    fn into_iter(self) -> IntoIter<K, V> {
        into_pairs(self.buckets)
    }
}

impl<'a, K, V> IntoIterator for &'a HashMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut HashMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;
    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K: Hash + Eq, V> Extend<(K, V)> for HashMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> HashMap<K, V> {
        let mut m = HashMap::new();
        m.extend(iter);
        m
    }
}

impl<K: Hash + Eq, V, const N: usize> From<[(K, V); N]> for HashMap<K, V> {
    fn from(arr: [(K, V); N]) -> HashMap<K, V> {
        let mut m = HashMap::new();
        m.extend(arr);
        m
    }
}

impl<K, V> Default for HashMap<K, V> {
    fn default() -> HashMap<K, V> {
        HashMap::new()
    }
}

impl<K: Clone, V: Clone> Clone for HashMap<K, V> {
    fn clone(&self) -> HashMap<K, V> {
        HashMap { buckets: self.buckets.clone(), len: self.len }
    }
}

impl<K: Hash + Eq, V: PartialEq> PartialEq for HashMap<K, V> {
    fn eq(&self, other: &HashMap<K, V>) -> bool {
        self.len == other.len && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: crate::fmt::Debug, V: crate::fmt::Debug> crate::fmt::Debug for HashMap<K, V> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.iter() {
            m.entry(k, v);
        }
        m.finish()
    }
}
