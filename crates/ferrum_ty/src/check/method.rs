//! Method calls: receiver autoderef, inherent method lookup, autoref.

use super::place::PlaceUse;
use super::FnCtxt;
use crate::impls::{assoc_item, simplify};
use crate::ty::{InferKind, Ty, TyKind};
use crate::{Adjust, ValueRes};
use ferrum_hir::hir::{DefId, DefKind, ExprId, ExprKind, Mutability, TypeRefId};
use ferrum_span::{Diagnostic, Span, Symbol};

/// A method found for a receiver: how to adjust the receiver, and the callee.
struct Pick {
    method: DefId,
    substs: Vec<Ty>,
    adjusts: Vec<Adjust>,
}

/// The receiver and method name of a method call expression.
pub(super) struct MethodCall {
    pub receiver: ExprId,
    pub name: Symbol,
    pub name_span: Span,
}

impl FnCtxt<'_> {
    pub(super) fn check_method_call(
        &mut self,
        expr: ExprId,
        call: MethodCall,
        args: &[ExprId],
        generic_args: &[TypeRefId],
        expected: Option<Ty>,
    ) -> Ty {
        let MethodCall { receiver, name, name_span } = call;
        let recv_ty = self.check_expr(receiver, None);
        if matches!(self.kind(recv_ty), TyKind::Error) {
            for &a in args {
                self.check_expr(a, None);
            }
            return self.tcx.error();
        }
        if let TyKind::Infer(_, kind @ (InferKind::Int | InferKind::Float)) = self.kind(recv_ty) {
            return self.check_numeric_var_method(expr, recv_ty, kind, name, name_span, args, generic_args);
        }
        let Some(pick) = self.probe_method(expr, recv_ty, name, generic_args, name_span) else {
            self.report_no_method(receiver, recv_ty, name, name_span);
            for &a in args {
                self.check_expr(a, None);
            }
            return self.tcx.error();
        };
        let borrows_mut = pick.adjusts.contains(&Adjust::Borrow(Mutability::Mut));
        self.results.adjustments.entry(receiver).or_default().extend(pick.adjusts);
        if borrows_mut {
            self.defer_place_check(receiver, PlaceUse::BorrowMut);
        }
        let sig = self.items.fn_sigs[&pick.method].clone();
        if let DefKind::Fn(f) = &self.krate.defs[pick.method].kind {
            if f.is_unsafe {
                self.require_unsafe(self.span(expr), super::UnsafeOp::Call(Some(pick.method)));
            }
        }
        let inputs: Vec<Ty> = sig.inputs.iter().map(|&t| self.tcx.subst(t, &pick.substs)).collect();
        let inputs: Vec<Ty> = inputs.into_iter().map(|t| self.normalize(t, name_span)).collect();
        let output = self.tcx.subst(sig.output, &pick.substs);
        self.register_item_obligations(pick.method, &pick.substs, name_span);
        self.results.value_res.insert(expr, ValueRes::Fn(pick.method, pick.substs.into()));
        // As for calls: the expected result hints at the arguments
        // (`iter.fold(BTreeMap::new(), ..)` into a declared map type).
        let arg_inputs = inputs.get(1..).unwrap_or(&[]);
        let arg_sig = crate::ty::FnSig { inputs: arg_inputs.into(), output, is_unsafe: false };
        let hints =
            expected.filter(|_| self.infcx.has_infer(output)).and_then(|exp| self.expected_inputs(&arg_sig, exp));
        self.check_args_hinted(expr, name_span, arg_inputs, hints.as_deref(), args, true);
        if self.infcx.has_infer(self.resolve(output)) {
            self.process_obligations(false);
        }
        // After the arguments: they may decide the impl a projection in the
        // return type needs (`parts.join(&0)`).
        self.normalize(output, name_span)
    }

    /// A method called on a literal whose type is not known yet
    /// (`let mut m = 0; m = m.max(x)`): every integer (or float) type has
    /// the same methods, so the signature of a representative type's method
    /// is used with the literal's type standing in for it, and the method
    /// itself is resolved once the type is known ([`Self::resolve_numeric_methods`]).
    #[allow(clippy::too_many_arguments)]
    fn check_numeric_var_method(
        &mut self,
        expr: ExprId,
        recv_ty: Ty,
        kind: InferKind,
        name: Symbol,
        name_span: Span,
        args: &[ExprId],
        generic_args: &[TypeRefId],
    ) -> Ty {
        let representative = if kind == InferKind::Int { self.tcx.i32() } else { self.tcx.f64() };
        let Some(pick) = self.probe_method(expr, representative, name, generic_args, name_span) else {
            self.report_no_method(expr, representative, name, name_span);
            for &a in args {
                self.check_expr(a, None);
            }
            return self.tcx.error();
        };
        let sig = self.items.fn_sigs[&pick.method].clone();
        let stand_in = |this: &Self, t: Ty| {
            let t = this.tcx.subst(t, &pick.substs);
            this.tcx.fold(t, &mut |_, x| (x == representative).then_some(recv_ty))
        };
        let inputs: Vec<Ty> = sig.inputs.iter().map(|&t| stand_in(self, t)).collect();
        let output = stand_in(self, sig.output);
        self.results.adjustments.entry(receiver_of(self, expr)).or_default().extend(pick.adjusts);
        self.results.value_res.insert(expr, ValueRes::Fn(pick.method, pick.substs.into()));
        self.numeric_methods.push((expr, name));
        self.check_args(expr, name_span, inputs.get(1..).unwrap_or(&[]), args, true);
        output
    }

    /// Re-resolves methods called on literals of then-unknown type, now that
    /// literal fallback has fixed every type.
    pub(super) fn resolve_numeric_methods(&mut self) {
        for (expr, name) in std::mem::take(&mut self.numeric_methods) {
            let receiver = receiver_of(self, expr);
            let recv_ty = self.resolve(self.expr_ty(receiver));
            let Some(key) = simplify(self.tcx, recv_ty) else { continue };
            let found = self.impls.inherent_impls(key).iter().find_map(|&imp| assoc_item(self.krate, imp, name));
            if let (Some(method), Some(ValueRes::Fn(_, substs))) = (found, self.results.value_res.get(expr).cloned()) {
                self.results.value_res.insert(expr, ValueRes::Fn(method, substs));
            }
        }
    }

    fn report_no_method(&mut self, receiver: ExprId, recv_ty: Ty, name: Symbol, span: Span) {
        if self.infcx.is_unresolved_var(recv_ty) {
            self.error(
                Diagnostic::error("type annotations needed")
                    .code("E0282")
                    .primary(self.span(receiver), "type must be known at this point"),
            );
            return;
        }
        let t = self.ty_str(recv_ty);
        let kind = self.ty_prefix(recv_ty);
        self.error(
            Diagnostic::error(format!("no method named `{name}` found for {kind} `{t}` in the current scope"))
                .code("E0599")
                .primary(span, format!("method not found in `{t}`")),
        );
    }

    /// How rustc introduces a type in "found for .. `T`": by its sort.
    pub(super) fn ty_prefix(&self, ty: Ty) -> &'static str {
        match self.kind(self.resolve(ty)) {
            TyKind::Adt(d, _) => match self.items.adts.get(&d).map(|a| a.kind) {
                Some(ferrum_hir::hir::AdtKind::Enum) => "enum",
                Some(ferrum_hir::hir::AdtKind::Union) => "union",
                _ => "struct",
            },
            TyKind::Ref(..) => "reference",
            TyKind::RawPtr(..) => "raw pointer",
            TyKind::Param { .. } => "type parameter",
            TyKind::Tuple(t) if !t.is_empty() => "tuple",
            TyKind::Array(..) => "array",
            TyKind::Slice(_) => "slice",
            TyKind::Closure { .. } => "closure",
            TyKind::FnPtr(_) => "fn pointer",
            _ => "type",
        }
    }

    /// Autoderef steps of the receiver type (through references and
    /// `Deref` impls), each with the adjustments that reach it.
    pub(super) fn autoderef_steps(&mut self, ty: Ty, span: Span) -> Vec<(Ty, Vec<Adjust>)> {
        let mut steps = Vec::new();
        let mut current = self.shallow(ty);
        let mut adjusts = Vec::new();
        for _ in 0..16 {
            steps.push((current, adjusts.clone()));
            match self.autoderef_step(current, span) {
                Some((adjust, next)) => {
                    adjusts.push(adjust);
                    current = next;
                }
                None => break,
            }
        }
        steps
    }

    /// The method `name` for a call `expr` on `recv_ty`: rustc's probe,
    /// step by autoderef step, inherent methods before trait methods.
    fn probe_method(
        &mut self,
        expr: ExprId,
        recv_ty: Ty,
        name: Symbol,
        generic_args: &[TypeRefId],
        span: Span,
    ) -> Option<Pick> {
        let traits = self.candidate_traits(expr, name);
        for (step_ty, derefs) in self.autoderef_steps(recv_ty, span) {
            if let Some(pick) = self.probe_step(step_ty, &derefs, None, name, generic_args, span) {
                return Some(pick);
            }
            // A trait object's own methods need no import (rustc treats
            // them as inherent): `Box<dyn Error>` has `source`.
            let object_traits = self.object_traits_with(step_ty, name);
            if let Some(pick) = self.probe_trait_methods(step_ty, &derefs, &object_traits, name, generic_args, span) {
                return Some(pick);
            }
            if let Some(pick) = self.probe_trait_methods(step_ty, &derefs, &traits, name, generic_args, span) {
                return Some(pick);
            }
            if let TyKind::Array(elem, _) = self.kind(step_ty) {
                let slice = self.tcx.intern(TyKind::Slice(elem));
                if let Some(pick) = self.probe_step(slice, &derefs, Some(slice), name, generic_args, span) {
                    return Some(pick);
                }
            }
        }
        None
    }

    /// The traits of a `dyn Trait` (its principal and supertraits) that
    /// declare `name`.
    fn object_traits_with(&self, ty: Ty, name: Symbol) -> Vec<DefId> {
        let TyKind::Dynamic { trait_, .. } = self.kind(ty) else { return Vec::new() };
        let supers = crate::object::vtable_supertraits(self.krate, self.tcx, self.items, trait_);
        std::iter::once(trait_)
            .chain(supers.into_iter().map(|t| t.trait_))
            .filter(|&t| assoc_item(self.krate, t, name).is_some())
            .collect()
    }

    /// Traits with an item `name` whose methods the call `expr` may use:
    /// those in scope there, and those the where-clauses of the body name
    /// (rustc finds methods of a type parameter's bounds without imports).
    fn candidate_traits(&self, expr: ExprId, name: Symbol) -> Vec<DefId> {
        let mut traits = self.items.traits_with_item.get(&name).cloned().unwrap_or_default();
        if let ExprKind::MethodCall { traits: scope, .. } = &self.body.exprs[expr].kind {
            let in_scope = &self.krate.trait_scopes[scope.0 as usize];
            traits.retain(|t| in_scope.binary_search(t).is_ok() || self.env.iter().any(|p| p.trait_ref.trait_ == *t));
        }
        traits
    }

    /// Looks for a trait method `name` whose `self` parameter accepts
    /// `step_ty` by value, by `&` or by `&mut`, for a trait `step_ty`
    /// implements (or may implement, pending inference).
    fn probe_trait_methods(
        &mut self,
        step_ty: Ty,
        derefs: &[Adjust],
        traits: &[DefId],
        name: Symbol,
        args: &[TypeRefId],
        span: Span,
    ) -> Option<Pick> {
        if traits.is_empty() {
            return None;
        }
        for autoref in [None, Some(Mutability::Not), Some(Mutability::Mut)] {
            let adjusted = match autoref {
                None => step_ty,
                Some(m) => self.tcx.mk_ref(step_ty, m),
            };
            for &trait_ in traits {
                let Some(method) = assoc_item(self.krate, trait_, name) else { continue };
                let DefKind::Fn(f) = &self.krate.defs[method].kind else { continue };
                if !f.has_self {
                    continue;
                }
                let snapshot = self.infcx.snapshot();
                let trait_substs = self.fresh_substs(trait_);
                let substs = self.instantiate(method, Some(trait_substs.clone()), args, span);
                let self_param = self.tcx.subst(self.items.fn_sigs[&method].inputs[0], &substs);
                if self.infcx.unify(self_param, adjusted).is_err() {
                    self.infcx.rollback_to(snapshot);
                    continue;
                }
                let goal = crate::items::TraitRef { trait_, substs: substs[..trait_substs.len()].into() };
                if !self.select(&goal).holds() {
                    self.infcx.rollback_to(snapshot);
                    continue;
                }
                let mut adjusts = derefs.to_vec();
                if let Some(m) = autoref {
                    adjusts.push(Adjust::Borrow(m));
                }
                return Some(Pick { method, substs, adjusts });
            }
        }
        None
    }

    /// Looks for `name` in the inherent impls of `step_ty`, by value, then
    /// by `&`, then by `&mut`. `unsize` is set when the step is an array
    /// viewed as a slice.
    fn probe_step(
        &mut self,
        step_ty: Ty,
        derefs: &[Adjust],
        unsize: Option<Ty>,
        name: Symbol,
        args: &[TypeRefId],
        span: Span,
    ) -> Option<Pick> {
        let key = simplify(self.tcx, step_ty)?;
        let impls: Vec<DefId> = self.impls.inherent_impls(key).to_vec();
        for imp in impls {
            let Some(method) = assoc_item(self.krate, imp, name) else { continue };
            let DefKind::Fn(f) = &self.krate.defs[method].kind else { continue };
            if !f.has_self {
                continue;
            }
            let impl_substs = self.fresh_substs(imp);
            let impl_self = self.tcx.subst(self.items.impl_self_tys[&imp], &impl_substs);
            if self.infcx.unify_if_ok(impl_self, step_ty).is_err() {
                continue;
            }
            let substs = self.instantiate(method, Some(impl_substs), args, span);
            let self_param = self.tcx.subst(self.items.fn_sigs[&method].inputs[0], &substs);
            let mut adjusts = derefs.to_vec();
            if unsize.is_some() {
                // Borrow the array, then unsize the reference.
                let (inner, m) = match self.kind(self_param) {
                    TyKind::Ref(inner, m) => (inner, m),
                    _ => (self_param, Mutability::Not),
                };
                let _ = inner;
                adjusts.push(Adjust::Borrow(m));
                adjusts.push(Adjust::Unsize(self.tcx.mk_ref(step_ty, m)));
                return Some(Pick { method, substs, adjusts });
            }
            match self.kind(self_param) {
                TyKind::Ref(inner, m) if self.infcx.unify_if_ok(inner, step_ty).is_ok() => {
                    adjusts.push(Adjust::Borrow(m))
                }
                _ if self.infcx.unify_if_ok(self_param, step_ty).is_ok() => {}
                _ => continue,
            }
            return Some(Pick { method, substs, adjusts });
        }
        None
    }
}

fn receiver_of(fcx: &FnCtxt<'_>, expr: ExprId) -> ExprId {
    match &fcx.body.exprs[expr].kind {
        ferrum_hir::hir::ExprKind::MethodCall { receiver, .. } => *receiver,
        _ => expr,
    }
}
