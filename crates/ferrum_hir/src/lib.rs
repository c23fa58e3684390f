//! Name resolution and macro expansion: AST to [`hir`].
//!
//! Input: the parsed user file and the parsed library files.
//! Output: one [`hir::Crate`] with every item in an arena, every path
//! resolved to a [`hir::Res`], and bodies with built-in macros expanded.
//!
//! Invariants: lowering never fails; unresolved names become `Res::Err`
//! with an E0425/E0433/E0412 diagnostic. Each binding is declared once per
//! pattern and every `Res::Local` refers to a binding of the same body.

pub mod hir;

mod format;
mod format_args;
mod fragment;
mod hygiene;
mod macro_rules;
mod tokens;
mod transcribe;
