//! MIR: typed HIR bodies to control-flow graphs, plus the one layout module
//! every backend uses.
//!
//! Input: a type-checked program (`ferrum_ty`).
//! Output: one [`mir::Body`] per function, const, static and closure
//! ([`build`]), with drops elaborated ([`elaborate_drops`]), a pretty
//! printer for `--emit mir` ([`pretty`]), a validator ([`validate`]), and
//! [`layout`].
//!
//! Invariants: every basic block ends in a terminator; every local used is
//! declared; places are typed consistently (checked by the validator);
//! after elaboration every `Drop` runs on an initialised value.

pub mod build;
pub mod elaborate_drops;
pub mod layout;
pub mod mir;
pub mod place_ty;
pub mod pretty;
pub mod program;
pub mod shim;
pub mod synth;
pub mod tys;
pub mod validate;

#[cfg(test)]
mod tests;

pub use build::{build_body, build_program};
pub use program::MirProgram;
