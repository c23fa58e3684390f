// Generic binary search tree with in-order iterator (explicit stack),
// range queries, removal, and trait-bounded pretty printing.
use std::cmp::Ordering;
use std::fmt::Display;

#[derive(Debug)]
struct Node<K, V> { key: K, val: V, left: Tree<K, V>, right: Tree<K, V> }
#[derive(Debug)]
struct Tree<K, V>(Option<Box<Node<K, V>>>);

impl<K: Ord, V> Tree<K, V> {
    fn new() -> Self { Tree(None) }
    fn insert(&mut self, key: K, val: V) -> Option<V> {
        match &mut self.0 {
            None => { self.0 = Some(Box::new(Node { key, val, left: Tree(None), right: Tree(None) })); None }
            Some(n) => match key.cmp(&n.key) {
                Ordering::Less => n.left.insert(key, val),
                Ordering::Greater => n.right.insert(key, val),
                Ordering::Equal => Some(std::mem::replace(&mut n.val, val)),
            },
        }
    }
    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = &self.0;
        while let Some(n) = cur {
            cur = match key.cmp(&n.key) { Ordering::Less => &n.left.0, Ordering::Greater => &n.right.0, Ordering::Equal => return Some(&n.val) };
        }
        None
    }
    fn take_min(&mut self) -> Option<Box<Node<K, V>>> {
        if self.0.as_ref()?.left.0.is_some() { return self.0.as_mut()?.left.take_min(); }
        let mut n = self.0.take()?;
        self.0 = n.right.0.take();
        Some(n)
    }
    fn remove(&mut self, key: &K) -> Option<V> {
        let n = self.0.as_mut()?;
        match key.cmp(&n.key) {
            Ordering::Less => n.left.remove(key),
            Ordering::Greater => n.right.remove(key),
            Ordering::Equal => {
                let mut node = self.0.take()?;
                self.0 = match (node.left.0.take(), node.right.0.take()) {
                    (None, None) => None,
                    (Some(l), None) => Some(l),
                    (None, Some(r)) => Some(r),
                    (Some(l), Some(r)) => {
                        let mut right = Tree(Some(r));
                        let mut m = right.take_min()?;
                        m.left = Tree(Some(l));
                        m.right = right;
                        Some(m)
                    }
                };
                Some(node.val)
            }
        }
    }
    fn height(&self) -> usize { self.0.as_ref().map_or(0, |n| 1 + n.left.height().max(n.right.height())) }
    fn iter(&self) -> Iter<'_, K, V> { let mut it = Iter { stack: Vec::new() }; it.push_left(&self.0); it }
    fn range<'a>(&'a self, lo: &'a K, hi: &'a K) -> impl Iterator<Item = (&'a K, &'a V)> + 'a {
        self.iter().skip_while(move |(k, _)| *k < lo).take_while(move |(k, _)| *k <= hi)
    }
}

struct Iter<'a, K, V> { stack: Vec<&'a Node<K, V>> }
impl<'a, K, V> Iter<'a, K, V> {
    fn push_left(&mut self, mut cur: &'a Option<Box<Node<K, V>>>) {
        while let Some(n) = cur { self.stack.push(n); cur = &n.left.0; }
    }
}
impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        let n = self.stack.pop()?;
        self.push_left(&n.right.0);
        Some((&n.key, &n.val))
    }
}

fn show<K: Ord + Display, V: Display>(t: &Tree<K, V>) -> String {
    t.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join(" ")
}

fn main() {
    let mut t = Tree::new();
    for (i, k) in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65].iter().enumerate() {
        t.insert(*k, i * 10);
    }
    println!("{}", show(&t));
    println!("height {} get40 {:?} get99 {:?}", t.height(), t.get(&40), t.get(&99));
    println!("replace {:?}", t.insert(40, 999));
    println!("range {:?}", t.range(&33, &62).collect::<Vec<_>>());
    for k in [20, 30, 50, 99] {
        println!("remove {} -> {:?}: {}", k, t.remove(&k), show(&t));
    }
    let mut words: Tree<String, usize> = Tree::new();
    for w in "the quick brown fox jumps over the lazy dog the end".split(' ') {
        let n = words.get(&w.to_string()).copied().unwrap_or(0);
        words.insert(w.to_string(), n + 1);
    }
    println!("{}", show(&words));
    println!("count {} first {:?}", words.iter().count(), words.iter().next());
}
