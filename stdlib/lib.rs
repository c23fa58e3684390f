//! The ferrum standard library, written in the language ferrum compiles.
//! Reachable as `std`, `core` and `alloc`.

pub mod alloc;
pub mod array;
pub mod borrow;
pub mod boxed;
pub mod builtins;
pub mod cell;
pub mod char;
pub mod clone;
pub mod collections;
pub mod cmp;
pub mod convert;
pub mod default;
pub mod error;
pub mod f32;
pub mod f64;
pub mod fmt;
pub mod hash;
pub mod intrinsics;
pub mod io;
pub mod iter;
pub mod marker;
pub mod mem;
pub mod num;
pub mod ops;
pub mod option;
pub mod panicking;
pub mod prelude;
pub mod process;
pub mod ptr;
pub mod rc;
pub mod result;
pub mod slice;
pub mod str;
pub mod string;
pub mod vec;
