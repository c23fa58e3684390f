//! Explicit duplication of values.

#[lang = "clone"]
pub trait Clone: Sized {
    fn clone(&self) -> Self;

    fn clone_from(&mut self, source: &Self) {
        *self = source.clone();
    }
}

macro_rules! clone_by_copy {
    ($($t:ident)*) => {
        $(
            impl Clone for $t {
                fn clone(&self) -> $t {
                    *self
                }
            }
        )*
    };
}

clone_by_copy! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char }

impl Clone for () {
    fn clone(&self) -> () {}
}

impl<T: ?Sized> Clone for &T {
    fn clone(&self) -> &T {
        *self
    }
}

impl<T: ?Sized> Clone for *const T {
    fn clone(&self) -> *const T {
        *self
    }
}

impl<T: ?Sized> Clone for *mut T {
    fn clone(&self) -> *mut T {
        *self
    }
}

macro_rules! clone_tuple {
    ($($name:ident $idx:tt),+) => {
        impl<$($name: Clone),+> Clone for ($($name,)+) {
            fn clone(&self) -> ($($name,)+) {
                ($(self.$idx.clone(),)+)
            }
        }
    };
}

clone_tuple!(A 0);
clone_tuple!(A 0, B 1);
clone_tuple!(A 0, B 1, C 2);
clone_tuple!(A 0, B 1, C 2, D 3);
clone_tuple!(A 0, B 1, C 2, D 3, E 4);
clone_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);
