//! Which MIR locals are user variables declared without an initialiser
//! (`let x;`, `let (a, b): (T, U);`). Only those can be read before they
//! are written (every other binding gets its value where it is declared),
//! and only those can be assigned twice unnoticed by the type checker,
//! which reports the `let x = 1; x = 2;` case itself.

use crate::BodyCx;
use ferrum_hir::hir::{ExprKind, PatKind, Stmt};
use rustc_hash::FxHashSet;

/// How a user variable was declared, as far as the checks care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Declared {
    /// A binding of `let` without initialiser (`let x;`, `let (a, b);`).
    WithoutInit,
    /// `let x = init;` with no type written: `init` is not a coercion
    /// site, so a `&mut` it names is moved, not reborrowed.
    Unannotated,
    /// Anything else (parameters, patterns, annotated `let`s).
    Other,
}

/// How each local was declared.
pub(crate) fn declarations(cx: &BodyCx) -> Vec<Declared> {
    let mut without_init = FxHashSet::default();
    let mut unannotated = FxHashSet::default();
    for (_, expr) in cx.hir.exprs.iter() {
        let ExprKind::Block { block, .. } = &expr.kind else {
            continue;
        };
        for stmt in &block.stmts {
            match stmt {
                Stmt::Let { pat, init: None, .. } => {
                    let within = cx.hir.pats[*pat].span;
                    for (_, b) in cx.hir.bindings.iter() {
                        let inside = b.span.file == within.file && within.lo <= b.span.lo && b.span.hi <= within.hi;
                        if inside && b.by_ref.is_none() {
                            without_init.insert((b.name, b.span));
                        }
                    }
                }
                Stmt::Let { pat, init: Some(_), ty: None, else_block: None, .. } => {
                    if let PatKind::Binding { binding, sub: None, .. } = cx.hir.pats[*pat].kind {
                        let b = &cx.hir.bindings[binding];
                        if b.by_ref.is_none() {
                            unannotated.insert((b.name, b.span));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    cx.body
        .locals
        .iter()
        .enumerate()
        .map(|(i, decl)| {
            let key = decl.name.map(|name| (name, decl.span));
            match key {
                Some(k) if i > cx.body.arg_count && without_init.contains(&k) => Declared::WithoutInit,
                Some(k) if i > cx.body.arg_count && unannotated.contains(&k) => Declared::Unannotated,
                _ => Declared::Other,
            }
        })
        .collect()
}
