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
