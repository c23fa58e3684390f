//! Type checking: HIR bodies to typed bodies.
//!
//! Input: a [`ferrum_hir::hir::Crate`].
//! Output: interned types ([`ty::TyCtxt`]), item signatures, and for every
//! body a [`TypeckResults`] side table (type of every expression, pattern
//! and binding, method and path resolutions, adjustments), plus
//! diagnostics.
//!
//! Invariants: after a body checks without errors, its results contain no
//! inference variables; every expression has a type (`Error` after an error).

pub mod items;
pub mod ty;
