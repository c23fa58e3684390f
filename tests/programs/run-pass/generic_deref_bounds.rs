// Dereferencing values of generic types bounded by Deref/DerefMut: `*t`,
// `&*t`, and method calls that autoderef through the bound.
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

fn total_len<T: Deref<Target = str>>(items: &[T]) -> usize {
    items.iter().map(|t| t.len()).sum()
}

fn shout<T: Deref<Target = str>>(t: T) -> String {
    let s: &str = &*t;
    s.to_uppercase()
}

fn bump_all<T: DerefMut<Target = Vec<i32>>>(mut v: T) -> T {
    for x in v.iter_mut() {
        *x += 1;
    }
    (*v).push(100);
    v
}

struct Meters(f64);

struct Wrapper<T> {
    inner: T,
}

impl<T> Deref for Wrapper<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

fn describe<W>(w: &W) -> String
where
    W: Deref,
    W::Target: std::fmt::Debug,
{
    format!("{:?}", &**w)
}

fn main() {
    println!("{}", total_len(&[String::from("ab"), String::from("cde")]));
    println!("{}", total_len(&[Rc::<str>::from("xyz")]));
    println!("{}", shout(String::from("quiet")));
    println!("{}", shout(Box::<str>::from("boxed")));
    let v = bump_all(Box::new(vec![1, 2, 3]));
    println!("{:?}", v);
    let w = Wrapper { inner: Meters(2.5) };
    println!("{}", w.0);
    println!("{}", describe(&Wrapper { inner: vec![1, 2] }));
    println!("{}", describe(&Box::new("hi")));
}
