//! `--emit ast`: prints the tree as indented, source-like Rust.
//!
//! The output is deterministic and shows the parse structure: every
//! operand that is itself an operator expression is parenthesised, so
//! `a + b * c` prints as `a + (b * c)`. A parenthesised source expression
//! keeps its own parentheses. `Err` nodes print as `<err>`.

mod expr;
mod item;
mod ty;

pub(crate) use ty::{lit_to_string, tokens_to_string};

use crate::ast::{Ast, Attribute, Bound, SourceFileAst, TypeId};

/// Renders a parsed file for `--emit ast`.
pub fn print_ast(file: &SourceFileAst) -> String {
    let mut p = Printer { ast: &file.ast, out: String::new(), indent: 0 };
    for attr in &file.attrs {
        p.attr(attr);
    }
    for &item in &file.items {
        p.item(item);
    }
    p.out
}

/// A type as source text (`Vec<(T, &'a str)>`), for code that builds new
/// source from parsed pieces (`#[derive]` expansion).
pub fn print_type(ast: &Ast, ty: TypeId) -> String {
    let mut p = Printer { ast, out: String::new(), indent: 0 };
    p.ty(ty);
    p.out
}

/// Bounds as source text: `Clone + ?Sized + 'a`.
pub fn print_bounds(ast: &Ast, bounds: &[Bound]) -> String {
    let mut p = Printer { ast, out: String::new(), indent: 0 };
    p.bounds(bounds);
    p.out
}

pub(crate) struct Printer<'a> {
    ast: &'a Ast,
    out: String,
    indent: usize,
}

impl Printer<'_> {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }

    /// Starts a new line at the current indentation (no blank line at the
    /// very start of the output).
    fn line(&mut self) {
        if !self.out.is_empty() {
            self.newline();
        }
    }

    /// `items` separated by `sep`, each printed by `f`.
    fn sep<T>(&mut self, items: &[T], sep: &str, mut f: impl FnMut(&mut Self, &T)) {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.w(sep);
            }
            f(self, x);
        }
    }

    fn attr(&mut self, attr: &Attribute) {
        self.line();
        self.w(if attr.inner { "#![" } else { "#[" });
        self.path(&attr.path);
        let args = ty::tokens_to_string(&attr.args);
        if !args.is_empty() {
            if !args.starts_with('(') {
                self.w(" ");
            }
            self.w(&args);
        }
        self.w("]");
    }
}
