//! Type checking: HIR bodies to typed bodies.
//!
//! Input: a [`ferrum_hir::hir::Crate`].
//! Output: a [`TypedProgram`]: interned types ([`ty::TyCtxt`]), item
//! signatures ([`items::ItemTables`]), and for every body a
//! [`TypeckResults`] side table (type of every expression, pattern and
//! binding, path and method resolutions, adjustments), plus diagnostics.
//!
//! Invariants: after a body checks without errors, its results contain no
//! inference variables; every expression has a type (`Error` after an error).

pub mod items;
pub mod program;
pub mod results;
pub mod traits;
pub mod ty;

pub use program::TypedProgram;
pub use results::{Adjust, TypeckResults, ValueRes};
