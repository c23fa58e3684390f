//! Computes [`ItemTables`] from HIR item signatures.

use crate::generics;
use crate::items::{AdtInfo, FieldInfo, ItemTables, VariantInfo};
use crate::lower_ty::TyLowerer;
use crate::ty::{FnSig, TyCtxt};
use ferrum_hir::hir::{AdtDef, Crate, DefId, DefKind, FnDef, TypeRefId};
use ferrum_span::{Diagnostic, Diagnostics};

pub fn collect_items(krate: &Crate, tcx: &TyCtxt, diags: &mut Diagnostics) -> ItemTables {
    let mut items = ItemTables::default();
    // Impl self types first: signatures inside impls refer to them as `Self`.
    for (def, d) in krate.defs.iter() {
        if let DefKind::Impl(imp) = &d.kind {
            let ty = lower(krate, tcx, &items, diags, imp.self_ty);
            items.impl_self_tys.insert(def, ty);
        }
    }
    for (def, d) in krate.defs.iter() {
        items.generic_counts.insert(def, generics::param_count(krate, def));
        match &d.kind {
            DefKind::Adt(adt) => {
                let info = collect_adt(krate, tcx, &items, diags, adt);
                add_ctor_sigs(krate, tcx, def, adt, &info, &mut items);
                items.adts.insert(def, info);
            }
            DefKind::Fn(f) => {
                let sig = collect_fn_sig(krate, tcx, &items, diags, f);
                items.fn_sigs.insert(def, sig);
            }
            DefKind::Const { ty, .. } | DefKind::Static { ty, .. } => {
                let ty = lower(krate, tcx, &items, diags, *ty);
                items.value_tys.insert(def, ty);
            }
            _ => {}
        }
    }
    items
}

fn lower(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, diags: &mut Diagnostics, ty: TypeRefId) -> crate::ty::Ty {
    TyLowerer { krate, tcx, items, diags, fresh: None }.lower(ty)
}

fn collect_fn_sig(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, diags: &mut Diagnostics, f: &FnDef) -> FnSig {
    let inputs = f.inputs.iter().map(|&t| lower(krate, tcx, items, diags, t)).collect();
    let output = lower(krate, tcx, items, diags, f.output);
    FnSig { inputs, output, is_unsafe: f.is_unsafe }
}

fn collect_adt(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, diags: &mut Diagnostics, adt: &AdtDef) -> AdtInfo {
    let mut next_discr: i128 = 0;
    let mut variants = Vec::new();
    for v in &adt.variants {
        let fields = v
            .fields
            .iter()
            .map(|f| FieldInfo { name: f.name, ty: lower(krate, tcx, items, diags, f.ty) })
            .collect();
        let discr = match v.discriminant {
            Some(body) => match crate::const_eval::eval_int(krate, body) {
                Some(d) => d,
                None => {
                    let b = &krate.bodies[body];
                    diags.push(
                        Diagnostic::error("unsupported: discriminant must be an integer constant expression")
                            .primary(b.exprs[b.value].span, "cannot evaluate"),
                    );
                    next_discr
                }
            },
            None => next_discr,
        };
        next_discr = discr.wrapping_add(1);
        variants.push(VariantInfo { name: v.name, def: v.def, fields, discr });
    }
    check_duplicate_discriminants(krate, adt, &variants, diags);
    AdtInfo { kind: adt.kind, variants, param_count: adt.generics.params.len() }
}

/// Tuple structs and tuple variants are also functions from their fields.
fn add_ctor_sigs(krate: &Crate, tcx: &TyCtxt, def: DefId, adt: &AdtDef, info: &AdtInfo, items: &mut ItemTables) {
    let substs = generics::identity_substs(tcx, krate, def);
    let output = tcx.mk_adt(def, substs.into());
    for (v, vi) in adt.variants.iter().zip(&info.variants) {
        if v.shape == ferrum_hir::hir::VariantShape::Tuple {
            let inputs = vi.fields.iter().map(|f| f.ty).collect();
            items.fn_sigs.insert(vi.def, FnSig { inputs, output, is_unsafe: false });
        }
    }
}

fn check_duplicate_discriminants(krate: &Crate, adt: &AdtDef, variants: &[VariantInfo], diags: &mut Diagnostics) {
    for (i, v) in variants.iter().enumerate() {
        if let Some(prev) = variants[..i].iter().position(|p| p.discr == v.discr) {
            let _ = krate;
            diags.push(
                Diagnostic::error("discriminant value assigned more than once")
                    .code("E0081")
                    .primary(adt.variants[i].span, format!("`{}` assigned here", v.discr))
                    .secondary(adt.variants[prev].span, format!("first assignment of `{}`", v.discr)),
            );
        }
    }
}

/// The def of the ADT a variant def or struct def belongs to, with the variant index.
pub fn variant_of(krate: &Crate, def: DefId) -> Option<(DefId, u32)> {
    match &krate.defs[def].kind {
        DefKind::Variant { adt, index } => Some((*adt, *index)),
        DefKind::Adt(_) => Some((def, 0)),
        _ => None,
    }
}
