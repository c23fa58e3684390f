//! A miniature library for the lowering tests: the shapes the real
//! `stdlib/` has (a prelude module, lang items, `mod x;` files, macros).

pub mod prelude;
pub mod option;
pub mod ops;
pub mod fmt {
    pub trait Debug {
        fn fmt(&self) -> i32;
    }
    pub trait Display {
        fn fmt(&self) -> i32;
    }
}
pub mod clone {
    pub trait Clone {
        fn clone(&self) -> Self;
    }
}
pub mod default {
    pub trait Default {
        fn default() -> Self;
    }
}
pub mod collections {
    pub struct HashMap<K, V> {
        k: K,
        v: V,
    }
    impl<K, V> HashMap<K, V> {
        pub fn new() -> Self {
            loop {}
        }
    }
}
pub mod num {
    macro_rules! impl_zero {
        ($($t:ident)*) => { $(impl Zero for $t { fn zero() -> $t { 0 } })* };
    }
    pub trait Zero {
        fn zero() -> Self;
    }
    impl_zero! { i8 i16 i32 i64 u8 usize }
}
pub mod f64 {
    pub mod consts {
        pub const PI: f64 = 3.14159;
    }
}
