// A trait default method that adapts `self` (an Iterator through the supertrait) with a closure type parameter.
trait Tr: Iterator { fn srt<K: PartialOrd, F: FnMut(Self::Item) -> K>(self, f: F) -> usize where Self: Sized { self.map(f).count() } }
impl<I: Iterator> Tr for I {}
fn main() { println!("{}", (1..4).srt(|x| x)); }
