//! Closure expressions and calls of callable values.
//!
//! A closure is checked inline with its enclosing body (they share
//! inference variables, as in rustc); its signature comes from annotations
//! or, when it is passed where an `Fn*` bound is expected, from that bound.
//! Calling a closure or a type parameter bounded by `Fn*` is an overloaded
//! call of `Fn::call`, `FnMut::call_mut` or `FnOnce::call_once`; which one is
//! decided at the end of the body, once closure kinds are known.

use super::traits::Obligation;
use super::FnCtxt;
use crate::results::{ClosureInfo, ClosureKind};
use crate::ty::{Ty, TyKind};
use crate::ValueRes;
use ferrum_hir::hir::{DefId, ExprId, PatId, TypeRefId};
use ferrum_span::Diagnostic;

/// A call of a callable value whose `Fn*` method is chosen at the end.
pub(super) struct PendingCall {
    pub call: ExprId,
    pub callee_ty: Ty,
    pub args_tuple: Ty,
}

pub(crate) fn closure_key(owner: DefId, expr: ExprId) -> (DefId, u32) {
    (owner, expr.into_raw().into_u32())
}

impl FnCtxt<'_> {
    pub(super) fn check_closure(
        &mut self,
        expr: ExprId,
        params: &[(PatId, Option<TypeRefId>)],
        ret: Option<TypeRefId>,
        body: ExprId,
        expected: Option<Ty>,
    ) -> Ty {
        let deduced = expected.and_then(|e| self.deduce_closure_sig(e, params.len()));
        let mut inputs = Vec::with_capacity(params.len());
        for (i, &(_, annotation)) in params.iter().enumerate() {
            let from_bound = deduced.as_ref().and_then(|(ins, _)| ins.get(i).copied());
            let ty = match (annotation, from_bound) {
                (Some(t), bound) => {
                    let t = self.lower_ty(t);
                    if let Some(b) = bound {
                        let _ = self.infcx.unify_if_ok(t, b);
                    }
                    t
                }
                (None, Some(b)) => b,
                (None, None) => self.new_var(),
            };
            inputs.push(ty);
        }
        let output = match (ret, deduced.as_ref().and_then(|(_, o)| *o)) {
            (Some(t), _) => self.lower_ty(t),
            (None, Some(o)) => o,
            (None, None) => self.new_var(),
        };
        let key = closure_key(self.owner, expr);
        let info = ClosureInfo { inputs: inputs.clone(), output, kind: ClosureKind::Fn, captures: Vec::new() };
        self.closure_table.insert(key, info);
        for (&(pat, _), &ty) in params.iter().zip(&inputs) {
            self.check_pat_top(pat, ty, false);
        }
        let saved_ret = std::mem::replace(&mut self.ret_ty, output);
        let saved_diverges = self.diverges;
        self.check_expr_coercible(body, output, self.span(body));
        self.ret_ty = saved_ret;
        self.diverges = saved_diverges;
        let substs = crate::generics::identity_substs(self.tcx, self.krate, self.owner);
        self.tcx.intern(TyKind::Closure { owner: key.0, expr: key.1, substs: substs.into() })
    }

    /// The parameter types and return type an `Fn*` obligation on the
    /// expected type (an inference variable) or a function pointer type
    /// asks for.
    fn deduce_closure_sig(&mut self, expected: Ty, arity: usize) -> Option<(Vec<Ty>, Option<Ty>)> {
        let expected = self.shallow(expected);
        match self.tcx.kind(expected) {
            TyKind::FnPtr(sig) => return Some((sig.inputs.to_vec(), Some(sig.output))),
            TyKind::Dynamic { .. } => {
                let (inputs, output) = self.select_cx().callable_sig(expected)?;
                return (inputs.len() == arity).then_some((inputs, Some(output)));
            }
            TyKind::Infer(..) => {}
            _ => return None,
        }
        // Earlier arguments may have fixed what the bound's projections
        // name (`F: Fn(&I::Item)` once `I` is known), as rustc resolves
        // pending obligations before it checks a closure.
        self.process_obligations(false);
        let cx = self.select_cx();
        let mut inputs = None;
        let mut output = None;
        for ob in &self.obligations {
            match ob {
                Obligation::Trait { goal, .. } if cx.is_fn_trait(goal.trait_) => {
                    if self.shallow(goal.self_ty()) != expected {
                        continue;
                    }
                    if let TyKind::Tuple(tys) = self.tcx.kind(self.shallow(goal.substs[1])) {
                        if tys.len() == arity {
                            inputs = Some(tys.to_vec());
                        }
                    }
                }
                Obligation::Projection { var, projection, .. } => {
                    let TyKind::Projection { trait_, substs, .. } = self.tcx.kind(*projection) else { continue };
                    if cx.is_fn_trait(trait_) && self.shallow(substs[0]) == expected {
                        output = Some(*var);
                    }
                }
                _ => {}
            }
        }
        inputs.map(|i| (i, output))
    }

    /// `callee(args)` where the callee is not a function item or pointer:
    /// a closure, or a value whose type implements an `Fn*` trait.
    pub(super) fn check_overloaded_call(&mut self, expr: ExprId, callee: ExprId, callee_ty: Ty, args: &[ExprId]) -> Ty {
        let found = self.autoderef_until(callee, callee_ty, |this, ty| this.callable_signature(ty).map(|s| (ty, s)));
        let Some((ty, (inputs, output))) = found else {
            let t = self.ty_str(callee_ty);
            self.error(
                Diagnostic::error(format!("expected function, found `{t}`"))
                    .code("E0618")
                    .primary(self.span(callee), "call expression requires function"),
            );
            for &a in args {
                self.check_expr(a, None);
            }
            return self.tcx.error();
        };
        self.check_args(expr, self.span(callee), &inputs, args, false);
        let args_tuple = self.tcx.mk_tuple(inputs);
        self.pending_calls.push(PendingCall { call: expr, callee_ty: ty, args_tuple });
        output
    }

    /// Inputs and output of a callable type: a closure, or a type the
    /// environment bounds by an `Fn*` trait.
    fn callable_signature(&mut self, ty: Ty) -> Option<(Vec<Ty>, Ty)> {
        let ty = self.shallow(ty);
        if let Some(sig) = self.select_cx().callable_sig(ty) {
            return Some(sig);
        }
        if let TyKind::Adt(..) = self.tcx.kind(ty) {
            return self.library_callable_signature(ty);
        }
        let cx = self.select_cx();
        let pred = self.env.iter().find(|p| cx.is_fn_trait(p.trait_ref.trait_) && p.trait_ref.self_ty() == ty)?;
        let trait_ref = pred.trait_ref.clone();
        let TyKind::Tuple(inputs) = self.tcx.kind(trait_ref.substs[1]) else { return None };
        let fn_once = self.krate.lang_item("fn_once")?;
        let projection = self.tcx.intern(TyKind::Projection {
            trait_: fn_once,
            substs: trait_ref.substs.clone(),
            name: ferrum_span::Symbol::intern("Output"),
        });
        let span = ferrum_span::Span::default();
        let output = self.normalize(projection, span);
        Some((inputs.to_vec(), output))
    }

    /// A library type with an `FnOnce` impl (`Box<dyn FnOnce()>`): called
    /// through the impl, as rustc does, not through a deref.
    fn library_callable_signature(&mut self, ty: Ty) -> Option<(Vec<Ty>, Ty)> {
        let fn_once = self.krate.lang_item("fn_once")?;
        let args = self.new_var();
        let goal = crate::items::TraitRef { trait_: fn_once, substs: vec![ty, args].into() };
        let snapshot = self.infcx.snapshot();
        if let crate::traits::Selection::Impl { .. } = self.select(&goal) {
            if let TyKind::Tuple(inputs) = self.tcx.kind(self.resolve(args)) {
                let name = ferrum_span::Symbol::intern("Output");
                let projection = self.tcx.intern(TyKind::Projection { trait_: fn_once, substs: goal.substs, name });
                let output = self.normalize(projection, ferrum_span::Span::default());
                return Some((inputs.to_vec(), output));
            }
        }
        self.infcx.rollback_to(snapshot);
        None
    }

    /// Chooses `call`, `call_mut` or `call_once` for every overloaded call,
    /// now that closure kinds are known.
    pub(super) fn resolve_pending_calls(&mut self) {
        for pending in std::mem::take(&mut self.pending_calls) {
            let callee_ty = self.resolve(pending.callee_ty);
            let args_tuple = self.resolve(pending.args_tuple);
            let Some(kind) = self.callable_kind(callee_ty, args_tuple) else { continue };
            let Some(trait_) = self.krate.lang_item(kind.lang_item()) else { continue };
            let Some(def) =
                crate::impls::assoc_item(self.krate, trait_, ferrum_span::Symbol::intern(kind.method_name()))
            else {
                continue;
            };
            self.results.value_res.insert(pending.call, ValueRes::Fn(def, vec![callee_ty, args_tuple].into()));
            if kind == ClosureKind::FnMut {
                if let ferrum_hir::hir::ExprKind::Call(callee, _) = &self.body.exprs[pending.call].kind {
                    self.defer_place_check(*callee, super::place::PlaceUse::BorrowMut);
                }
            }
        }
    }

    /// The most capable `Fn*` trait a callee type implements.
    fn callable_kind(&mut self, ty: Ty, args: Ty) -> Option<ClosureKind> {
        if let TyKind::Closure { owner, expr, .. } = self.tcx.kind(ty) {
            return self.closure_table.get(&(owner, expr)).map(|i| i.kind);
        }
        for kind in ClosureKind::ALL {
            let trait_ = self.krate.lang_item(kind.lang_item())?;
            let goal = crate::items::TraitRef { trait_, substs: vec![ty, args].into() };
            let snapshot = self.infcx.snapshot();
            let holds = !matches!(self.select(&goal), crate::traits::Selection::Unimplemented);
            self.infcx.rollback_to(snapshot);
            if holds {
                return Some(kind);
            }
        }
        None
    }
}

impl FnCtxt<'_> {
    /// Remembers that a closure of this body must implement `Fn` or `FnMut`
    /// (what it implements is only known after capture analysis).
    pub(super) fn note_closure_kind_demand(&mut self, goal: &crate::items::TraitRef, span: ferrum_span::Span) {
        let Some(kind) = ClosureKind::of_trait(self.krate, goal.trait_) else { return };
        if kind == ClosureKind::FnOnce {
            return;
        }
        if let TyKind::Closure { owner, expr, .. } = self.kind(self.resolve(goal.self_ty())) {
            if owner == self.owner {
                let closure = ExprId::from_raw(la_arena::RawIdx::from(expr));
                self.closure_kind_demands.push((closure, kind, span));
            }
        }
    }

    /// E0525 for closures whose captures make them implement less than a
    /// bound they were passed to requires.
    pub(super) fn check_closure_kind_demands(&mut self) {
        let demands = std::mem::take(&mut self.closure_kind_demands);
        let mut reported = Vec::new();
        for (closure, wanted, span) in demands {
            let Some(info) = self.closure_table.get(&closure_key(self.owner, closure)) else { continue };
            if info.kind <= wanted || reported.contains(&closure) {
                continue;
            }
            reported.push(closure);
            let (wanted, actual) = (trait_name(wanted), trait_name(info.kind));
            self.error(
                Diagnostic::error(format!(
                    "expected a closure that implements the `{wanted}` trait, but this closure only implements `{actual}`"
                ))
                .code("E0525")
                .primary(self.closure_header_span(closure), format!("this closure implements `{actual}`, not `{wanted}`"))
                .secondary(span, format!("the requirement to implement `{wanted}` derives from here")),
            );
        }
    }

    /// `move |a, b|`: from the closure's start to its parameter list's end.
    fn closure_header_span(&self, closure: ExprId) -> ferrum_span::Span {
        let span = self.span(closure);
        let ferrum_hir::hir::ExprKind::Closure { params, is_move, .. } = &self.body.exprs[closure].kind else {
            return span;
        };
        let hi = match params.last() {
            Some(&(pat, ty)) => ty.map_or(self.body.pats[pat].span, |t| self.krate.types[t].span).hi + 1,
            None => span.lo + if *is_move { 7 } else { 2 },
        };
        ferrum_span::Span { hi: hi.min(span.hi), ..span }
    }
}

fn trait_name(kind: ClosureKind) -> &'static str {
    match kind {
        ClosureKind::Fn => "Fn",
        ClosureKind::FnMut => "FnMut",
        ClosureKind::FnOnce => "FnOnce",
    }
}
