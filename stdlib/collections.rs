//! Collection types.

/// Hash maps; for now only their hasher types.
pub mod hash_map {
    pub use crate::hash::{DefaultHasher, RandomState};
}
