//! Struct literals and `as` casts.

use super::FnCtxt;
use crate::ty::{Ty, TyKind};
use ferrum_hir::hir::{DefKind, ExprId, FieldInit, Res, TypeRefId};
use ferrum_span::Diagnostic;

impl FnCtxt<'_> {
    pub(super) fn check_struct_lit(
        &mut self,
        expr: ExprId,
        res: Res,
        args: &[TypeRefId],
        fields: &[FieldInit],
        base: Option<ExprId>,
    ) -> Ty {
        let span = self.span(expr);
        let target = match res {
            Res::Def(def) | Res::Variant(def) => crate::collect::variant_of(self.krate, def).map(|(a, v)| (a, v, None)),
            Res::SelfTy(imp) => match self.items.impl_self_tys.get(&imp).map(|&t| self.kind(t)) {
                Some(TyKind::Adt(adt, substs)) => Some((adt, 0, Some(substs.to_vec()))),
                _ => None,
            },
            _ => None,
        };
        let Some((adt, variant, self_substs)) = target else {
            for f in fields {
                self.check_expr(f.expr, None);
            }
            if res != Res::Err {
                self.error(
                    Diagnostic::error("expected struct, variant or union type")
                        .code("E0574")
                        .primary(span, "not a struct"),
                );
            }
            return self.tcx.error();
        };
        if !matches!(self.krate.defs[adt].kind, DefKind::Adt(_)) {
            return self.tcx.error();
        }
        let substs = match self_substs {
            Some(s) => s,
            None => self.instantiate(adt, None, args, span),
        };
        // The type's where-clauses hold for its values; a closure field
        // takes its signature from them (`F: FnMut(&Ev) -> bool`).
        self.register_predicates(adt, &substs, span);
        let adt_ty = self.tcx.mk_adt(adt, substs.clone().into());
        let info = self.items.adts[&adt].variants[variant as usize].clone();
        let is_enum = self.items.adts[&adt].is_enum();
        let mut seen = Vec::new();
        for f in fields {
            match info.fields.iter().position(|fi| fi.name == f.name) {
                Some(index) => {
                    if seen.contains(&index) {
                        self.error(
                            Diagnostic::error(format!("field `{}` specified more than once", f.name))
                                .code("E0062")
                                .primary(f.span, "used more than once"),
                        );
                    }
                    seen.push(index);
                    self.results.field_indices.insert(f.expr, index as u32);
                    let ty = self.tcx.subst(info.fields[index].ty, &substs);
                    let ty = self.normalize(ty, f.span);
                    self.check_expr_coercible(f.expr, ty, f.span);
                }
                None => {
                    self.check_expr(f.expr, None);
                    let owner = if is_enum {
                        format!("variant `{}::{}`", self.krate.defs[adt].name, info.name)
                    } else {
                        format!("struct `{}`", info.name)
                    };
                    self.error(
                        Diagnostic::error(format!("{owner} has no field named `{}`", f.name))
                            .code("E0560")
                            .primary(f.span, "unknown field"),
                    );
                }
            }
        }
        let is_union = self.items.adts[&adt].kind == ferrum_hir::hir::AdtKind::Union;
        match base {
            _ if is_union => {
                if fields.len() != 1 || base.is_some() {
                    self.error(
                        Diagnostic::error("union expressions should have exactly one field")
                            .code("E0784")
                            .primary(span, ""),
                    );
                }
            }
            Some(base) => {
                self.check_expr_coercible(base, adt_ty, self.span(base));
            }
            None => {
                let missing: Vec<String> = (0..info.fields.len())
                    .filter(|i| !seen.contains(i))
                    .map(|i| format!("`{}`", info.fields[i].name))
                    .collect();
                if !missing.is_empty() {
                    let name = if is_enum {
                        format!("{}::{}", self.krate.defs[adt].name, info.name)
                    } else {
                        info.name.to_string()
                    };
                    self.error(
                        Diagnostic::error(format!(
                            "missing field{} {} in initializer of `{name}`",
                            if missing.len() == 1 { "" } else { "s" },
                            missing.join(", ")
                        ))
                        .code("E0063")
                        .primary(span, "missing fields"),
                    );
                }
            }
        }
        adt_ty
    }

    pub(super) fn run_deferred_casts(&mut self) {
        let casts = std::mem::take(&mut self.deferred_casts);
        for (expr, from, to) in casts {
            self.check_cast(expr, from, to);
        }
    }

    /// `e as T` where `e` coerces to `T` (`Box<S> as Box<dyn Trait>`).
    fn coercion_cast(&mut self, expr: ExprId, from: Ty, to: Ty) -> bool {
        let ferrum_hir::hir::ExprKind::Cast(operand, _) = self.body.exprs[expr].kind else { return false };
        let snapshot = self.infcx.snapshot();
        match self.try_coerce(from, to, self.span(expr)) {
            Some(adjusts) => {
                self.results.adjustments.entry(operand).or_default().extend(adjusts);
                self.process_obligations(true);
                true
            }
            None => {
                self.infcx.rollback_to(snapshot);
                false
            }
        }
    }

    fn check_cast(&mut self, expr: ExprId, from: Ty, to: Ty) {
        let (from_r, to_r) = (self.resolve(from), self.resolve(to));
        if from_r == to_r {
            return;
        }
        let (fk, tk) = (self.tcx.kind(from_r), self.tcx.kind(to_r));
        use TyKind::*;
        let numeric = |k: &TyKind| matches!(k, Int(_) | Uint(_) | Float(_));
        let int = |k: &TyKind| matches!(k, Int(_) | Uint(_));
        let ok = match (&fk, &tk) {
            (Error, _) | (_, Error) | (Never, _) => true,
            (a, b) if numeric(a) && numeric(b) => true,
            (Bool | Char, b) if int(b) => true,
            (Uint(crate::ty::UintTy::U8), Char) => true,
            (a, Bool) if numeric(a) => {
                let f = self.ty_str(from_r);
                self.error(
                    Diagnostic::error(format!("cannot cast `{f}` as `bool`"))
                        .code("E0054")
                        .primary(self.span(expr), "unsupported cast")
                        .help("compare with zero instead"),
                );
                return;
            }
            (a, Char) if int(a) => {
                let f = self.ty_str(from_r);
                self.error(
                    Diagnostic::error(format!("only `u8` can be cast as `char`, not `{f}`"))
                        .code("E0604")
                        .primary(self.span(expr), "invalid cast"),
                );
                return;
            }
            (a, RawPtr(..)) if int(a) => true,
            (RawPtr(..) | FnPtr(_) | FnDef(..), b) if int(b) => true,
            (RawPtr(..), RawPtr(..))
            | (Ref(..), RawPtr(..))
            | (FnDef(..), FnPtr(_))
            | (FnDef(..) | FnPtr(_), RawPtr(..)) => true,
            (Adt(def, _), b) if int(b) => {
                self.items.adts.get(def).is_some_and(|a| a.is_enum() && a.variants.iter().all(|v| v.fields.is_empty()))
            }
            _ => false,
        };
        if !ok && self.coercion_cast(expr, from_r, to_r) {
            return;
        }
        if !ok {
            let (f, t) = (self.ty_str(from_r), self.ty_str(to_r));
            let primitive = |k: &TyKind| numeric(k) || matches!(k, Bool | Char | RawPtr(..) | Ref(..) | FnPtr(_));
            let diag = if primitive(&fk) && primitive(&tk) {
                Diagnostic::error(format!("casting `{f}` as `{t}` is invalid"))
                    .code("E0606")
                    .primary(self.span(expr), "")
            } else {
                Diagnostic::error(format!("non-primitive cast: `{f}` as `{t}`"))
                    .code("E0605")
                    .primary(self.span(expr), "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object")
            };
            self.error(diag);
        }
    }
}
