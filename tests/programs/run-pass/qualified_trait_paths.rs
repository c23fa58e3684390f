use std::fmt::Display;
trait Named { fn name(&self) -> String { "default".to_string() } const ID: u32 = 0; }
trait Loud: Named { fn shout(&self) -> String { <Self as Named>::name(self).to_uppercase() } }
struct Dog;
impl Named for Dog { fn name(&self) -> String { "rex".into() } const ID: u32 = 7; }
impl Loud for Dog {}
impl Dog { fn name(&self) -> String { "inherent".into() } }
fn show<T: Display>(t: T) -> String { <T as ToString>::to_string(&t) }
fn conv<T: From<u8> + std::fmt::Debug>() -> T { <T as From<u8>>::from(3) }
trait Bounds<T> {
    fn lo(&self) -> &T;
    fn has(&self, x: &T) -> bool where T: PartialOrd { self.lo() <= x }
}
struct R<I> { lo: I }
impl<I> Bounds<I> for R<I> { fn lo(&self) -> &I { &self.lo } }
impl<I: PartialOrd> R<I> {
    // The inherent method of the same name delegates to the trait's.
    fn has(&self, x: &I) -> bool { <Self as Bounds<I>>::has(self, x) }
}
fn main() {
    let r = R { lo: 3 };
    println!("{} {}", r.has(&5), r.has(&1));
    let v: u8 = 5;
    println!("{} {} {}", (2..=10).contains(&v), (6..).contains(&v), (..5).contains(&v));
    let d = Dog;
    println!("{} {} {} {}", d.name(), <Dog as Named>::name(&d), d.shout(), <Dog as Named>::ID);
    let v = vec![1, 2, 3];
    let mut it = <Vec<i32> as IntoIterator>::into_iter(v);
    println!("{:?} {:?}", <std::vec::IntoIter<i32> as Iterator>::next(&mut it), it.collect::<Vec<_>>());
    println!("{} {} {:?}", <i32 as Default>::default(), show(2.5), conv::<u64>());
    println!("{}", <str as ToString>::to_string("x"));
    let total = <i32 as std::ops::Add>::add(2, 3);
    println!("{} {:?}", total, <u8 as PartialOrd>::partial_cmp(&1, &2));
}
