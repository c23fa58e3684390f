//! Comparison traits.

use crate::option::Option::{self, None, Some};

#[lang = "eq"]
pub trait PartialEq<Rhs = Self> {
    fn eq(&self, other: &Rhs) -> bool;

    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

pub trait Eq: PartialEq<Self> {}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
#[repr(i8)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn is_eq(self) -> bool {
        match self {
            Ordering::Equal => true,
            _ => false,
        }
    }
    pub fn is_ne(self) -> bool {
        !self.is_eq()
    }
    pub fn is_lt(self) -> bool {
        match self {
            Ordering::Less => true,
            _ => false,
        }
    }
    pub fn is_gt(self) -> bool {
        match self {
            Ordering::Greater => true,
            _ => false,
        }
    }
    pub fn is_le(self) -> bool {
        !self.is_gt()
    }
    pub fn is_ge(self) -> bool {
        !self.is_lt()
    }
    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }
    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }
}

#[lang = "partial_ord"]
pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;

    fn lt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) => true,
            _ => false,
        }
    }
    fn le(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
    fn gt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) => true,
            _ => false,
        }
    }
    fn ge(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
}

pub trait Ord: Eq + PartialOrd<Self> {
    fn cmp(&self, other: &Self) -> Ordering;

    fn max(self, other: Self) -> Self
    where
        Self: Sized,
    {
        if other.cmp(&self).is_lt() { self } else { other }
    }

    fn min(self, other: Self) -> Self
    where
        Self: Sized,
    {
        if other.cmp(&self).is_lt() { other } else { self }
    }

    fn clamp(self, min: Self, max: Self) -> Self
    where
        Self: Sized,
    {
        if self.cmp(&min).is_lt() {
            min
        } else if self.cmp(&max).is_gt() {
            max
        } else {
            self
        }
    }
}

pub fn max<T: Ord>(a: T, b: T) -> T {
    a.max(b)
}

pub fn min<T: Ord>(a: T, b: T) -> T {
    a.min(b)
}

macro_rules! cmp_primitive {
    ($($t:ident)*) => {
        $(
            impl PartialEq for $t {
                fn eq(&self, other: &$t) -> bool {
                    *self == *other
                }
            }
            impl PartialOrd for $t {
                fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                    if *self < *other {
                        Some(Ordering::Less)
                    } else if *self > *other {
                        Some(Ordering::Greater)
                    } else if *self == *other {
                        Some(Ordering::Equal)
                    } else {
                        None
                    }
                }
            }
        )*
    };
}

macro_rules! ord_primitive {
    ($($t:ident)*) => {
        $(
            impl Eq for $t {}
            impl Ord for $t {
                fn cmp(&self, other: &$t) -> Ordering {
                    if *self < *other {
                        Ordering::Less
                    } else if *self > *other {
                        Ordering::Greater
                    } else {
                        Ordering::Equal
                    }
                }
            }
        )*
    };
}

cmp_primitive! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char }
ord_primitive! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool char }

impl PartialEq for () {
    fn eq(&self, _other: &()) -> bool {
        true
    }
}

impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&B> for &A {
    fn eq(&self, other: &&B) -> bool {
        PartialEq::eq(*self, *other)
    }
}

impl PartialEq for str {
    fn eq(&self, other: &str) -> bool {
        let len = self.len();
        if len != other.len() {
            return false;
        }
        let a = self as *const str as *const u8;
        let b = other as *const str as *const u8;
        let mut i = 0;
        while i < len {
            unsafe {
                if *crate::intrinsics::offset(a, i as isize) != *crate::intrinsics::offset(b, i as isize) {
                    return false;
                }
            }
            i += 1;
        }
        true
    }
}

impl Eq for str {}

impl<A: ?Sized + PartialOrd<B>, B: ?Sized> PartialOrd<&B> for &A {
    fn partial_cmp(&self, other: &&B) -> Option<Ordering> {
        PartialOrd::partial_cmp(*self, *other)
    }
}

impl<A: ?Sized + Eq> Eq for &A {}

impl<A: ?Sized + Ord> Ord for &A {
    fn cmp(&self, other: &&A) -> Ordering {
        Ord::cmp(*self, *other)
    }
}

impl Eq for () {}

impl PartialOrd for () {
    fn partial_cmp(&self, _other: &()) -> Option<Ordering> {
        Some(Ordering::Equal)
    }
}

impl Ord for () {
    fn cmp(&self, _other: &()) -> Ordering {
        Ordering::Equal
    }
}

// Tuples compare lexicographically, element by element.
macro_rules! tuple_cmp {
    ($($name:ident $idx:tt),+) => {
        impl<$($name: PartialEq),+> PartialEq for ($($name,)+) {
            fn eq(&self, other: &($($name,)+)) -> bool {
                $(self.$idx == other.$idx)&&+
            }
        }

        impl<$($name: Eq),+> Eq for ($($name,)+) {}

        impl<$($name: PartialOrd),+> PartialOrd for ($($name,)+) {
            fn partial_cmp(&self, other: &($($name,)+)) -> Option<Ordering> {
                $(
                    match self.$idx.partial_cmp(&other.$idx) {
                        Some(Ordering::Equal) => {}
                        ordering => return ordering,
                    }
                )+
                Some(Ordering::Equal)
            }
        }

        impl<$($name: Ord),+> Ord for ($($name,)+) {
            fn cmp(&self, other: &($($name,)+)) -> Ordering {
                $(
                    match self.$idx.cmp(&other.$idx) {
                        Ordering::Equal => {}
                        ordering => return ordering,
                    }
                )+
                Ordering::Equal
            }
        }
    };
}

tuple_cmp!(A 0);
tuple_cmp!(A 0, B 1);
tuple_cmp!(A 0, B 1, C 2);
tuple_cmp!(A 0, B 1, C 2, D 3);
tuple_cmp!(A 0, B 1, C 2, D 3, E 4);
tuple_cmp!(A 0, B 1, C 2, D 3, E 4, F 5);
