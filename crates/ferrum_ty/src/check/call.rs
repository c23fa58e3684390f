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
                    self.require_unsafe(self.span(expr), super::UnsafeOp::Call(None));
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
        let hints =
            expected.filter(|_| self.infcx.has_infer(sig.output)).and_then(|exp| self.expected_inputs(&sig, exp));
        self.check_args_hinted(expr, self.span(callee), &sig.inputs, hints.as_deref(), args, false);
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
                self.require_unsafe(span, super::UnsafeOp::Call(Some(def)));
            }
        }
    }

    /// What the inputs would be if the call's result had the expected type:
    /// hints for checking the arguments (`Some(1)` expected `Option<u8>`
    /// checks `1` expecting `u8`), never constraints, so that an argument
    /// can still be coerced (`Box::new(x)` expected `Box<dyn Trait>`).
    pub(super) fn expected_inputs(&mut self, sig: &FnSig, expected: Ty) -> Option<Vec<Ty>> {
        let snapshot = self.infcx.snapshot();
        let hints = match self.infcx.unify_if_ok(sig.output, expected) {
            Ok(()) => Some(sig.inputs.iter().map(|&t| self.resolve(t)).collect()),
            Err(_) => None,
        };
        self.infcx.rollback_to(snapshot);
        hints
    }

    fn coerce_to_hint(&mut self, arg: ExprId, ty: Ty, hint: Ty, input: Ty) -> bool {
        let snapshot = self.infcx.snapshot();
        if let Some(adjusts) = self.try_coerce(ty, hint, self.span(arg)) {
            if self.infcx.unify(input, hint).is_ok() {
                if !adjusts.is_empty() {
                    self.results.adjustments.entry(arg).or_default().extend(adjusts);
                }
                return true;
            }
        }
        self.infcx.rollback_to(snapshot);
        false
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
        self.check_args_hinted(expr, callee_span, inputs, None, args, is_method)
    }

    /// [`Self::check_args`], checking each argument expecting its hint
    /// before coercing it to its input.
    pub(super) fn check_args_hinted(
        &mut self,
        expr: ExprId,
        callee_span: Span,
        inputs: &[Ty],
        hints: Option<&[Ty]>,
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
                    let hint = hints.and_then(|h| h.get(i)).copied().unwrap_or(input);
                    let ty = self.check_expr(arg, Some(hint));
                    // As rustc: coerce to the hint when it is a sized type
                    // (`Some(Box::new(s))` expected `Option<Box<dyn T>>`
                    // coerces the box), then make the input agree with it.
                    let hint = self.resolve(hint);
                    if hint == input || self.tcx.is_unsized(hint) || !self.coerce_to_hint(arg, ty, hint, input) {
                        self.coerce(arg, ty, input);
                    }
                }
                None => {
                    self.check_expr(arg, None);
                }
            }
        }
    }
}
