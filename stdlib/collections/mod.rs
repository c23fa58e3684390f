//! Collection types.

pub mod btree_map;
pub mod btree_set;
pub mod hash_map;
pub mod hash_set;

pub use btree_map::BTreeMap;
pub use btree_set::BTreeSet;
pub use hash_map::HashMap;
pub use hash_set::HashSet;
