//! `Borrow`/`BorrowMut`: a type that can be viewed as another, with equal
//! `Hash`, `Eq` and `Ord`, so maps keyed by `String` can be searched by
//! `&str`. The impls are std's.

use crate::boxed::Box;
use crate::string::String;
use crate::convert::{AsRef, From};
use crate::vec::Vec;

pub trait Borrow<Borrowed: ?Sized> {
    fn borrow(&self) -> &Borrowed;
}

pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> {
    fn borrow_mut(&mut self) -> &mut Borrowed;
}

impl<T: ?Sized> Borrow<T> for T {
    fn borrow(&self) -> &T {
        self
    }
}

impl<T: ?Sized> BorrowMut<T> for T {
    fn borrow_mut(&mut self) -> &mut T {
        self
    }
}

impl<T: ?Sized> Borrow<T> for &T {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Borrow<T> for &mut T {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> BorrowMut<T> for &mut T {
    fn borrow_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl Borrow<str> for String {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl BorrowMut<str> for String {
    fn borrow_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl<T> Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> BorrowMut<[T]> for Vec<T> {
    fn borrow_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: ?Sized> Borrow<T> for Box<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> BorrowMut<T> for Box<T> {
    fn borrow_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> Borrow<T> for crate::rc::Rc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

/// Owned versions of borrowed data: `str` to `String`, `[T]` to `Vec<T>`,
/// any `Clone` type to itself.
pub trait ToOwned {
    type Owned: Borrow<Self>;

    fn to_owned(&self) -> Self::Owned;

    fn clone_into(&self, target: &mut Self::Owned) {
        *target = self.to_owned();
    }
}

impl<T: Clone> ToOwned for T {
    type Owned = T;
    fn to_owned(&self) -> T {
        self.clone()
    }
}

impl ToOwned for str {
    type Owned = String;
    fn to_owned(&self) -> String {
        String::from(self)
    }
}

impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;
    fn to_owned(&self) -> Vec<T> {
        self.to_vec()
    }
}

/// Clone-on-write: borrowed data, or owned data once it had to change.
pub enum Cow<'a, B: ?Sized + ToOwned + 'a> {
    Borrowed(&'a B),
    Owned(<B as ToOwned>::Owned),
}

pub use Cow::{Borrowed, Owned};

impl<B: ?Sized + ToOwned> Cow<'_, B> {
    pub fn is_borrowed(&self) -> bool {
        match self {
            Cow::Borrowed(_) => true,
            Cow::Owned(_) => false,
        }
    }

    pub fn is_owned(&self) -> bool {
        !self.is_borrowed()
    }

    /// The owned data, cloning the borrowed data first if needed.
    pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned {
        if let Cow::Borrowed(b) = *self {
            *self = Cow::Owned(b.to_owned());
        }
        match self {
            Cow::Owned(o) => o,
            Cow::Borrowed(_) => unreachable!(),
        }
    }

    pub fn into_owned(self) -> <B as ToOwned>::Owned {
        match self {
            Cow::Borrowed(b) => b.to_owned(),
            Cow::Owned(o) => o,
        }
    }
}

impl<B: ?Sized + ToOwned> crate::ops::Deref for Cow<'_, B>
where
    <B as ToOwned>::Owned: Borrow<B>,
{
    type Target = B;
    fn deref(&self) -> &B {
        match self {
            Cow::Borrowed(b) => b,
            Cow::Owned(o) => o.borrow(),
        }
    }
}

impl<B: ?Sized + ToOwned> AsRef<B> for Cow<'_, B>
where
    <B as ToOwned>::Owned: Borrow<B>,
{
    fn as_ref(&self) -> &B {
        match self {
            Cow::Borrowed(b) => b,
            Cow::Owned(o) => o.borrow(),
        }
    }
}

impl<'a, B: ?Sized + ToOwned> Clone for Cow<'a, B>
where
    <B as ToOwned>::Owned: Borrow<B>,
{
    fn clone(&self) -> Cow<'a, B> {
        match self {
            Cow::Borrowed(b) => Cow::Borrowed(*b),
            Cow::Owned(o) => {
                let b: &B = o.borrow();
                Cow::Owned(b.to_owned())
            }
        }
    }
}

impl<B: ?Sized + ToOwned + crate::fmt::Display> crate::fmt::Display for Cow<'_, B>
where
    <B as ToOwned>::Owned: crate::fmt::Display,
{
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match self {
            Cow::Borrowed(b) => crate::fmt::Display::fmt(*b, f),
            Cow::Owned(o) => crate::fmt::Display::fmt(o, f),
        }
    }
}

impl<B: ?Sized + ToOwned + crate::fmt::Debug> crate::fmt::Debug for Cow<'_, B>
where
    <B as ToOwned>::Owned: crate::fmt::Debug,
{
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match self {
            Cow::Borrowed(b) => crate::fmt::Debug::fmt(*b, f),
            Cow::Owned(o) => crate::fmt::Debug::fmt(o, f),
        }
    }
}

impl<'a, 'b, B: ?Sized + ToOwned + PartialEq<C>, C: ?Sized + ToOwned> PartialEq<Cow<'b, C>> for Cow<'a, B>
where
    <B as ToOwned>::Owned: Borrow<B>,
    <C as ToOwned>::Owned: Borrow<C>,
{
    fn eq(&self, other: &Cow<'b, C>) -> bool {
        let a: &B = match self {
            Cow::Borrowed(b) => b,
            Cow::Owned(o) => o.borrow(),
        };
        let b: &C = match other {
            Cow::Borrowed(b) => b,
            Cow::Owned(o) => o.borrow(),
        };
        a == b
    }
}

impl<'a> PartialEq<str> for Cow<'a, str> {
    fn eq(&self, other: &str) -> bool {
        let a: &str = self;
        a == other
    }
}

impl<'a, 'b> PartialEq<&'b str> for Cow<'a, str> {
    fn eq(&self, other: &&'b str) -> bool {
        let a: &str = self;
        a == *other
    }
}

impl<'a> PartialEq<String> for Cow<'a, str> {
    fn eq(&self, other: &String) -> bool {
        let a: &str = self;
        a == other.as_str()
    }
}

impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<String> for Cow<'a, str> {
    fn from(s: String) -> Cow<'a, str> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a String> for Cow<'a, str> {
    fn from(s: &'a String) -> Cow<'a, str> {
        Cow::Borrowed(s.as_str())
    }
}

impl<'a> From<Cow<'a, str>> for String {
    fn from(s: Cow<'a, str>) -> String {
        s.into_owned()
    }
}

impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {
    fn from(s: &'a [T]) -> Cow<'a, [T]> {
        Cow::Borrowed(s)
    }
}

impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {
    fn from(v: Vec<T>) -> Cow<'a, [T]> {
        Cow::Owned(v)
    }
}

impl<'a, T: Clone> From<&'a Vec<T>> for Cow<'a, [T]> {
    fn from(v: &'a Vec<T>) -> Cow<'a, [T]> {
        Cow::Borrowed(v.as_slice())
    }
}

impl<'a> crate::ops::Add<&'a str> for Cow<'a, str> {
    type Output = Cow<'a, str>;
    fn add(mut self, rhs: &'a str) -> Cow<'a, str> {
        self += rhs;
        self
    }
}

impl<'a> crate::ops::AddAssign<&'a str> for Cow<'a, str> {
    fn add_assign(&mut self, rhs: &'a str) {
        if rhs.is_empty() {
            return;
        }
        if let Cow::Borrowed(lhs) = *self {
            if lhs.is_empty() {
                *self = Cow::Borrowed(rhs);
                return;
            }
        }
        self.to_mut().push_str(rhs);
    }
}
