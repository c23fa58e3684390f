//! Lexing and parsing: source text to [`ast`].
//!
//! Input: one file's text (a user file or an embedded library file).
//! Output: a [`ast::SourceFileAst`] plus syntax diagnostics.
//!
//! Invariants: parsing never fails and never panics: every syntax error is a
//! diagnostic with a span, and the tree contains `Err` nodes where input was
//! malformed. Recovery happens at item and statement boundaries so several
//! independent errors are reported in one run.

pub mod ast;
