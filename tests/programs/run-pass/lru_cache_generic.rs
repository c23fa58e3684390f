// A generic LRU cache: HashMap for lookups, VecDeque for recency, with
// hit/miss statistics, eviction callbacks stored as a boxed closure, and a
// memoised computation on top of it.
use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct Lru<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u32,
    misses: u32,
    on_evict: Option<Box<dyn FnMut(&K, &V)>>,
}

impl<K: Hash + Eq + Clone + Debug, V: Debug> Lru<K, V> {
    fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        Lru { capacity, map: HashMap::new(), order: VecDeque::new(), hits: 0, misses: 0, on_evict: None }
    }

    fn with_eviction(mut self, f: impl FnMut(&K, &V) + 'static) -> Self {
        self.on_evict = Some(Box::new(f));
        self
    }

    fn touch(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    fn get(&mut self, key: &K) -> Option<&V> {
        if self.map.contains_key(key) {
            self.hits += 1;
            self.touch(key);
            self.map.get(key)
        } else {
            self.misses += 1;
            None
        }
    }

    fn put(&mut self, key: K, value: V) {
        if self.map.insert(key.clone(), value).is_some() {
            self.touch(&key);
            return;
        }
        self.order.push_back(key);
        if self.order.len() > self.capacity {
            let old = self.order.pop_front().unwrap();
            let v = self.map.remove(&old).unwrap();
            if let Some(f) = self.on_evict.as_mut() {
                f(&old, &v);
            }
        }
    }

    fn keys_by_recency(&self) -> Vec<&K> {
        self.order.iter().collect()
    }
}

fn slow_square(n: u64) -> u64 {
    (0..n).map(|_| n).sum()
}

fn main() {
    let mut cache = Lru::new(3).with_eviction(|k: &&str, v: &i32| println!("evicted {k} => {v}"));
    for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
        cache.put(k, v);
    }
    println!("{:?}", cache.get(&"a"));
    cache.put("d", 4);
    let b = cache.get(&"b").copied();
    let c = cache.get(&"c").copied();
    println!("{:?} {:?}", b, c);
    cache.put("a", 10);
    cache.put("e", 5);
    println!("{:?}", cache.keys_by_recency());
    println!("hits {} misses {}", cache.hits, cache.misses);

    let mut memo: Lru<u64, u64> = Lru::new(2);
    let mut computed = 0;
    for n in [3, 4, 3, 5, 4, 3] {
        let value = match memo.get(&n) {
            Some(&v) => v,
            None => {
                computed += 1;
                let v = slow_square(n);
                memo.put(n, v);
                v
            }
        };
        print!("{n}^2={value} ");
    }
    println!();
    println!("computed {computed} times, hits {}", memo.hits);
}
