//! Selection: finding what proves `Self: Trait<Args>`.

use crate::impls::ImplIndex;
use crate::infer::InferCtxt;
use crate::items::{ItemTables, TraitPredicate, TraitRef};
use crate::ty::{Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId};

/// The source of a trait implementation.
#[derive(Clone, Debug)]
pub enum Selection {
    /// An impl, with its generic arguments.
    Impl {
        impl_def: DefId,
        substs: Vec<Ty>,
    },
    /// A where-clause of the environment (index into it).
    Param(usize),
    /// `dyn Trait` implements `Trait` through its vtable.
    Object,
    /// Built into the language (`Sized`, `Copy` of primitives, ...).
    Builtin,
    /// Not decidable yet: inference variables are involved.
    Ambiguous,
    Unimplemented,
}

impl Selection {
    pub fn holds(&self) -> bool {
        !matches!(self, Selection::Unimplemented)
    }
}

pub struct SelectCx<'a> {
    pub krate: &'a Crate,
    pub tcx: &'a TyCtxt,
    pub items: &'a ItemTables,
    pub impls: &'a ImplIndex,
    pub env: &'a [TraitPredicate],
    /// Closures known so far (signatures may still hold inference
    /// variables while their enclosing body is being checked).
    pub closures: &'a ClosureTable,
}

/// Closure signatures by `(owner, expression index)`, as in [`TyKind::Closure`].
pub type ClosureTable = rustc_hash::FxHashMap<(DefId, u32), crate::results::ClosureInfo>;

const MAX_DEPTH: u32 = 24;

impl SelectCx<'_> {
    /// Selects an implementation of `goal`. On a unique match the
    /// unifications it implies are kept in `infcx`.
    pub fn select(&self, infcx: &mut InferCtxt, goal: &TraitRef) -> Selection {
        self.select_depth(infcx, goal, 0)
    }

    fn lang(&self, name: &str) -> Option<DefId> {
        self.krate.lang_item(name)
    }

    fn select_depth(&self, infcx: &mut InferCtxt, goal: &TraitRef, depth: u32) -> Selection {
        if depth > MAX_DEPTH {
            return Selection::Unimplemented;
        }
        let self_ty = infcx.shallow_resolve(goal.self_ty());
        if let TyKind::Error = self.tcx.kind(self_ty) {
            return Selection::Builtin;
        }
        if let Some(sel) = self.builtin(infcx, goal, self_ty, depth) {
            return sel;
        }
        if let Some(sel) = self.builtin_fn_trait(infcx, goal, self_ty, depth) {
            return sel;
        }
        if matches!(self.tcx.kind(self_ty), TyKind::Infer(_, crate::ty::InferKind::General)) {
            // As in rustc: an unknown self type waits (a where-clause
            // matching it would be a guess).
            return Selection::Ambiguous;
        }
        if let Some(i) = self.match_env(infcx, goal) {
            return Selection::Param(i);
        }
        if let Some(sel) = self.select_object(infcx, goal, self_ty) {
            return sel;
        }
        // An integer or float variable selects an impl when only one
        // numeric impl fits (`{integer}: SliceIndex<[T]>` is `usize`), as
        // in rustc; with several it stays ambiguous.
        self.select_impl(infcx, goal, depth)
    }

    /// `dyn Trait<Args>` implements `Trait<Args>` and its supertraits.
    fn select_object(&self, infcx: &mut InferCtxt, goal: &TraitRef, self_ty: Ty) -> Option<Selection> {
        let object_ref = self.object_trait_ref(self_ty, goal.trait_)?;
        Some(if unify_all(infcx, &object_ref.substs[1..], &goal.substs[1..]) {
            Selection::Object
        } else {
            Selection::Unimplemented
        })
    }

    /// For `dyn Principal<Args>`, the trait reference (self type
    /// included) of `trait_` when it is the principal or a supertrait.
    pub fn object_trait_ref(&self, self_ty: Ty, trait_: DefId) -> Option<TraitRef> {
        let TyKind::Dynamic { trait_: principal, substs, .. } = self.tcx.kind(self_ty) else { return None };
        let mut stack = vec![TraitRef {
            trait_: principal,
            substs: std::iter::once(self_ty).chain(substs.iter().copied()).collect(),
        }];
        let mut seen = Vec::new();
        while let Some(tr) = stack.pop() {
            if tr.trait_ == trait_ {
                return Some(tr);
            }
            if seen.contains(&tr.trait_) || seen.len() > 64 {
                continue;
            }
            seen.push(tr.trait_);
            for sup in self.items.supertraits.get(&tr.trait_).into_iter().flatten() {
                let substs = sup.substs.iter().map(|&t| self.tcx.subst(t, &tr.substs)).collect();
                stack.push(TraitRef { trait_: sup.trait_, substs });
            }
        }
        None
    }

    /// A where-clause matching `goal` exactly (up to inference).
    fn match_env(&self, infcx: &mut InferCtxt, goal: &TraitRef) -> Option<usize> {
        // Resolved first: a projection on a known variable (`<?S as
        // Iterator>::Item`, `?S = Self`) must meet the same projection in
        // the environment, and unification does not look inside projections.
        let mut resolved: Option<Vec<Ty>> = None;
        for (i, pred) in self.env.iter().enumerate() {
            if pred.trait_ref.trait_ != goal.trait_ {
                continue;
            }
            let substs = resolved.get_or_insert_with(|| goal.substs.iter().map(|&t| infcx.resolve(t)).collect());
            let snapshot = infcx.snapshot();
            if unify_all(infcx, &pred.trait_ref.substs, substs) {
                return Some(i);
            }
            infcx.rollback_to(snapshot);
        }
        None
    }

    fn select_impl(&self, infcx: &mut InferCtxt, goal: &TraitRef, depth: u32) -> Selection {
        let candidates: &[DefId] = self.impls.trait_impls.get(&goal.trait_).map_or(&[], |v| v);
        let goal_self = crate::impls::simplify(self.tcx, infcx.shallow_resolve(goal.self_ty()));
        let mut found: Option<(DefId, Vec<Ty>)> = None;
        let start = infcx.snapshot();
        for &impl_def in candidates {
            if self.impls.rejects(impl_def, goal_self) {
                continue;
            }
            let Some(substs) = self.try_impl(infcx, goal, impl_def, depth) else { continue };
            infcx.rollback_to(start.clone());
            if found.is_some() {
                return Selection::Ambiguous;
            }
            found = Some((impl_def, substs));
        }
        let Some((impl_def, substs)) = found else { return Selection::Unimplemented };
        // Redo the unique match to keep the unifications it implies (the
        // undo log can go back, not forward); it succeeded before, so it
        // succeeds again.
        self.match_impl(infcx, goal, impl_def, &substs, depth);
        Selection::Impl { impl_def, substs }
    }

    /// Matches `goal` against `impl_def` with fresh generic arguments,
    /// which it returns on success; on failure leaves no trace.
    fn try_impl(&self, infcx: &mut InferCtxt, goal: &TraitRef, impl_def: DefId, depth: u32) -> Option<Vec<Ty>> {
        let start = infcx.snapshot();
        let count = crate::generics::param_count(self.krate, impl_def);
        let substs: Vec<Ty> = (0..count).map(|_| infcx.new_var(crate::ty::InferKind::General)).collect();
        if self.match_impl(infcx, goal, impl_def, &substs, depth) {
            Some(substs)
        } else {
            infcx.rollback_to(start);
            None
        }
    }

    fn match_impl(&self, infcx: &mut InferCtxt, goal: &TraitRef, impl_def: DefId, substs: &[Ty], depth: u32) -> bool {
        let Some(impl_ref) = self.items.impl_trait_refs.get(&impl_def) else { return false };
        let impl_substs: Vec<Ty> = impl_ref.substs.iter().map(|&t| self.tcx.subst(t, substs)).collect();
        unify_all(infcx, &impl_substs, &goal.substs) && self.nested_hold(infcx, impl_def, substs, depth)
    }

    /// Whether the impl's own where-clauses hold for `substs`.
    fn nested_hold(&self, infcx: &mut InferCtxt, impl_def: DefId, substs: &[Ty], depth: u32) -> bool {
        let Some(preds) = self.items.predicates.get(&impl_def) else { return true };
        preds.iter().all(|p| {
            let goal = TraitRef {
                trait_: p.trait_ref.trait_,
                substs: p
                    .trait_ref
                    .substs
                    .iter()
                    .map(|&t| self.normalize_in(infcx, self.tcx.subst(t, substs), depth + 1))
                    .collect(),
            };
            if !self.select_depth(infcx, &goal, depth + 1).holds() {
                return false;
            }
            // `F: FnMut(T) -> B` also fixes `B`: the binding must agree
            // with what the projection is.
            p.assoc.iter().all(|&(name, ty)| {
                let expected = self.normalize_in(infcx, self.tcx.subst(ty, substs), depth + 1);
                match self.project(infcx, &goal, name, depth + 1) {
                    Some(actual) => infcx.unify(actual, expected).is_ok(),
                    None => true,
                }
            })
        })
    }

    /// What `<goal.self as goal.trait>::name` is, if selection can tell.
    pub fn project(&self, infcx: &mut InferCtxt, goal: &TraitRef, name: ferrum_span::Symbol, depth: u32) -> Option<Ty> {
        let goal = super::declaring_trait_ref(self.krate, self.tcx, self.items, goal.clone(), name);
        let self_ty = infcx.shallow_resolve(goal.self_ty());
        if name.as_str() == "Output" && self.is_fn_trait(goal.trait_) {
            if let Some((_, output)) = self.callable_sig(self_ty) {
                // A fn item's declared output may name a projection
                // (`str::to_owned` returns `<str as ToOwned>::Owned`).
                return Some(self.normalize_in(infcx, output, depth + 1));
            }
        }
        if matches!(self.tcx.kind(self_ty), TyKind::Infer(..)) {
            return None;
        }
        match self.select_depth(infcx, &goal, depth) {
            Selection::Impl { impl_def, substs } => {
                let assoc = *self.items.impl_assoc_tys.get(&(impl_def, name))?;
                Some(self.normalize_in(infcx, self.tcx.subst(assoc, &substs), depth + 1))
            }
            Selection::Param(i) => {
                let bound = self.env[i].assoc.iter().find(|(n, _)| *n == name).map(|&(_, t)| t)?;
                Some(self.normalize_in(infcx, bound, depth + 1))
            }
            Selection::Object => match self.tcx.kind(self_ty) {
                TyKind::Dynamic { assoc, .. } => assoc.iter().find(|(n, _)| *n == name).map(|&(_, t)| t),
                _ => None,
            },
            _ => None,
        }
    }

    /// `ty` with the projections selection can resolve replaced.
    pub fn normalize_in(&self, infcx: &mut InferCtxt, ty: Ty, depth: u32) -> Ty {
        if depth > MAX_DEPTH {
            return ty;
        }
        let mut found = Vec::new();
        self.tcx.walk(ty, &mut |t| {
            if matches!(self.tcx.kind(t), TyKind::Projection { .. }) {
                found.push(t);
            }
        });
        let mut out = ty;
        for projection in found {
            let TyKind::Projection { trait_, substs, name } = self.tcx.kind(projection) else { continue };
            let goal = TraitRef { trait_, substs: substs.iter().map(|&t| infcx.resolve(t)).collect() };
            if matches!(
                self.tcx.kind(infcx.shallow_resolve(goal.self_ty())),
                TyKind::Param { .. } | TyKind::Projection { .. }
            ) {
                // Rigid: only an environment binding can say more.
                let Some(t) = self
                    .env
                    .iter()
                    .find(|p| p.trait_ref == goal)
                    .and_then(|p| p.assoc.iter().find(|(n, _)| *n == name).map(|&(_, t)| t))
                else {
                    continue;
                };
                // The binding may name another projection
                // (`I::IntoIter: Iterator<Item = I::Item>`).
                let t = self.normalize_in(infcx, t, depth + 1);
                out = self.tcx.fold(out, &mut |_, x| (x == projection).then_some(t));
                continue;
            }
            if let Some(t) = self.project(infcx, &goal, name, depth + 1) {
                out = self.tcx.fold(out, &mut |_, x| (x == projection).then_some(t));
            }
        }
        out
    }

    /// Impls the language provides: `Sized` for sized types, `Copy` and
    /// `Clone` for primitives, references, pointers and tuples/arrays of
    /// such.
    fn builtin(&self, infcx: &mut InferCtxt, goal: &TraitRef, self_ty: Ty, depth: u32) -> Option<Selection> {
        let kind = self.tcx.kind(self_ty);
        if Some(goal.trait_) == self.lang("send") || Some(goal.trait_) == self.lang("sync") {
            // Threads don't exist in the language ferrum runs.
            return Some(Selection::Builtin);
        }
        if Some(goal.trait_) == self.lang("sized") {
            return Some(match kind {
                TyKind::Str | TyKind::Slice(_) | TyKind::Dynamic { .. } => Selection::Unimplemented,
                TyKind::Infer(..) => Selection::Ambiguous,
                _ => Selection::Builtin,
            });
        }
        // `Clone` is implemented in the library (it has a method to run);
        // `Copy` has none, so the language decides it for built-in types.
        if Some(goal.trait_) != self.lang("copy") {
            return None;
        }
        match kind {
            TyKind::Bool
            | TyKind::Char
            | TyKind::Int(_)
            | TyKind::Uint(_)
            | TyKind::Float(_)
            | TyKind::Never
            | TyKind::RawPtr(..)
            | TyKind::FnDef(..)
            | TyKind::FnPtr(_)
            | TyKind::Ref(_, ferrum_hir::hir::Mutability::Not) => Some(Selection::Builtin),
            TyKind::Infer(_, crate::ty::InferKind::Int | crate::ty::InferKind::Float) => Some(Selection::Builtin),
            TyKind::Ref(_, ferrum_hir::hir::Mutability::Mut) => Some(Selection::Unimplemented),
            TyKind::Tuple(elems) => {
                let all = elems.iter().all(|&e| {
                    let sub = TraitRef { trait_: goal.trait_, substs: vec![e].into() };
                    self.select_depth(infcx, &sub, depth + 1).holds()
                });
                Some(if all { Selection::Builtin } else { Selection::Unimplemented })
            }
            TyKind::Array(elem, _) => {
                let sub = TraitRef { trait_: goal.trait_, substs: vec![elem].into() };
                Some(if self.select_depth(infcx, &sub, depth + 1).holds() {
                    Selection::Builtin
                } else {
                    Selection::Unimplemented
                })
            }
            _ => None,
        }
    }
}

impl SelectCx<'_> {
    /// Whether `trait_` is `Fn`, `FnMut` or `FnOnce`.
    pub fn is_fn_trait(&self, trait_: DefId) -> bool {
        crate::results::ClosureKind::of_trait(self.krate, trait_).is_some()
    }

    /// Closures, function items and function pointers implement the `Fn*`
    /// traits with their argument tuple.
    fn builtin_fn_trait(&self, infcx: &mut InferCtxt, goal: &TraitRef, self_ty: Ty, depth: u32) -> Option<Selection> {
        if !self.is_fn_trait(goal.trait_) || matches!(self.tcx.kind(self_ty), TyKind::Dynamic { .. }) {
            return None;
        }
        let (inputs, _) = self.callable_sig(self_ty)?;
        // A closure of generic code may take `C::Item`, which is `i32` once
        // `C` is known.
        let args = self.normalize_in(infcx, self.tcx.mk_tuple(inputs), depth + 1);
        // The bound's arguments may name a projection on a variable already
        // known (`<?I as Iterator>::Item` with `?I = I`).
        let wanted = infcx.resolve(*goal.substs.get(1)?);
        let wanted = self.normalize_in(infcx, wanted, depth + 1);
        Some(if infcx.unify(args, wanted).is_ok() { Selection::Builtin } else { Selection::Unimplemented })
    }

    /// Inputs and output of a closure, function item or function pointer.
    pub fn callable_sig(&self, ty: Ty) -> Option<(Vec<Ty>, Ty)> {
        match self.tcx.kind(ty) {
            TyKind::Closure { owner, expr, substs } => {
                let info = self.closures.get(&(owner, expr))?;
                let inputs = info.inputs.iter().map(|&t| self.tcx.subst(t, &substs)).collect();
                Some((inputs, self.tcx.subst(info.output, &substs)))
            }
            TyKind::FnDef(def, substs) => {
                let sig = self.items.fn_sigs.get(&def)?;
                let inputs = sig.inputs.iter().map(|&t| self.tcx.subst(t, &substs)).collect();
                Some((inputs, self.tcx.subst(sig.output, &substs)))
            }
            TyKind::FnPtr(sig) => Some((sig.inputs.to_vec(), sig.output)),
            TyKind::Dynamic { trait_, substs, assoc } if self.is_fn_trait(trait_) => {
                let TyKind::Tuple(inputs) = self.tcx.kind(*substs.first()?) else { return None };
                let output = assoc.iter().find(|(n, _)| n.as_str() == "Output").map_or(self.tcx.unit(), |&(_, t)| t);
                Some((inputs.to_vec(), output))
            }
            _ => None,
        }
    }
}

fn unify_all(infcx: &mut InferCtxt, a: &[Ty], b: &[Ty]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| infcx.unify(x, y).is_ok())
}
