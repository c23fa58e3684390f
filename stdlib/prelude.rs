//! Names in scope in every module.

pub use crate::clone::Clone;
pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
pub use crate::default::Default;
pub use crate::marker::{Copy, Send, Sized, Sync};
pub use crate::mem::drop;
pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
pub use crate::option::Option;
pub use crate::option::Option::{None, Some};
pub use crate::result::Result;
pub use crate::result::Result::{Err, Ok};
pub use crate::vec::Vec;
pub use crate::convert::{AsMut, AsRef, From, Into, TryFrom, TryInto};
pub use crate::borrow::ToOwned;
pub use crate::string::{String, ToString};
pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
pub use crate::boxed::Box;
