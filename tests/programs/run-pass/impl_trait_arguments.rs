// impl Trait in argument position: closures, iterators, slices of Display values.
use std::fmt::Display;
fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 { f(x) }
fn total(it: impl Iterator<Item = u32>) -> u32 { it.sum() }
fn show_all(items: &[impl Display]) { for i in items { print!("[{}]", i); } println!(); }
fn twice(mut f: impl FnMut()) { f(); f(); }
fn main() {
    println!("{}", apply(|x| x * 10, 4));
    println!("{}", total(vec![1u32, 2, 3].into_iter()));
    println!("{}", total((1..=4).map(|x| x * x)));
    show_all(&["a", "b"]);
    show_all(&[1.5, 2.5]);
    let mut n = 0;
    twice(|| n += 1);
    println!("{}", n);
}
