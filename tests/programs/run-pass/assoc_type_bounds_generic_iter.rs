// Generic code over a trait whose associated type is bounded (type IntoIter:
// It<Item = Self::Item>), and closures taking a projection type.
trait It {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
}
trait IntoIt {
    type Item;
    type IntoIter: It<Item = Self::Item>;
    fn into_it(self) -> Self::IntoIter;
}
struct Counter<T> { items: [T; 3], i: usize }
impl<T: Copy> It for Counter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.i < 3 { self.i += 1; Some(self.items[self.i - 1]) } else { None }
    }
}
impl<T: Copy> IntoIt for Counter<T> {
    type Item = T;
    type IntoIter = Counter<T>;
    fn into_it(self) -> Counter<T> { self }
}
fn sum_items<I: It<Item = i32>>(mut it: I) -> i32 {
    let mut total = 0;
    while let Some(x) = it.next() { total = total + x; }
    total
}
fn count<I: IntoIt>(i: I) -> usize {
    let mut it = i.into_it();
    let mut n = 0;
    while let Some(_) = it.next() { n += 1; }
    n
}
fn apply<I: It, F: FnMut(I::Item) -> i32>(mut it: I, mut f: F) -> i32 {
    let mut t = 0;
    while let Some(x) = it.next() { t += f(x); }
    t
}
fn main() {
    println!("{}", sum_items(Counter { items: [1, 2, 3], i: 0 }));
    println!("{}", apply(Counter { items: [1, 2, 3], i: 0 }, |x| x * 1));
    println!("{}", count(Counter { items: [1, 2, 3], i: 0 }));
}
