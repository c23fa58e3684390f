//! Marker traits.

#[lang = "sized"]
pub trait Sized {}

#[lang = "copy"]
pub trait Copy {}

pub trait Send {}

pub trait Sync {}
