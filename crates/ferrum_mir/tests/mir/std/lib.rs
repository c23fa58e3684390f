//! A miniature library for the MIR snapshot tests: just the lang items
//! MIR building knows about.

#[lang = "Range"]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[lang = "RangeInclusive"]
pub struct RangeInclusive<Idx> {
    pub start: Idx,
    pub end: Idx,
    pub exhausted: bool,
}

#[lang = "Option"]
pub enum Option<T> {
    None,
    Some(T),
}

#[lang = "drop"]
pub trait Drop {
    fn drop(&mut self);
}

pub mod prelude {
    pub use crate::Drop;
    pub use crate::Option::{self, None, Some};
}

impl i64 {
    pub const MIN: i64 = -9223372036854775807 - 1;
    pub const MAX: i64 = 9223372036854775807;
}
