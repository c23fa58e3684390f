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
                match self.closure_capture(from, to) {
                    Some((use_span, name)) => self.report_capturing_closure(self.span(expr), use_span, name),
                    None => self.report_mismatch(self.span(expr), to, from),
                }
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
            (TyKind::Closure { owner, expr, .. }, TyKind::FnPtr(sig)) if *owner == self.owner => {
                let closure = ExprId::from_raw(la_arena::RawIdx::from(*expr));
                if self.first_upvar_mention(closure).is_some() {
                    return None;
                }
                let info = self.closure_table.get(&(*owner, *expr))?.clone();
                if info.inputs.len() != sig.inputs.len() {
                    return None;
                }
                for (&a, &b) in info.inputs.iter().zip(sig.inputs.iter()) {
                    self.infcx.unify(a, b).ok()?;
                }
                self.infcx.unify(info.output, sig.output).ok()?;
                return Some(vec![Adjust::ClosureFnPointer(to)]);
            }
            _ => {}
        }
        self.infcx.unify(from, to).ok().map(|_| vec![])
    }

    /// The first use of a captured variable in a closure of this body
    /// coerced to a function pointer, which makes the coercion impossible.
    fn closure_capture(&self, from: Ty, to: Ty) -> Option<(Span, ferrum_span::Symbol)> {
        let (TyKind::Closure { owner, expr, .. }, TyKind::FnPtr(_)) = (self.kind(from), self.kind(to)) else {
            return None;
        };
        if owner != self.owner {
            return None;
        }
        self.first_upvar_mention(ExprId::from_raw(la_arena::RawIdx::from(expr)))
    }

    fn report_capturing_closure(&mut self, span: Span, use_span: Span, name: ferrum_span::Symbol) {
        self.error(
            ferrum_span::Diagnostic::error("mismatched types")
                .code("E0308")
                .primary(span, "expected fn pointer, found closure")
                .secondary(use_span, format!("`{name}` captured here"))
                .note("closures can only be coerced to `fn` types if they do not capture any variables"),
        );
    }

    /// A common function-pointer type for two different function items,
    /// closures or pointers (rustc's "least upper bound" of array elements
    /// and branches): the first one's signature as a pointer.
    pub(super) fn fn_pointer_lub(&mut self, a: Ty, b: Ty) -> Option<Ty> {
        let (a, b) = (self.resolve(a), self.resolve(b));
        let fn_like = |k: &TyKind| matches!(k, TyKind::FnDef(..) | TyKind::Closure { .. } | TyKind::FnPtr(_));
        if a == b || !fn_like(&self.kind(a)) || !fn_like(&self.kind(b)) {
            return None;
        }
        let sig = match self.kind(a) {
            TyKind::FnDef(def, substs) => {
                let sig = self.items.fn_sigs.get(&def)?;
                crate::ty::FnSig {
                    inputs: sig.inputs.iter().map(|&t| self.tcx.subst(t, &substs)).collect(),
                    output: self.tcx.subst(sig.output, &substs),
                    is_unsafe: sig.is_unsafe,
                }
            }
            TyKind::Closure { owner, expr, .. } => {
                let info = self.closure_table.get(&(owner, expr))?;
                crate::ty::FnSig { inputs: info.inputs.clone().into(), output: info.output, is_unsafe: false }
            }
            TyKind::FnPtr(sig) => sig,
            _ => return None,
        };
        Some(self.tcx.intern(TyKind::FnPtr(sig)))
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
        if self.upcast_target(a, b).is_some() {
            return true;
        }
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
        if let Some(sup) = self.upcast_target(a, b) {
            let TyKind::Dynamic { substs, .. } = self.kind(b) else { return None };
            for (&x, &y) in sup.substs[1..].iter().zip(substs.iter()) {
                self.infcx.unify(x, y).ok()?;
            }
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

    /// `dyn Sub` to `dyn Super` (trait upcasting): the supertrait reference
    /// of `Sub` naming `Super`, in terms of the source object's arguments.
    fn upcast_target(&self, a: Ty, b: Ty) -> Option<crate::items::TraitRef> {
        let TyKind::Dynamic { trait_: sub, substs, .. } = self.kind(a) else { return None };
        let TyKind::Dynamic { trait_: sup, .. } = self.kind(b) else { return None };
        if sub == sup {
            return None;
        }
        let object_substs: Vec<Ty> = std::iter::once(a).chain(substs.iter().copied()).collect();
        crate::object::vtable_supertraits(self.krate, self.tcx, self.items, sub)
            .into_iter()
            .find(|t| t.trait_ == sup)
            .map(|t| crate::items::TraitRef {
                trait_: t.trait_,
                substs: t.substs.iter().map(|&x| self.tcx.subst(x, &object_substs)).collect(),
            })
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
