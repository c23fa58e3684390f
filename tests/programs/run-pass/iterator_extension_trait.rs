// A user extension trait over Iterator with its own adapters.
struct Pairs<I: Iterator> {
    inner: I,
}

impl<I: Iterator> Iterator for Pairs<I> {
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        let a = self.inner.next()?;
        let b = self.inner.next()?;
        Some((a, b))
    }
}

struct Running<I, F, A> {
    inner: I,
    acc: A,
    f: F,
}

impl<I, F, A> Iterator for Running<I, F, A>
where
    I: Iterator,
    F: FnMut(&A, I::Item) -> A,
    A: Clone,
{
    type Item = A;
    fn next(&mut self) -> Option<A> {
        let x = self.inner.next()?;
        self.acc = (self.f)(&self.acc, x);
        Some(self.acc.clone())
    }
}

struct Dedup<I: Iterator> {
    inner: std::iter::Peekable<I>,
}

impl<I> Iterator for Dedup<I>
where
    I: Iterator,
    I::Item: PartialEq,
{
    type Item = (I::Item, usize);
    fn next(&mut self) -> Option<Self::Item> {
        let first = self.inner.next()?;
        let mut n = 1;
        while self.inner.peek() == Some(&first) {
            self.inner.next();
            n += 1;
        }
        Some((first, n))
    }
}

trait IterExt: Iterator + Sized {
    fn pairs(self) -> Pairs<Self> {
        Pairs { inner: self }
    }
    fn running<A: Clone, F: FnMut(&A, Self::Item) -> A>(self, init: A, f: F) -> Running<Self, F, A> {
        Running { inner: self, acc: init, f }
    }
    fn runs(self) -> Dedup<Self>
    where
        Self::Item: PartialEq,
    {
        Dedup { inner: self.peekable() }
    }
    fn sorted_by_key<K: Ord, F: FnMut(&Self::Item) -> K>(self, f: F) -> std::vec::IntoIter<Self::Item> {
        let mut v: Vec<Self::Item> = self.collect();
        v.sort_by_key(f);
        v.into_iter()
    }
    fn join_with(self, sep: &str) -> String
    where
        Self::Item: std::fmt::Display,
    {
        let mut out = String::new();
        for (i, x) in self.enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out += &x.to_string();
        }
        out
    }
}

impl<I: Iterator> IterExt for I {}

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    let ps: Vec<(i32, i32)> = v.iter().copied().pairs().collect();
    println!("pairs: {:?}", ps);

    let sums: Vec<i32> = v.iter().running(0, |a, &x| a + x).collect();
    println!("running sums: {:?}", sums);

    let strings: Vec<String> = "abc".chars().running(String::new(), |s, c| format!("{}{}", s, c)).collect();
    println!("prefixes: {:?}", strings);

    let runs: Vec<(char, usize)> = "aaabccddddde".chars().runs().collect();
    println!("runs: {:?}", runs);
    let encoded = runs.iter().map(|(c, n)| format!("{}{}", n, c)).join_with("");
    println!("rle: {}", encoded);

    let words = ["pear", "fig", "banana", "kiwi", "apple"];
    let by_len = words.iter().sorted_by_key(|w| (w.len(), **w)).join_with(", ");
    println!("by length: {}", by_len);

    let squares = (1..=5).map(|x| x * x).join_with(" + ");
    let total: i32 = (1..=5).map(|x| x * x).sum();
    println!("{} = {}", squares, total);

    let mixed = (1..10).filter(|x| x % 3 != 0).pairs().map(|(a, b)| a * b).running(1i64, |a, x| a * x as i64);
    println!("products: {:?}", mixed.collect::<Vec<_>>());

    let empty: Vec<u8> = Vec::new();
    println!("empty runs: {:?}, empty join: {:?}", empty.iter().runs().count(), empty.iter().join_with("-"));
}
