//! Traits: which impl satisfies an obligation (selection), the where-clauses
//! in scope of an item (its parameter environment), normalisation of
//! associated types, and the concrete function a trait method call runs
//! once generic arguments are known (instance resolution).

mod env;
mod resolve;
mod select;

pub use env::{declaring_trait_ref, param_env};
pub use resolve::{normalize_concrete, resolve_instance, Instance, Shim};
pub use select::{ClosureTable, SelectCx, Selection};
