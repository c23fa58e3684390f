//! Coercions at coercion sites: never-to-any, reborrows, unsizing of
//! arrays, references to raw pointers, function items to pointers.

use super::FnCtxt;
use crate::ty::{Ty, TyKind};
use crate::Adjust;
use ferrum_hir::hir::{ExprId, Mutability};
use ferrum_span::Span;

impl FnCtxt<'_> {
    /// Coerces the value of `expr` (of type `from`) to `to`, recording the
    /// adjustments; reports E0308 when impossible.
    pub fn coerce(&mut self, expr: ExprId, from: Ty, to: Ty) -> bool {
        match self.try_coerce(from, to, self.span(expr)) {
            Some(adjusts) => {
                if !adjusts.is_empty() {
                    self.results.adjustments.entry(expr).or_default().extend(adjusts);
                }
                true
            }
            None => {
                self.report_mismatch(self.span(expr), to, from);
                false
            }
        }
    }

    pub(super) fn try_coerce(&mut self, from: Ty, to: Ty, span: Span) -> Option<Vec<Adjust>> {
        let (from_k, to_k) = (self.kind(from), self.kind(to));
        if self.is_unsizing(&from_k, &to_k) {
            return self.coerce_unsized(from, to, span);
        }
        match (&from_k, &to_k) {
            (TyKind::Never, TyKind::Never) => return Some(vec![]),
            (TyKind::Never, _) => return Some(vec![Adjust::NeverToAny(to)]),
            (TyKind::Ref(a, m1), TyKind::Ref(b, m2)) => {
                if *m1 == Mutability::Not && *m2 == Mutability::Mut {
                    return None;
                }
                let mut adjusts = Vec::new();
                if *m1 == Mutability::Mut && *m2 == Mutability::Not {
                    adjusts.push(Adjust::ReborrowShared);
                }
                if let (TyKind::Array(ea, _), TyKind::Slice(eb)) = (self.kind(*a), self.kind(*b)) {
                    self.infcx.unify(ea, eb).ok()?;
                    adjusts.push(Adjust::Unsize(to));
                    return Some(adjusts);
                }
                if self.infcx.unify_if_ok(*a, *b).is_err() {
                    return self.deref_coercion(*a, *b, *m2, span);
                }
                return Some(adjusts);
            }
            (TyKind::Ref(a, m1), TyKind::RawPtr(b, m2)) | (TyKind::RawPtr(a, m1), TyKind::RawPtr(b, m2))
                if !(*m1 == Mutability::Not && *m2 == Mutability::Mut) && (from_k != to_k) =>
            {
                if self.infcx.unify(*a, *b).is_ok() {
                    return Some(vec![Adjust::RefToRawPtr(*m2)]);
                }
                return None;
            }
            (TyKind::FnDef(def, substs), TyKind::FnPtr(sig)) => {
                let def_sig = self.items.fn_sigs.get(def)?.clone();
                if def_sig.inputs.len() != sig.inputs.len() {
                    return None;
                }
                for (i, &input) in def_sig.inputs.iter().enumerate() {
                    let t = self.tcx.subst(input, substs);
                    self.infcx.unify(t, sig.inputs[i]).ok()?;
                }
                let out = self.tcx.subst(def_sig.output, substs);
                self.infcx.unify(out, sig.output).ok()?;
                return Some(vec![Adjust::ReifyFnPointer]);
            }
            _ => {}
        }
        self.infcx.unify(from, to).ok().map(|_| vec![])
    }

    /// Whether `from` to `to` is a pointer coercion to a trait object:
    /// `&T` to `&dyn Trait`, `Box<T>` to `Box<dyn Trait>`, ...
    fn is_unsizing(&mut self, from: &TyKind, to: &TyKind) -> bool {
        let (a, b) = match (from, to) {
            (TyKind::Ref(a, m1), TyKind::Ref(b, m2)) | (TyKind::RawPtr(a, m1), TyKind::RawPtr(b, m2))
                if !(*m1 == Mutability::Not && *m2 == Mutability::Mut) =>
            {
                (*a, *b)
            }
            (TyKind::Ref(a, m1), TyKind::RawPtr(b, m2)) if !(*m1 == Mutability::Not && *m2 == Mutability::Mut) => {
                (*a, *b)
            }
            (TyKind::Adt(d1, s1), TyKind::Adt(d2, s2)) if d1 == d2 && self.is_coerce_unsized_adt(*d1) => {
                match s1.iter().zip(s2.iter()).find(|(x, y)| self.shallow(**x) != self.shallow(**y)) {
                    Some((&x, &y)) => (x, y),
                    None => return false,
                }
            }
            _ => return false,
        };
        let (a, b) = (self.shallow(a), self.shallow(b));
        let to_object = matches!(self.kind(b), TyKind::Dynamic { .. })
            && !matches!(self.kind(a), TyKind::Dynamic { .. } | TyKind::Infer(_, crate::ty::InferKind::General));
        // References unsize arrays in `try_coerce` already.
        let array_in_adt = matches!(from, TyKind::Adt(..))
            && matches!((self.kind(a), self.kind(b)), (TyKind::Array(..), TyKind::Slice(_)));
        to_object || array_in_adt
    }

    /// Smart pointers that coerce like references (the library implements
    /// the `coerce_unsized` lang trait for them).
    fn is_coerce_unsized_adt(&self, adt: ferrum_hir::hir::DefId) -> bool {
        let Some(trait_) = self.krate.lang_item("coerce_unsized") else { return false };
        self.impls.trait_impls.get(&trait_).into_iter().flatten().any(|imp| {
            self.items.impl_self_tys.get(imp).is_some_and(|&t| matches!(self.kind(t), TyKind::Adt(d, _) if d == adt))
        })
    }

    /// The unsizing coercion `is_unsizing` accepted: the source's pointee
    /// must implement the object's trait, with the object's associated types.
    fn coerce_unsized(&mut self, from: Ty, to: Ty, span: Span) -> Option<Vec<Adjust>> {
        let (a, b) = self.unsized_pointees(from, to)?;
        if let (TyKind::Array(ea, _), TyKind::Slice(eb)) = (self.kind(a), self.kind(b)) {
            self.infcx.unify(ea, eb).ok()?;
            return Some(vec![Adjust::Unsize(to)]);
        }
        let TyKind::Dynamic { trait_, substs, assoc } = self.kind(b) else { return None };
        let goal =
            crate::items::TraitRef { trait_, substs: std::iter::once(a).chain(substs.iter().copied()).collect() };
        for &(name, ty) in assoc.iter() {
            let declaring = crate::traits::declaring_trait_ref(self.krate, self.tcx, self.items, goal.clone(), name);
            let projection =
                self.tcx.intern(TyKind::Projection { trait_: declaring.trait_, substs: declaring.substs, name });
            let actual = self.normalize(projection, span);
            self.infcx.unify(actual, ty).ok()?;
        }
        self.register_trait(goal, span);
        let mut adjusts = Vec::new();
        if matches!(
            (self.kind(from), self.kind(to)),
            (TyKind::Ref(_, Mutability::Mut), TyKind::Ref(_, Mutability::Not))
        ) {
            adjusts.push(Adjust::ReborrowShared);
        }
        adjusts.push(Adjust::Unsize(to));
        Some(adjusts)
    }

    fn unsized_pointees(&mut self, from: Ty, to: Ty) -> Option<(Ty, Ty)> {
        match (self.kind(from), self.kind(to)) {
            (TyKind::Ref(a, _) | TyKind::RawPtr(a, _), TyKind::Ref(b, _) | TyKind::RawPtr(b, _)) => {
                Some((self.shallow(a), self.shallow(b)))
            }
            (TyKind::Adt(_, s1), TyKind::Adt(_, s2)) => {
                let (&a, &b) = s1.iter().zip(s2.iter()).find(|(x, y)| self.shallow(**x) != self.shallow(**y))?;
                Some((self.shallow(a), self.shallow(b)))
            }
            _ => None,
        }
    }

    /// `&a` to `&b` where `a` derefs (through references and `Deref`
    /// impls) to `b`: `&String` to `&str`, `&Vec<T>` to `&[T]`, `&&T` to `&T`.
    fn deref_coercion(&mut self, a: Ty, b: Ty, m: Mutability, span: Span) -> Option<Vec<Adjust>> {
        let mut adjusts = vec![Adjust::Deref];
        let mut current = self.shallow(a);
        for _ in 0..16 {
            let (adjust, next) = self.autoderef_step(current, span)?;
            adjusts.push(match adjust {
                Adjust::OverloadedDeref { target, .. } => Adjust::OverloadedDeref { mutbl: m, target },
                other => other,
            });
            current = next;
            if self.infcx.unify_if_ok(current, b).is_ok() {
                adjusts.push(Adjust::Borrow(m));
                return Some(adjusts);
            }
        }
        None
    }
}
