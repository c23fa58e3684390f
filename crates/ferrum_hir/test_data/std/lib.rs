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
    pub struct Arguments;
    pub struct Formatter<'a> {
        s: &'a str,
    }
    pub type Result = ();
    #[lang = "format"]
    pub fn format() {}
    /// The functions `format_args!` lowers onto (signatures elided).
    pub mod rt {
        pub struct Argument;
        pub struct Placeholder;
        #[lang = "format_arguments_new"]
        pub fn new_v1() {}
        #[lang = "format_arguments_new_formatted"]
        pub fn new_v1_formatted() {}
        #[lang = "format_placeholder"]
        pub fn placeholder() {}
        #[lang = "format_argument_display"]
        pub fn new_display() {}
        #[lang = "format_argument_debug"]
        pub fn new_debug() {}
        #[lang = "format_argument_lower_hex"]
        pub fn new_lower_hex() {}
        #[lang = "format_argument_upper_hex"]
        pub fn new_upper_hex() {}
        #[lang = "format_argument_octal"]
        pub fn new_octal() {}
        #[lang = "format_argument_binary"]
        pub fn new_binary() {}
        #[lang = "format_argument_lower_exp"]
        pub fn new_lower_exp() {}
        #[lang = "format_argument_upper_exp"]
        pub fn new_upper_exp() {}
        #[lang = "format_argument_usize"]
        pub fn from_usize() {}
    }
}
pub mod io {
    #[lang = "format_print"]
    pub fn _print() {}
    #[lang = "format_eprint"]
    pub fn _eprint() {}
}
pub mod panicking {
    #[lang = "panic_fmt"]
    pub fn panic_fmt() {}
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
pub mod marker {
    #[lang = "sized"]
    pub trait Sized {}
    #[lang = "copy"]
    pub trait Copy {}
}
pub mod cmp {
    pub trait PartialEq {
        fn eq(&self, other: &Self) -> bool;
    }
    pub trait PartialOrd {}
}
pub mod intrinsics {
    extern "rust-intrinsic" {
        pub fn discriminant_value<T>(v: &T) -> isize;
    }
}
pub mod convert {
    pub trait Into<T> {
        fn into(self) -> T;
    }
    pub trait From<T> {
        fn from(t: T) -> Self;
    }
}
pub mod boxed {
    pub struct Box<T: ?Sized> {
        ptr: *const T,
    }
}
pub mod ops_fn {
    pub trait FnOnce<Args> {
        type Output;
    }
    pub trait FnMut<Args>: FnOnce<Args> {}
    pub trait Fn<Args>: FnMut<Args> {}
}
pub mod exported {
    pub fn make(n: i32) -> i32 {
        n
    }
    #[macro_export]
    macro_rules! make_twice {
        ($e:expr) => {
            $crate::exported::make($e) + $crate::exported::make($e)
        };
    }
}
