//! Trait obligations inside a body: registering what must hold, selecting
//! implementations, and normalising associated types.

use super::FnCtxt;
use crate::items::TraitRef;
use crate::traits::{SelectCx, Selection};
use crate::ty::{Ty, TyKind};
use ferrum_hir::hir::DefId;
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
        let substs: crate::ty::Substs = substs.iter().map(|&s| self.resolve(s)).collect();
        let self_ty = substs[0];
        if matches!(self.tcx.kind(self_ty), TyKind::Param { .. } | TyKind::Projection { .. }) {
            return Some(self.normalize_rigid(projection, trait_, substs, name));
        }
        if name.as_str() == "Output" && self.select_cx().is_fn_trait(trait_) {
            if let Some((_, output)) = self.select_cx().callable_sig(self_ty) {
                return Some(output);
            }
        }
        let goal = TraitRef { trait_, substs };
        match self.select(&goal) {
            Selection::Impl { impl_def, substs } => {
                let assoc = *self.items.impl_assoc_tys.get(&(impl_def, name))?;
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
                            _ => progress = true,
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
        if let Some(on) = self.krate.on_unimplemented.get(&goal.trait_).cloned() {
            let inner = self.innermost_unimplemented(goal);
            let self_ty = self.ty_str(inner);
            let trait_name = self.krate.defs[goal.trait_].name;
            let message = on.message.map_or_else(
                || format!("the trait `{trait_name}` is not implemented for `{self_ty}`"),
                |m| m.replace("{Self}", &self_ty),
            );
            let label = on.label.map_or_else(String::new, |l| l.replace("{Self}", &self_ty));
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
