//! MIR: typed HIR bodies to control-flow graphs, plus the one layout module
//! every backend uses.
//!
//! Input: a type-checked program (`ferrum_ty`).
//! Output: one [`mir::Body`] per function, const, static and closure,
//! a pretty printer for `--emit mir`, a validator, and [`layout`].
//!
//! Invariants: every basic block ends in a terminator; every local used is
//! declared; places are typed consistently (checked by the validator).

pub mod layout;
pub mod mir;
pub mod program;

pub use program::MirProgram;
