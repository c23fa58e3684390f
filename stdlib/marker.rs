//! Marker traits.

#[lang = "sized"]
pub trait Sized {}

#[lang = "copy"]
pub trait Copy {}

pub trait Send {}

pub trait Sync {}

/// A zero-sized marker that a type logically owns a `T`.
pub struct PhantomData<T: ?Sized>;
