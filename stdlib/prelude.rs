//! Names in scope in every module.

pub use crate::option::Option;
pub use crate::option::Option::{None, Some};
pub use crate::marker::{Copy, Send, Sized, Sync};
