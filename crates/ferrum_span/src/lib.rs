//! Source positions, interned names and diagnostics shared by every stage.
//!
//! Input: source texts (user files and the embedded standard library).
//! Output: `FileId`/`Span` positions, `Symbol` names, and `Diagnostic`
//! values that any stage may produce and that are rendered in one place
//! ([`render`]) in rustc's style.
//!
//! Invariants: a `Span` always lies inside the file it names and on UTF-8
//! character boundaries; a `Symbol` is valid for the whole process.

mod diagnostic;
mod render;
mod source_map;
mod symbol;

pub use diagnostic::{Diagnostic, Diagnostics, Label, Level};
pub use render::{render, render_all, render_json};
pub use source_map::{FileId, LineCol, SourceFile, SourceMap, Span};
pub use symbol::Symbol;
