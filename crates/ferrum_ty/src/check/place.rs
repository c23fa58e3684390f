//! Mutability of assigned and mutably borrowed places (E0384, E0594,
//! E0596), checked once types are known.

use super::FnCtxt;
use crate::ty::TyKind;
use crate::Adjust;
use ferrum_hir::hir::{DefKind, ExprId, ExprKind, Mutability, Res, UnOp, ValuePath};
use ferrum_span::Diagnostic;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum PlaceUse {
    Assign,
    BorrowMut,
}

pub struct PlaceCheck {
    expr: ExprId,
    use_: PlaceUse,
}

/// Why a place can't be mutated.
enum Immutable {
    Local(ferrum_hir::hir::BindingId),
    BehindRef(&'static str),
    Static(ferrum_span::Symbol),
}

impl FnCtxt<'_> {
    pub(super) fn defer_place_check(&mut self, expr: ExprId, use_: PlaceUse) {
        self.fixup_mut_place(expr);
        self.deferred_places.push(PlaceCheck { expr, use_ });
    }

    pub(super) fn check_place_mutability(&mut self, check: PlaceCheck) {
        let Some(reason) = self.immutable_reason(check.expr) else { return };
        let span = self.span(check.expr);
        let text = self.place_text(check.expr);
        let diag = match (reason, check.use_) {
            (Immutable::Local(b), PlaceUse::Assign) => {
                // `let x;` may be assigned on several paths; whether one path
                // assigns twice needs flow analysis, left to the borrow checker.
                if self.uninit_bindings.contains(&b) && self.is_plain_local(check.expr) {
                    return;
                }
                let name = self.body.bindings[b].name;
                if self.is_plain_local(check.expr) {
                    Diagnostic::error(format!("cannot assign twice to immutable variable `{name}`"))
                        .code("E0384")
                        .primary(span, "cannot assign twice to immutable variable")
                        .secondary(self.body.bindings[b].span, "first assignment")
                } else {
                    Diagnostic::error(format!("cannot assign to `{text}`, as `{name}` is not declared as mutable"))
                        .code("E0594")
                        .primary(span, "cannot assign")
                }
            }
            (Immutable::Local(b), PlaceUse::BorrowMut) => {
                let name = self.body.bindings[b].name;
                Diagnostic::error(format!("cannot borrow `{text}` as mutable, as `{name}` is not declared as mutable"))
                    .code("E0596")
                    .primary(span, "cannot borrow as mutable")
            }
            (Immutable::BehindRef(what), PlaceUse::Assign) => {
                Diagnostic::error(format!("cannot assign to `{text}`, which is behind a {what}"))
                    .code("E0594")
                    .primary(span, format!("`{text}` is a {what}, so it cannot be written to"))
            }
            (Immutable::BehindRef(what), PlaceUse::BorrowMut) => {
                Diagnostic::error(format!("cannot borrow `{text}` as mutable, as it is behind a {what}"))
                    .code("E0596")
                    .primary(span, format!("`{text}` is a {what}, so it cannot be borrowed as mutable"))
            }
            (Immutable::Static(name), _) => {
                Diagnostic::error(format!("cannot assign to immutable static item `{name}`"))
                    .code("E0594")
                    .primary(span, "cannot assign")
            }
        };
        self.error(diag);
    }

    fn is_plain_local(&self, expr: ExprId) -> bool {
        matches!(self.body.exprs[expr].kind, ExprKind::Path(ValuePath::Resolved { res: Res::Local(_), .. }))
            && self.results.adjustments.get(expr).is_none_or(|a| a.is_empty())
    }

    fn place_text(&self, expr: ExprId) -> String {
        match &self.body.exprs[expr].kind {
            ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), .. }) => self.body.bindings[*b].name.to_string(),
            ExprKind::Field(base, ferrum_hir::hir::FieldName::Named(n)) => format!("{}.{}", self.place_text(*base), n),
            ExprKind::Field(base, ferrum_hir::hir::FieldName::Index(i)) => format!("{}.{}", self.place_text(*base), i),
            ExprKind::Unary(UnOp::Deref, base) => format!("*{}", self.place_text(*base)),
            ExprKind::Index(base, _) => format!("{}[..]", self.place_text(*base)),
            _ => "value".to_string(),
        }
    }

    /// Whether the place `expr` denotes is immutable, and why.
    fn immutable_reason(&self, expr: ExprId) -> Option<Immutable> {
        // Implicit derefs recorded on this expression (autoderef) decide
        // first; through an overloaded deref, the place it borrows decides.
        if let Some(adjusts) = self.results.adjustments.get(expr) {
            let derefs =
                adjusts.iter().take_while(|a| matches!(a, Adjust::Deref | Adjust::OverloadedDeref { .. })).count();
            let mut before = Vec::with_capacity(derefs);
            let mut ty = self.expr_ty(expr);
            for adjust in &adjusts[..derefs] {
                before.push(ty);
                ty = match (adjust, self.kind(ty)) {
                    (Adjust::OverloadedDeref { target, .. }, _) => *target,
                    (_, TyKind::Ref(inner, _)) => inner,
                    _ => return None,
                };
            }
            // The outermost builtin deref decides; overloaded ones borrow
            // the place inside them.
            for (adjust, &ty) in adjusts[..derefs].iter().zip(&before).rev() {
                match (adjust, self.kind(ty)) {
                    (Adjust::OverloadedDeref { .. }, _) => continue,
                    (_, TyKind::Ref(_, Mutability::Not)) => return Some(Immutable::BehindRef("`&` reference")),
                    _ => return None,
                }
            }
        }
        self.immutable_reason_unadjusted(expr)
    }

    /// Like [`Self::immutable_reason`], ignoring `expr`'s adjustments.
    fn immutable_reason_unadjusted(&self, expr: ExprId) -> Option<Immutable> {
        match &self.body.exprs[expr].kind {
            ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), .. }) => {
                let binding = &self.body.bindings[*b];
                let by_ref = self.results.binding_modes.get(*b).copied().flatten();
                (!binding.mutable && by_ref.is_none()).then_some(Immutable::Local(*b))
            }
            ExprKind::Path(ValuePath::Resolved { res: Res::Def(def), .. }) => match &self.krate.defs[*def].kind {
                DefKind::Static { mutable: false, .. } => Some(Immutable::Static(self.krate.defs[*def].name)),
                _ => None,
            },
            ExprKind::Field(base, _) | ExprKind::Index(base, _) => self.immutable_reason(*base),
            ExprKind::Unary(UnOp::Deref, base) if self.results.value_res.get(expr).is_some() => {
                self.immutable_reason(*base)
            }
            ExprKind::Unary(UnOp::Deref, base) => match self.kind(self.expr_ty(*base)) {
                TyKind::Ref(_, Mutability::Not) => Some(Immutable::BehindRef("`&` reference")),
                TyKind::RawPtr(_, Mutability::Not) => Some(Immutable::BehindRef("`*const` pointer")),
                _ => None,
            },
            _ => None,
        }
    }
}

impl FnCtxt<'_> {
    /// A place used mutably (`&mut p`, `p = v`, `p.m()` with `&mut self`)
    /// switches library range indexing inside it to the `_mut` methods and
    /// its implicit borrows to mutable ones.
    pub(super) fn fixup_mut_place(&mut self, expr: ExprId) {
        self.fixup_mut_adjustments(expr);
        match &self.body.exprs[expr].kind {
            ExprKind::Index(base, _) | ExprKind::Unary(UnOp::Deref, base) if self.fixup_mut_overloaded(expr) => {
                let base = *base;
                self.fixup_mut_place(base);
            }
            ExprKind::Index(base, _) => {
                let base = *base;
                if let Some(crate::ValueRes::Fn(def, substs)) = self.results.value_res.get(expr).cloned() {
                    let name = self.krate.defs[def].name.as_str();
                    if !name.ends_with("_mut") {
                        if let Some(mut_def) = self.slice_method(&format!("{name}_mut")) {
                            self.results.value_res.insert(expr, crate::ValueRes::Fn(mut_def, substs));
                        }
                        let tcx = self.tcx;
                        if let Some(adjusts) = self.results.adjustments.get_mut(base) {
                            for adjust in adjusts.iter_mut() {
                                match adjust {
                                    Adjust::Borrow(m) => *m = Mutability::Mut,
                                    Adjust::Unsize(t) => {
                                        if let TyKind::Ref(inner, _) = tcx.kind(*t) {
                                            *t = tcx.mk_ref(inner, Mutability::Mut);
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                    }
                }
                self.fixup_mut_place(base);
            }
            ExprKind::Field(base, _) => {
                let base = *base;
                self.fixup_mut_place(base);
            }
            _ => {}
        }
    }
}
