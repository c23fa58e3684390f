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
