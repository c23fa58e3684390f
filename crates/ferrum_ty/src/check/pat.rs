//! Pattern checking, including default binding modes (match ergonomics).

use super::FnCtxt;
use crate::ty::{Ty, TyKind};
use ferrum_hir::hir::{
    DefId, DefKind, FieldName, FieldPat, Lit, Mutability, PatConst, PatId, PatKind, Res, VariantShape,
};
use ferrum_span::{Diagnostic, Span};

/// The default binding mode while descending into a pattern.
#[derive(Clone, Copy, PartialEq)]
enum BindingMode {
    Move,
    Ref(Mutability),
}

impl FnCtxt<'_> {
    pub fn check_pat_top(&mut self, pat: PatId, expected: Ty, _refutable_ok: bool) {
        self.check_pat(pat, expected, BindingMode::Move);
    }

    /// Remembers the bindings of `let x;` so their first assignment is not
    /// reported as a second one.
    pub(super) fn note_uninit_bindings(&mut self, pat: PatId) {
        if let PatKind::Binding { binding, .. } = self.body.pats[pat].kind {
            self.uninit_bindings.insert(binding);
        }
    }

    fn is_reference_pat(&self, pat: PatId) -> bool {
        matches!(
            &self.body.pats[pat].kind,
            PatKind::Binding { .. }
                | PatKind::Wild
                | PatKind::Ref { .. }
                | PatKind::Or(_)
                | PatKind::Err
                | PatKind::Lit(PatConst::Lit { lit: Lit::Str(_) | Lit::ByteStr(_), .. })
        )
    }

    /// Peels references off `expected` for non-reference patterns,
    /// recording them, and updates the default binding mode.
    fn peel_refs(&mut self, pat: PatId, expected: Ty, mode: BindingMode) -> (Ty, BindingMode) {
        if self.is_reference_pat(pat) {
            return (expected, mode);
        }
        let mut ty = self.shallow(expected);
        let mut mode = mode;
        let mut peeled = Vec::new();
        while let TyKind::Ref(inner, m) = self.kind(ty) {
            peeled.push(ty);
            mode = match (mode, m) {
                (BindingMode::Ref(Mutability::Not), _) | (_, Mutability::Not) => BindingMode::Ref(Mutability::Not),
                _ => BindingMode::Ref(Mutability::Mut),
            };
            ty = self.shallow(inner);
        }
        if !peeled.is_empty() {
            self.results.pat_adjustments.insert(pat, peeled);
        }
        (ty, mode)
    }

    fn check_pat(&mut self, pat: PatId, expected: Ty, mode: BindingMode) {
        let (expected, mode) = self.peel_refs(pat, expected, mode);
        self.results.pat_tys.insert(pat, expected);
        let span = self.body.pats[pat].span;
        let tcx = self.tcx;
        match &self.body.pats[pat].kind {
            PatKind::Wild | PatKind::Err => {}
            PatKind::Binding { binding, sub } => {
                let b = &self.body.bindings[*binding];
                let ty = match (b.by_ref, mode) {
                    (Some(m), _) => {
                        self.results.binding_modes.insert(*binding, Some(m));
                        tcx.mk_ref(expected, m)
                    }
                    (None, BindingMode::Ref(m)) => {
                        self.results.binding_modes.insert(*binding, Some(m));
                        tcx.mk_ref(expected, m)
                    }
                    (None, BindingMode::Move) => {
                        self.results.binding_modes.insert(*binding, None);
                        expected
                    }
                };
                match self.results.binding_tys.get(*binding).copied() {
                    Some(prev) => {
                        self.demand_eq(span, prev, ty);
                    }
                    None => {
                        self.results.binding_tys.insert(*binding, ty);
                    }
                }
                if let Some(sub) = sub {
                    self.check_pat(*sub, expected, mode);
                }
            }
            PatKind::Lit(c) => {
                let ty = self.pat_const_ty(c, span);
                self.demand_eq(span, expected, ty);
            }
            PatKind::Range { lo, hi, .. } => {
                for c in [lo, hi].into_iter().flatten() {
                    let ty = self.pat_const_ty(c, span);
                    self.demand_eq(span, expected, ty);
                }
                if !matches!(
                    self.kind(expected),
                    TyKind::Int(_)
                        | TyKind::Uint(_)
                        | TyKind::Char
                        | TyKind::Float(_)
                        | TyKind::Error
                        | TyKind::Infer(..)
                ) {
                    self.error(
                        Diagnostic::error("only `char` and numeric types are allowed in range patterns")
                            .code("E0029")
                            .primary(span, ""),
                    );
                }
            }
            PatKind::Tuple { pats, rest } => self.check_tuple_pat(span, pats, *rest, expected, mode),
            PatKind::Adt { res, args, fields, rest, shape } => {
                self.check_adt_pat(pat, span, *res, args, fields, *rest, *shape, expected, mode)
            }
            PatKind::Path(res) => self.check_path_pat(pat, span, *res, expected),
            PatKind::Ref { mutability, pat: inner } => {
                let inner_ty = match self.kind(expected) {
                    TyKind::Ref(t, m) if m == *mutability => t,
                    TyKind::Error => tcx.error(),
                    _ => {
                        let t = self.new_var();
                        let r = tcx.mk_ref(t, *mutability);
                        self.demand_eq(span, expected, r);
                        t
                    }
                };
                self.check_pat(*inner, inner_ty, BindingMode::Move);
            }
            PatKind::Or(alts) => {
                for &alt in alts {
                    self.check_pat(alt, expected, mode);
                }
            }
            PatKind::Slice { prefix, rest, suffix } => {
                let (elem, len) = match self.kind(expected) {
                    TyKind::Array(t, n) => match tcx.len_value(n) {
                        Some(n) => (t, Some(n)),
                        None => {
                            self.error(
                                Diagnostic::error("cannot pattern-match on an array without a fixed length")
                                    .code("E0730")
                                    .primary(span, ""),
                            );
                            (tcx.error(), None)
                        }
                    },
                    TyKind::Slice(t) => (t, None),
                    TyKind::Error => (tcx.error(), None),
                    _ => {
                        let t = self.ty_str(expected);
                        self.error(
                            Diagnostic::error(format!("expected an array or slice, found `{t}`"))
                                .code("E0529")
                                .primary(span, ""),
                        );
                        (tcx.error(), None)
                    }
                };
                for &p in prefix.iter().chain(suffix) {
                    self.check_pat(p, elem, mode);
                }
                let fixed = (prefix.len() + suffix.len()) as u64;
                if let Some(rest) = rest {
                    let rest_ty = match len {
                        Some(n) => tcx.mk_array(elem, n.saturating_sub(fixed)),
                        None => tcx.intern(TyKind::Slice(elem)),
                    };
                    self.check_pat(*rest, rest_ty, mode);
                } else if let Some(n) = len.filter(|&n| n != fixed) {
                    self.error(
                        Diagnostic::error(format!("pattern requires {fixed} elements but array has {n}"))
                            .code("E0527")
                            .primary(span, ""),
                    );
                }
            }
            PatKind::Box(_) => {
                self.error(Diagnostic::error("unsupported: `box` patterns are not supported").primary(span, ""));
            }
        }
    }

    fn pat_const_ty(&mut self, c: &PatConst, span: Span) -> Ty {
        let tcx = self.tcx;
        match c {
            PatConst::Lit { lit, .. } => match lit {
                Lit::Bool(_) => tcx.bool(),
                Lit::Char(_) => tcx.char(),
                Lit::Byte(_) => tcx.u8(),
                Lit::Str(_) => tcx.static_str(),
                Lit::ByteStr(b) => tcx.mk_ref(tcx.mk_array(tcx.u8(), b.len() as u64), Mutability::Not),
                Lit::Int(_, Some(p)) | Lit::Float(_, Some(p)) => crate::lower_ty::prim_ty(tcx, *p),
                Lit::Int(..) => self.infcx.new_var(crate::ty::InferKind::Int),
                Lit::Float(..) => self.infcx.new_var(crate::ty::InferKind::Float),
            },
            PatConst::Path(Res::Def(def)) => match self.items.value_tys.get(def) {
                Some(&t) => t,
                None => {
                    self.error(Diagnostic::error("expected a constant in pattern").primary(span, ""));
                    tcx.error()
                }
            },
            PatConst::Path(_) => tcx.error(),
            PatConst::TypeRelative { ty, name } => {
                let self_ty = self.lower_ty(*ty);
                match self.lookup_assoc_const_ty(self_ty, *name) {
                    Some(t) => t,
                    None => {
                        let t = self.ty_str(self_ty);
                        self.error(
                            Diagnostic::error(format!(
                                "no associated item named `{name}` found for `{t}` in the current scope"
                            ))
                            .code("E0599")
                            .primary(span, ""),
                        );
                        tcx.error()
                    }
                }
            }
        }
    }

    /// The type of associated const `name` of `self_ty` (inherent impls).
    pub(super) fn lookup_assoc_const_ty(&mut self, self_ty: Ty, name: ferrum_span::Symbol) -> Option<Ty> {
        let key = crate::impls::simplify(self.tcx, self.shallow(self_ty))?;
        for &imp in self.impls.inherent_impls(key) {
            if let Some(item) = crate::impls::assoc_item(self.krate, imp, name) {
                if let Some(&t) = self.items.value_tys.get(&item) {
                    return Some(t);
                }
            }
        }
        None
    }

    fn check_tuple_pat(&mut self, span: Span, pats: &[PatId], rest: Option<usize>, expected: Ty, mode: BindingMode) {
        let tys: Vec<Ty> = match self.kind(expected) {
            TyKind::Tuple(tys) if rest.is_some() || tys.len() == pats.len() => tys.to_vec(),
            TyKind::Error => vec![self.tcx.error(); pats.len()],
            _ if rest.is_none() => {
                let tys: Vec<Ty> = pats.iter().map(|_| self.new_var()).collect();
                let t = self.tcx.mk_tuple(tys.clone());
                if !self.demand_eq(span, expected, t) {
                    return;
                }
                tys
            }
            _ => {
                let t = self.ty_str(expected);
                self.error(
                    Diagnostic::error("mismatched types")
                        .code("E0308")
                        .primary(span, format!("expected `{t}`, found tuple")),
                );
                return;
            }
        };
        for (ty_index, &p) in positions(pats.len(), rest, tys.len()).iter().zip(pats) {
            let ty = tys.get(*ty_index).copied().unwrap_or_else(|| self.tcx.error());
            self.check_pat(p, ty, mode);
        }
    }

    /// Resolves the struct or variant a pattern names: (adt, variant index).
    fn pat_variant(&mut self, res: Res) -> Option<(DefId, u32, Option<Vec<Ty>>)> {
        match res {
            Res::Def(def) | Res::Variant(def) => {
                let (adt, v) = crate::collect::variant_of(self.krate, def)?;
                Some((adt, v, None))
            }
            Res::SelfTy(imp) => match self.kind(*self.items.impl_self_tys.get(&imp)?) {
                TyKind::Adt(adt, substs) => Some((adt, 0, Some(substs.to_vec()))),
                _ => None,
            },
            _ => None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_adt_pat(
        &mut self,
        pat: PatId,
        span: Span,
        res: Res,
        args: &[ferrum_hir::hir::TypeRefId],
        fields: &[FieldPat],
        rest: bool,
        shape: VariantShape,
        expected: Ty,
        mode: BindingMode,
    ) {
        let Some((adt, variant, self_substs)) = self.pat_variant(res) else {
            for f in fields {
                let e = self.tcx.error();
                self.check_pat(f.pat, e, mode);
            }
            return;
        };
        let substs = match self_substs {
            Some(s) => s,
            None => self.instantiate(adt, None, args, span),
        };
        let adt_ty = self.tcx.mk_adt(adt, substs.clone().into());
        self.demand_eq(span, expected, adt_ty);
        self.results.variant_indices.insert(pat, variant);
        let info = self.items.adts[&adt].variants[variant as usize].clone();
        if shape == VariantShape::Tuple && !rest && fields.len() != info.fields.len() {
            let (n, m) = (fields.len(), info.fields.len());
            self.error(
                Diagnostic::error(format!(
                    "this pattern has {n} field{}, but the corresponding tuple {} has {m} field{}",
                    if n == 1 { "" } else { "s" },
                    if self.items.adts[&adt].is_enum() { "variant" } else { "struct" },
                    if m == 1 { "" } else { "s" }
                ))
                .code("E0023")
                .primary(span, format!("expected {m} field{}, found {n}", if m == 1 { "" } else { "s" })),
            );
        }
        let mut unknown_fields = 0;
        for f in fields {
            let wanted = match f.name {
                FieldName::Named(s) => s,
                FieldName::Index(i) => ferrum_span::Symbol::intern(&i.to_string()),
            };
            let ty = match info.fields.iter().find(|fi| fi.name == wanted) {
                Some(fi) => {
                    // A field may be declared as a projection (`<B as ToOwned>::Owned`).
                    let ty = self.tcx.subst(fi.ty, &substs);
                    self.normalize(ty, self.body.pats[f.pat].span)
                }
                None => {
                    let vname = info.name;
                    if shape != VariantShape::Tuple {
                        unknown_fields += 1;
                        let owner = if self.items.adts[&adt].is_enum() { "variant" } else { "struct" };
                        self.error(
                            Diagnostic::error(format!("{owner} `{vname}` does not have a field named `{wanted}`"))
                                .code("E0026")
                                .primary(
                                    self.body.pats[f.pat].span,
                                    format!("{owner} `{vname}` does not have this field"),
                                ),
                        );
                    }
                    self.tcx.error()
                }
            };
            self.check_pat(f.pat, ty, mode);
        }
        if self.is_union(adt_ty) {
            let field_span = fields.first().map_or(span, |f| self.body.pats[f.pat].span);
            self.require_unsafe(field_span, super::UnsafeOp::UnionField);
            if fields.len() != 1 || rest {
                self.error(Diagnostic::error("union patterns should have exactly one field").primary(span, ""));
            }
        } else if shape == VariantShape::Named && !rest {
            let missing: Vec<String> = info
                .fields
                .iter()
                .filter(|fi| !fields.iter().any(|f| f.name == FieldName::Named(fi.name)))
                .map(|fi| format!("`{}`", fi.name))
                .collect();
            // One unknown field for one missing one reads as a typo, which
            // rustc reports once, as E0026.
            let typo = missing.len() == 1 && unknown_fields == 1;
            if !missing.is_empty() && !typo {
                self.error(
                    Diagnostic::error(format!(
                        "pattern does not mention field{} {}",
                        if missing.len() == 1 { "" } else { "s" },
                        missing.join(", ")
                    ))
                    .code("E0027")
                    .primary(span, "missing fields"),
                );
            }
        }
    }

    fn check_path_pat(&mut self, pat: PatId, span: Span, res: Res, expected: Ty) {
        if let Res::Def(def) = res {
            if matches!(self.krate.defs[def].kind, DefKind::Const { .. }) {
                let ty = self.items.value_tys.get(&def).copied().unwrap_or_else(|| self.tcx.error());
                self.demand_eq(span, expected, ty);
                return;
            }
        }
        self.check_adt_pat(pat, span, res, &[], &[], false, VariantShape::Unit, expected, BindingMode::Move);
    }
}

/// For a tuple pattern of `count` written elements with `..` at `rest`,
/// the index of the tuple element each written element matches.
pub fn positions(count: usize, rest: Option<usize>, arity: usize) -> Vec<usize> {
    match rest {
        None => (0..count).collect(),
        Some(r) => {
            let after = count - r;
            (0..r).chain(arity.saturating_sub(after)..arity).collect()
        }
    }
}
