//! Which MIR locals are user variables declared without an initialiser
//! (`let x;`): only those can be assigned twice unnoticed by the type
//! checker, which reports the `let x = 1; x = 2;` case itself.

use crate::BodyCx;
use ferrum_hir::hir::{ExprKind, PatKind, Stmt};
use rustc_hash::FxHashSet;

/// Per local: an immutable `let x;` binding.
pub(crate) fn declared_uninit(cx: &BodyCx) -> Vec<bool> {
    let mut bindings = FxHashSet::default();
    for (_, expr) in cx.hir.exprs.iter() {
        let ExprKind::Block { block, .. } = &expr.kind else {
            continue;
        };
        for stmt in &block.stmts {
            if let Stmt::Let {
                pat, init: None, ..
            } = stmt
            {
                if let PatKind::Binding { binding, .. } = cx.hir.pats[*pat].kind {
                    let b = &cx.hir.bindings[binding];
                    if !b.mutable && b.by_ref.is_none() {
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
        .map(|(i, decl)| {
            i > cx.body.arg_count
                && !decl.mutable
                && decl
                    .name
                    .is_some_and(|name| bindings.contains(&(name, decl.span)))
        })
        .collect()
}
