//! Which MIR locals are user variables declared without an initialiser
//! (`let x;`, `let (a, b): (T, U);`). Only those can be read before they
//! are written (every other binding gets its value where it is declared),
//! and only those can be assigned twice unnoticed by the type checker,
//! which reports the `let x = 1; x = 2;` case itself.

use crate::BodyCx;
use ferrum_hir::hir::{ExprKind, Stmt};
use rustc_hash::FxHashSet;

/// Per local: a binding of a `let` without initialiser.
pub(crate) fn declared_without_init(cx: &BodyCx) -> Vec<bool> {
    let mut bindings = FxHashSet::default();
    for (_, expr) in cx.hir.exprs.iter() {
        let ExprKind::Block { block, .. } = &expr.kind else {
            continue;
        };
        for stmt in &block.stmts {
            if let Stmt::Let { pat, init: None, .. } = stmt {
                let within = cx.hir.pats[*pat].span;
                for (_, b) in cx.hir.bindings.iter() {
                    let inside = b.span.file == within.file && within.lo <= b.span.lo && b.span.hi <= within.hi;
                    if inside && b.by_ref.is_none() {
                        bindings.insert((b.name, b.span));
                    }
                }
            }
        }
    }
    cx.body
        .locals
        .iter()
        .enumerate()
        .map(|(i, decl)| i > cx.body.arg_count && decl.name.is_some_and(|name| bindings.contains(&(name, decl.span))))
        .collect()
}
