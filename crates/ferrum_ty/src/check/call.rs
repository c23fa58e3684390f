//! Calls of functions, constructors and function pointers.

use super::FnCtxt;
use crate::ty::{FnSig, Ty, TyKind};
use ferrum_hir::hir::{Abi, DefKind, ExprId};
use ferrum_span::{Diagnostic, Span};

impl FnCtxt<'_> {
    pub(super) fn check_call(&mut self, expr: ExprId, callee: ExprId, args: &[ExprId], expected: Option<Ty>) -> Ty {
        let callee_ty = self.check_expr(callee, None);
        let sig = match self.kind(callee_ty) {
            TyKind::FnDef(def, substs) => {
                self.check_unsafe_call(def, self.span(expr));
                self.items.fn_sigs.get(&def).map(|sig| FnSig {
                    inputs: sig.inputs.iter().map(|&t| self.tcx.subst(t, &substs)).collect(),
                    output: self.tcx.subst(sig.output, &substs),
                    is_unsafe: sig.is_unsafe,
                })
            }
            TyKind::FnPtr(sig) => {
                if sig.is_unsafe {
                    self.require_unsafe(self.span(expr), "call to unsafe function");
                }
                Some(sig)
            }
            TyKind::Error => None,
            _ => return self.check_overloaded_call(expr, callee, callee_ty, args),
        };
        let sig = sig.map(|sig| FnSig {
            inputs: sig.inputs.iter().map(|&t| self.normalize(t, self.span(callee))).collect(),
            output: self.normalize(sig.output, self.span(callee)),
            is_unsafe: sig.is_unsafe,
        });
        let Some(sig) = sig else {
            for &a in args {
                self.check_expr(a, None);
            }
            return self.tcx.error();
        };
        if let Some(exp) = expected.filter(|_| self.infcx.has_infer(sig.output)) {
            // Let the expected type guide inference of generic arguments
            // (`let x: Option<u8> = Some(1)`); failures are reported later.
            let _ = self.infcx.unify_if_ok(sig.output, exp);
        }
        self.check_args(expr, self.span(callee), &sig.inputs, args, false);
        if let TyKind::FnDef(def, substs) = self.kind(callee_ty) {
            self.point_bounds_at_args(def, &substs, self.span(callee), args);
        }
        if self.infcx.has_infer(self.resolve(sig.output)) {
            // The arguments may have fixed what an associated type in the
            // result stands for (`branch(x)` of `x?`): find out now, so the
            // rest of the body sees it.
            self.process_obligations(false);
        }
        sig.output
    }

    fn check_unsafe_call(&mut self, def: ferrum_hir::hir::DefId, span: Span) {
        if let DefKind::Fn(f) = &self.krate.defs[def].kind {
            if f.is_unsafe || f.abi != Abi::Rust {
                self.require_unsafe(span, "call to unsafe function");
            }
        }
    }

    /// Checks argument count (E0061) and each argument against its input.
    pub(super) fn check_args(
        &mut self,
        expr: ExprId,
        callee_span: Span,
        inputs: &[Ty],
        args: &[ExprId],
        is_method: bool,
    ) {
        if inputs.len() != args.len() {
            let (n, m) = (inputs.len(), args.len());
            let what = if is_method { "method" } else { "function" };
            self.error(
                Diagnostic::error(format!(
                    "this {what} takes {n} argument{} but {m} argument{} supplied",
                    if n == 1 { "" } else { "s" },
                    if m == 1 { " was" } else { "s were" }
                ))
                .code("E0061")
                .primary(callee_span, "")
                .secondary(self.span(expr), ""),
            );
        }
        for (i, &arg) in args.iter().enumerate() {
            match inputs.get(i) {
                Some(&input) => {
                    self.check_expr_coercible(arg, input, self.span(arg));
                }
                None => {
                    self.check_expr(arg, None);
                }
            }
        }
    }
}
