use std::collections::HashMap;
use std::fmt;
use std::ops::{Deref, DerefMut, Index};

#[derive(Debug, Clone, PartialEq)]
struct Sorted<T: Ord>(Vec<T>);

impl<T: Ord> Sorted<T> {
    fn new() -> Self { Sorted(Vec::new()) }
    fn insert(&mut self, x: T) -> usize {
        let i = self.0.binary_search(&x).unwrap_or_else(|i| i);
        self.0.insert(i, x);
        i
    }
}

impl<T: Ord> Deref for Sorted<T> {
    type Target = [T];
    fn deref(&self) -> &[T] { &self.0 }
}

impl<T: Ord> FromIterator<T> for Sorted<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        let mut v: Vec<T> = it.into_iter().collect();
        v.sort();
        Sorted(v)
    }
}

impl<T: Ord> Extend<T> for Sorted<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, it: I) {
        for x in it { self.insert(x); }
    }
}

impl<'a, T: Ord> IntoIterator for &'a Sorted<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter { self.0.iter() }
}

struct Grid { w: usize, cells: Vec<f64> }

impl Index<(usize, usize)> for Grid {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 { &self.cells[r * self.w + c] }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let width = f.width().unwrap_or(6);
        let prec = f.precision().unwrap_or(1);
        for row in self.cells.chunks(self.w) {
            let parts: Vec<String> = row.iter().map(|v| format!("{:>w$.p$}", v, w = width, p = prec)).collect();
            writeln!(f, "[{}]", parts.join(","))?;
        }
        Ok(())
    }
}

struct Tag(&'static str);
impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.pad(self.0) }
}

struct Stack<T> { items: Vec<T> }
impl<T> Deref for Stack<T> { type Target = Vec<T>; fn deref(&self) -> &Vec<T> { &self.items } }
impl<T> DerefMut for Stack<T> { fn deref_mut(&mut self) -> &mut Vec<T> { &mut self.items } }

fn main() {
    let mut s: Sorted<i32> = [5, 1, 4].into_iter().collect();
    let at = s.insert(3);
    println!("{:?} at {}", s, at);
    s.extend(vec![0, 9, 2]);
    println!("{:?} len={} first={:?} max={:?}", s.0, s.len(), s.first(), s.iter().max());
    println!("{}", (&s).into_iter().map(|x| x.to_string()).collect::<Vec<_>>().join("<"));
    let total: i32 = s.iter().sum();
    let contains = s.contains(&4);
    println!("sum {} contains4 {} window sums {:?}", total, contains, s.windows(2).map(|w| w[0] + w[1]).collect::<Vec<_>>());
    for x in &s { if *x > 3 { print!("{} ", x); } }
    println!();
    let words: Sorted<&str> = "delta alpha charlie bravo".split(' ').collect();
    println!("{:?}", words);

    let g = Grid { w: 3, cells: vec![1.0, 2.5, -3.25, 10.0, 0.125, 7.0] };
    println!("{} {}", g[(0, 1)], g[(1, 2)]);
    print!("{}", g);
    print!("{:8.3}", g);
    println!("[{:>8}] [{:<8}] [{:^8}] [{:.2}]", Tag("abc"), Tag("abc"), Tag("abc"), Tag("abcdef"));

    let mut st = Stack { items: vec![1] };
    st.push(2);
    st.extend([3, 4]);
    let top = st.pop();
    println!("{:?} {:?} {}", top, *st, st.len());
    let mut counts: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, c) in "hello world".chars().enumerate().filter(|(_, c)| c.is_alphabetic()) {
        counts.entry(c).or_default().push(i);
    }
    let mut keys: Vec<_> = counts.iter().filter(|(_, v)| v.len() > 1).collect();
    keys.sort();
    println!("{:?}", keys);
}
