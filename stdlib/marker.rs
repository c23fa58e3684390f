//! Marker traits.

#[lang = "sized"]
pub trait Sized {}

#[lang = "copy"]
pub trait Copy {}

#[lang = "send"]
pub trait Send {}

#[lang = "sync"]
pub trait Sync {}

/// A zero-sized marker that a type logically owns a `T`.
pub struct PhantomData<T: ?Sized>;
