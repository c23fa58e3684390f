//! Overloaded dereference: `Deref`/`DerefMut` impls of library and user
//! types, used by `*x`, autoderef (method receivers, fields, indexing) and
//! deref coercions (`&Vec<T>` to `&[T]`).

use super::FnCtxt;
use crate::items::TraitRef;
use crate::ty::{Ty, TyKind};
use crate::{Adjust, ValueRes};
use ferrum_hir::hir::{DefId, ExprId, Mutability};
use ferrum_span::{Span, Symbol};

impl FnCtxt<'_> {
    /// `<ty as Deref>::Target`, if `ty` is an ADT implementing `Deref`, or a
    /// generic type bounded by it.
    pub(super) fn overloaded_deref_target(&mut self, ty: Ty, span: Span) -> Option<Ty> {
        let ty = self.shallow(ty);
        if !matches!(self.kind(ty), TyKind::Adt(..) | TyKind::Param { .. } | TyKind::Projection { .. }) {
            return None;
        }
        let (trait_, method) = self.deref_method(Mutability::Not)?;
        let goal = TraitRef { trait_, substs: vec![ty].into() };
        let snapshot = self.infcx.snapshot();
        if !self.select(&goal).holds() {
            self.infcx.rollback_to(snapshot);
            return None;
        }
        let output = self.tcx.subst(self.items.fn_sigs[&method].output, &[ty]);
        let output = self.normalize(output, span);
        match self.kind(output) {
            TyKind::Ref(target, _) => Some(target),
            _ => None,
        }
    }

    /// The `Deref` (or `DerefMut`) trait and its method.
    pub(super) fn deref_method(&self, m: Mutability) -> Option<(DefId, DefId)> {
        let (lang, name) = match m {
            Mutability::Not => ("deref", "deref"),
            Mutability::Mut => ("deref_mut", "deref_mut"),
        };
        let trait_ = self.krate.lang_item(lang)?;
        let method = crate::impls::assoc_item(self.krate, trait_, Symbol::intern(name))?;
        Some((trait_, method))
    }

    /// One autoderef step from `ty`: through a reference (builtin) or a
    /// `Deref` impl; the adjustment and the type it yields.
    pub(super) fn autoderef_step(&mut self, ty: Ty, span: Span) -> Option<(Adjust, Ty)> {
        match self.kind(ty) {
            TyKind::Ref(inner, _) => Some((Adjust::Deref, self.shallow(inner))),
            // A box derefs built in (as rustc's), so `b.field` can be moved out.
            TyKind::Adt(def, substs) if Some(def) == self.krate.lang_item("owned_box") && !substs.is_empty() => {
                Some((Adjust::Deref, self.shallow(substs[0])))
            }
            TyKind::Adt(..) | TyKind::Param { .. } | TyKind::Projection { .. } => {
                let target = self.overloaded_deref_target(ty, span)?;
                let target = self.shallow(target);
                Some((Adjust::OverloadedDeref { mutbl: Mutability::Not, target }, target))
            }
            _ => None,
        }
    }

    /// `*x` on a type implementing `Deref`: a call of `Deref::deref`.
    pub(super) fn check_overloaded_deref(&mut self, expr: ExprId, ty: Ty) -> Option<Ty> {
        let target = self.overloaded_deref_target(ty, self.span(expr))?;
        let (_, method) = self.deref_method(Mutability::Not)?;
        self.results.value_res.insert(expr, ValueRes::Fn(method, vec![ty].into()));
        Some(target)
    }

    /// Makes the overloaded derefs among `expr`'s adjustments mutable.
    pub(super) fn fixup_mut_adjustments(&mut self, expr: ExprId) {
        if let Some(adjusts) = self.results.adjustments.get_mut(expr) {
            for adjust in adjusts.iter_mut() {
                if let Adjust::OverloadedDeref { mutbl, .. } = adjust {
                    *mutbl = Mutability::Mut;
                }
            }
        }
    }

    /// `base[index]` on a type implementing `Index<I>`: a call of
    /// `Index::index`; the element type.
    pub(super) fn overloaded_index(&mut self, expr: ExprId, ty: Ty, index_ty: Ty) -> Option<Ty> {
        let (trait_, method) = self.index_method(Mutability::Not)?;
        let goal = TraitRef { trait_, substs: vec![ty, index_ty].into() };
        let output = self.overloaded_op_call(expr, goal, method)?;
        match self.kind(output) {
            TyKind::Ref(elem, _) => Some(elem),
            _ => None,
        }
    }

    /// The `Index` (or `IndexMut`) trait and its method.
    fn index_method(&self, m: Mutability) -> Option<(DefId, DefId)> {
        let (lang, name) = match m {
            Mutability::Not => ("index", "index"),
            Mutability::Mut => ("index_mut", "index_mut"),
        };
        let trait_ = self.krate.lang_item(lang)?;
        let method = crate::impls::assoc_item(self.krate, trait_, Symbol::intern(name))?;
        Some((trait_, method))
    }

    /// Switches an overloaded `a[i]` or `*x` to `IndexMut::index_mut` /
    /// `DerefMut::deref_mut` (the place is used mutably); whether it was one.
    pub(super) fn fixup_mut_overloaded(&mut self, expr: ExprId) -> bool {
        let Some(ValueRes::Fn(def, substs)) = self.results.value_res.get(expr).cloned() else { return false };
        for (shared, unique) in [
            (self.deref_method(Mutability::Not), self.deref_method(Mutability::Mut)),
            (self.index_method(Mutability::Not), self.index_method(Mutability::Mut)),
        ] {
            if let (Some((_, shared)), Some((_, unique))) = (shared, unique) {
                if def == shared {
                    self.results.value_res.insert(expr, ValueRes::Fn(unique, substs));
                    return true;
                }
                if def == unique {
                    return true;
                }
            }
        }
        false
    }
}
