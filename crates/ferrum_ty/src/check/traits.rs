//! Trait obligations inside a body: registering what must hold, selecting
//! implementations, and normalising associated types.

use super::FnCtxt;
use crate::items::TraitRef;
use crate::traits::{SelectCx, Selection};
use crate::ty::{Ty, TyKind};
use ferrum_hir::hir::{DefId, ExprId};
use ferrum_span::{Diagnostic, Span};

/// Something that must hold for the body to be well-typed.
pub(super) enum Obligation {
    Trait {
        goal: TraitRef,
        span: Span,
    },
    /// `var == <.. as Trait>::Name` once the projection can be resolved.
    Projection {
        var: Ty,
        projection: Ty,
        span: Span,
    },
}

impl FnCtxt<'_> {
    pub(super) fn select(&mut self, goal: &TraitRef) -> Selection {
        let cx = SelectCx {
            krate: self.krate,
            tcx: self.tcx,
            items: self.items,
            impls: self.impls,
            env: &self.env,
            closures: &self.closure_table,
        };
        cx.select(&mut self.infcx, goal)
    }

    pub(super) fn select_cx(&self) -> SelectCx<'_> {
        SelectCx {
            krate: self.krate,
            tcx: self.tcx,
            items: self.items,
            impls: self.impls,
            env: &self.env,
            closures: &self.closure_table,
        }
    }

    pub(super) fn register_trait(&mut self, goal: TraitRef, span: Span) {
        self.obligations.push(Obligation::Trait { goal, span });
    }

    /// Registers the where-clauses of `def` (and its parents) instantiated
    /// with `substs`.
    pub(super) fn register_predicates(&mut self, def: DefId, substs: &[Ty], span: Span) {
        let mut current = Some(def);
        while let Some(d) = current {
            if let Some(preds) = self.items.predicates.get(&d) {
                for p in preds.clone() {
                    let goal = self.subst_trait_ref(&p.trait_ref, substs);
                    // `F: FnMut(I::Item)` with `I` known: the closure's
                    // signature is deduced from the normalized bound.
                    let goal = TraitRef {
                        trait_: goal.trait_,
                        substs: goal.substs.iter().map(|&t| self.normalize(t, span)).collect(),
                    };
                    for &(name, ty) in &p.assoc {
                        let projection = self.tcx.intern(TyKind::Projection {
                            trait_: goal.trait_,
                            substs: goal.substs.clone(),
                            name,
                        });
                        let var = self.tcx.subst(ty, substs);
                        let var = self.normalize(var, span);
                        self.obligations.push(Obligation::Projection { var, projection, span });
                    }
                    self.register_trait(goal, span);
                }
            }
            current = match self.krate.defs[d].kind {
                ferrum_hir::hir::DefKind::Fn(_) | ferrum_hir::hir::DefKind::Const { .. } => self.krate.defs[d].parent,
                _ => None,
            };
        }
    }

    /// The return type with this function's own `impl Trait` types replaced
    /// by inference variables (their hidden types), whose bounds become
    /// obligations (which also deduce a returned closure's signature).
    pub(super) fn instantiate_opaques(&mut self, ret_ty: Ty) -> Ty {
        let Some(bounds) = self.items.opaque_bounds.get(&self.owner) else { return ret_ty };
        self.opaque_vars = bounds.iter().map(|_| self.new_var()).collect();
        let (owner, vars) = (self.owner, self.opaque_vars.clone());
        let replace = |tcx: &crate::ty::TyCtxt, ty: Ty| {
            tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
                TyKind::Opaque { def, index, .. } if def == owner => vars.get(index as usize).copied(),
                _ => None,
            })
        };
        let span = self.body.exprs[self.body.value].span;
        for pred in bounds.iter().flatten() {
            let goal = TraitRef {
                trait_: pred.trait_ref.trait_,
                substs: pred.trait_ref.substs.iter().map(|&t| replace(self.tcx, t)).collect(),
            };
            for &(name, ty) in &pred.assoc {
                let declaring =
                    crate::traits::declaring_trait_ref(self.krate, self.tcx, self.items, goal.clone(), name);
                let projection =
                    self.tcx.intern(TyKind::Projection { trait_: declaring.trait_, substs: declaring.substs, name });
                let var = replace(self.tcx, ty);
                self.obligations.push(Obligation::Projection { var, projection, span });
            }
            self.register_trait(goal, span);
        }
        replace(self.tcx, ret_ty)
    }

    /// `expr` as a call of the operator trait's `method` when `goal` holds
    /// (`-x`, `a[i]` on library and user types); the method's output.
    pub(super) fn overloaded_op_call(
        &mut self,
        expr: ferrum_hir::hir::ExprId,
        goal: TraitRef,
        method: DefId,
    ) -> Option<Ty> {
        let snapshot = self.infcx.snapshot();
        if !self.select(&goal).holds() {
            self.infcx.rollback_to(snapshot);
            return None;
        }
        let span = self.span(expr);
        let substs = goal.substs.clone();
        self.register_trait(goal, span);
        self.results.value_res.insert(expr, crate::ValueRes::Fn(method, substs.to_vec().into()));
        let output = self.tcx.subst(self.items.fn_sigs[&method].output, &substs);
        Some(self.normalize(output, span))
    }

    pub(super) fn subst_trait_ref(&self, tr: &TraitRef, substs: &[Ty]) -> TraitRef {
        TraitRef { trait_: tr.trait_, substs: tr.substs.iter().map(|&t| self.tcx.subst(t, substs)).collect() }
    }

    /// Replaces projections in `ty` by what they stand for where known;
    /// unknown ones become inference variables resolved later.
    pub(super) fn normalize(&mut self, ty: Ty, span: Span) -> Ty {
        if !self.has_projection(ty) || self.normalize_depth > 16 {
            return ty;
        }
        self.normalize_depth += 1;
        let out = self.normalize_projections(ty, span);
        self.normalize_depth -= 1;
        out
    }

    fn normalize_projections(&mut self, ty: Ty, span: Span) -> Ty {
        let mut pending = Vec::new();
        let tcx = self.tcx;
        let result = tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
            TyKind::Projection { .. } => {
                pending.push(t);
                None
            }
            _ => None,
        });
        let _ = result;
        let mut out = ty;
        for projection in pending {
            let normalized = match self.try_normalize_projection(projection) {
                Some(n) => n,
                None => {
                    let var = self.new_var();
                    self.obligations.push(Obligation::Projection { var, projection, span });
                    var
                }
            };
            out = tcx.fold(out, &mut |_, t| (t == projection).then_some(normalized));
        }
        out
    }

    fn has_projection(&self, ty: Ty) -> bool {
        let mut found = false;
        self.tcx.walk(ty, &mut |t| found |= matches!(self.tcx.kind(t), TyKind::Projection { .. }));
        found
    }

    /// The type a projection stands for, if its self type is known enough.
    fn try_normalize_projection(&mut self, projection: Ty) -> Option<Ty> {
        let TyKind::Projection { trait_, substs, name } = self.tcx.kind(projection) else { return Some(projection) };
        // Inner projections first: `<<I as Iterator>::Item as IntoIterator>::Item`
        // (of `flatten`) is rigid only if `<I as Iterator>::Item` is.
        let substs: crate::ty::Substs = substs
            .iter()
            .map(|&s| {
                let s = self.resolve(s);
                if self.has_projection(s) {
                    self.normalize(s, Span::default())
                } else {
                    s
                }
            })
            .collect();
        let self_ty = substs[0];
        if matches!(self.tcx.kind(self_ty), TyKind::Param { .. } | TyKind::Projection { .. }) {
            return Some(self.normalize_rigid(projection, trait_, substs, name));
        }
        if name.as_str() == "Output" && self.select_cx().is_fn_trait(trait_) {
            if let Some((_, output)) = self.select_cx().callable_sig(self_ty) {
                // A fn item's declared output may name a projection
                // (`str::to_owned` returns `<str as ToOwned>::Owned`).
                return Some(self.normalize(output, ferrum_span::Span::default()));
            }
        }
        let goal = TraitRef { trait_, substs };
        match self.select(&goal) {
            Selection::Impl { impl_def, substs } => {
                // Missing from the impl: E0046 was reported for it.
                let Some(&assoc) = self.items.impl_assoc_tys.get(&(impl_def, name)) else {
                    return Some(self.tcx.error());
                };
                let ty = self.tcx.subst(assoc, &substs);
                // `type Item = I::Item` of an adapter: normalise what it names.
                Some(self.normalize(ty, ferrum_span::Span::default()))
            }
            Selection::Param(i) => {
                let pred = self.env[i].clone();
                pred.assoc.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).or(Some(projection))
            }
            Selection::Unimplemented => Some(self.tcx.error()),
            _ => None,
        }
    }

    /// A projection on a type parameter (or another projection): an
    /// `Assoc = T` binding of the environment, else what an impl that
    /// applies to every type says (`impl<I: Iterator> IntoIterator for I`
    /// makes `<T as IntoIterator>::Item` `<T as Iterator>::Item`), else the
    /// projection itself. Results are normalised again: a binding may name
    /// another projection.
    fn normalize_rigid(
        &mut self,
        projection: Ty,
        trait_: DefId,
        substs: crate::ty::Substs,
        name: ferrum_span::Symbol,
    ) -> Ty {
        let span = ferrum_span::Span::default();
        let in_env = self.env.iter().find(|p| p.trait_ref.trait_ == trait_ && p.trait_ref.substs == substs).cloned();
        if let Some(pred) = in_env {
            return match pred.assoc.iter().find(|(n, _)| *n == name) {
                Some(&(_, ty)) => self.normalize(ty, span),
                None => self.tcx.intern(TyKind::Projection { trait_, substs, name }),
            };
        }
        let goal = TraitRef { trait_, substs: substs.clone() };
        let snapshot = self.infcx.snapshot();
        if let Selection::Impl { impl_def, substs: impl_substs } = self.select(&goal) {
            if let Some(&assoc) = self.items.impl_assoc_tys.get(&(impl_def, name)) {
                let ty = self.tcx.subst(assoc, &impl_substs);
                return self.normalize(ty, span);
            }
        }
        self.infcx.rollback_to(snapshot);
        let _ = projection;
        self.tcx.intern(TyKind::Projection { trait_, substs, name })
    }

    /// Bounds a call of `def` registered at the callee (`T: Display` of
    /// `show(x)`) are reported, as rustc does, at the first argument whose
    /// declared type mentions `T`.
    pub(super) fn point_bounds_at_args(&mut self, def: DefId, substs: &[Ty], callee: Span, args: &[ExprId]) {
        let Some(sig) = self.items.fn_sigs.get(&def) else { return };
        let tcx = self.tcx;
        let mentions = |ty: Ty, p: usize| {
            let mut found = false;
            tcx.walk(ty, &mut |t| found |= matches!(tcx.kind(t), TyKind::Param { index, .. } if index as usize == p));
            found
        };
        let arg_spans: Vec<Span> = args.iter().map(|&a| self.span(a)).collect();
        for ob in &mut self.obligations {
            let Obligation::Trait { goal, span } = ob else { continue };
            if *span != callee {
                continue;
            }
            let Some(p) = substs.iter().position(|&s| s == goal.self_ty()) else { continue };
            if let Some(i) = sig.inputs.iter().position(|&t| mentions(t, p)) {
                if let Some(&arg) = arg_spans.get(i) {
                    *span = arg;
                }
            }
        }
    }

    /// Tries every pending obligation until none makes progress; with
    /// `final_pass`, reports those that cannot hold.
    pub(super) fn process_obligations(&mut self, final_pass: bool) {
        loop {
            let pending = std::mem::take(&mut self.obligations);
            let mut progress = false;
            for ob in pending {
                match ob {
                    Obligation::Trait { goal, span } => {
                        let goal = TraitRef {
                            trait_: goal.trait_,
                            substs: goal.substs.iter().map(|&t| self.resolve(t)).collect(),
                        };
                        match self.select(&goal) {
                            Selection::Ambiguous => self.obligations.push(Obligation::Trait { goal, span }),
                            Selection::Unimplemented => {
                                progress = true;
                                self.report_unimplemented(&goal, span);
                            }
                            _ => {
                                progress = true;
                                self.note_closure_kind_demand(&goal, span);
                            }
                        }
                    }
                    Obligation::Projection { var, projection, span } => match self.try_normalize_projection(projection)
                    {
                        Some(ty) => {
                            progress = true;
                            if self.infcx.unify(var, ty).is_err() {
                                self.report_mismatch(span, ty, var);
                            }
                        }
                        None => self.obligations.push(Obligation::Projection { var, projection, span }),
                    },
                }
            }
            if !progress {
                break;
            }
        }
        if final_pass {
            self.obligations.clear();
        }
    }

    fn report_unimplemented(&mut self, goal: &TraitRef, span: Span) {
        if goal.substs.iter().any(|&t| matches!(self.tcx.kind(self.resolve(t)), TyKind::Error)) {
            return;
        }
        if let Some((to, from)) = self.unconvertible_error(goal) {
            let span = Span { lo: span.hi.saturating_sub(1).max(span.lo), ..span };
            self.error(
                Diagnostic::error(format!("`?` couldn't convert the error to `{to}`"))
                    .code("E0277")
                    .primary(span, format!("the trait `From<{from}>` is not implemented for `{to}`"))
                    .note("the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait"),
            );
            return;
        }
        if let Some(on) = self.krate.on_unimplemented.get(&goal.trait_).cloned() {
            let inner = self.innermost_unimplemented(goal);
            let self_ty = self.ty_str(inner);
            let trait_name = self.krate.defs[goal.trait_].name;
            // `{Self}` and the trait's own parameters (`{Rhs}`).
            let names = crate::generics::param_names(self.krate, goal.trait_);
            let args: Vec<String> = goal.substs.iter().map(|&t| self.ty_str(t)).collect();
            let fill = |text: String| {
                let mut text = text.replace("{Self}", &self_ty);
                for (name, arg) in names.iter().zip(&args).skip(1) {
                    text = text.replace(&format!("{{{name}}}"), arg);
                }
                text
            };
            let message =
                on.message.map_or_else(|| format!("the trait `{trait_name}` is not implemented for `{self_ty}`"), fill);
            let label = on.label.map_or_else(String::new, fill);
            let span = if self.is_from_residual(goal.trait_) {
                Span { lo: span.hi.saturating_sub(1).max(span.lo), ..span }
            } else {
                span
            };
            self.error(Diagnostic::error(message).code("E0277").primary(span, label));
            return;
        }
        let self_ty = self.ty_str(goal.self_ty());
        let trait_name = crate::display::trait_ref_to_string(self.tcx, self.krate, goal);
        let trait_plain = self.krate.defs[goal.trait_].name;
        self.error(
            Diagnostic::error(format!("the trait bound `{self_ty}: {trait_name}` is not satisfied"))
                .code("E0277")
                .primary(span, format!("the trait `{trait_plain}` is not implemented for `{self_ty}`")),
        );
    }

    /// For `Result<_, F>: FromResidual<Result<Infallible, E>>` (a `?` on a
    /// `Result` in a function returning one): `F` and `E`, the error types
    /// that `From` could not convert.
    fn unconvertible_error(&self, goal: &TraitRef) -> Option<(String, String)> {
        if !self.is_from_residual(goal.trait_) {
            return None;
        }
        let result = self.krate.lang_item("Result")?;
        let error_of = |ty: Ty| match self.kind(self.resolve(ty)) {
            TyKind::Adt(def, substs) if def == result && substs.len() == 2 => Some(substs[1]),
            _ => None,
        };
        let to = error_of(goal.self_ty())?;
        let from = error_of(*goal.substs.get(1)?)?;
        Some((self.ty_str(to), self.ty_str(from)))
    }

    /// `FromResidual`, whose failures come from `?`: rustc points at the
    /// `?` itself, the last character of the expression.
    fn is_from_residual(&self, trait_: DefId) -> bool {
        let d = &self.krate.defs[trait_];
        d.is_library && d.name.as_str() == "FromResidual"
    }

    /// The self type the failure comes from: through references, whose
    /// impls forward to the referent (`&&S: Display` fails because
    /// `S: Display` does), as rustc reports the innermost obligation.
    fn innermost_unimplemented(&mut self, goal: &TraitRef) -> Ty {
        let mut ty = self.resolve(goal.self_ty());
        while let TyKind::Ref(inner, _) = self.tcx.kind(ty) {
            let mut substs = goal.substs.to_vec();
            substs[0] = inner;
            let inner_goal = TraitRef { trait_: goal.trait_, substs: substs.into() };
            if !matches!(self.select(&inner_goal), Selection::Unimplemented) {
                break;
            }
            ty = inner;
        }
        ty
    }
}
