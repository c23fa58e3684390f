//! Computes [`ItemTables`] from HIR item signatures.

use crate::generics;
use crate::items::{AdtInfo, FieldInfo, ItemTables, VariantInfo};
use crate::lower_ty::TyLowerer;
use crate::ty::{FnSig, TyCtxt};
use ferrum_hir::hir::{AdtDef, Crate, DefId, DefKind, FnDef, TypeRefId};
use ferrum_span::{Diagnostic, Diagnostics};

pub fn collect_items(krate: &Crate, tcx: &TyCtxt, diags: &mut Diagnostics) -> ItemTables {
    let mut items = ItemTables::default();
    // Impl headers first: signatures inside impls refer to `Self` and to
    // the impl's associated types.
    for (def, d) in krate.defs.iter() {
        if let DefKind::Impl(imp) = &d.kind {
            let ty = lower(krate, tcx, &items, diags, def, imp.self_ty);
            items.impl_self_tys.insert(def, ty);
        }
    }
    for (def, d) in krate.defs.iter() {
        if let DefKind::Impl(imp) = &d.kind {
            let Some(bound) = &imp.trait_ else { continue };
            let self_ty = items.impl_self_tys[&def];
            let pred = lowerer(krate, tcx, &items, diags, def).lower_trait_bound(bound, self_ty);
            if let Some(pred) = pred {
                items.impl_trait_refs.insert(def, pred.trait_ref);
            }
        }
    }
    collect_supertraits(krate, tcx, &mut items, diags);
    collect_assoc_tys(krate, tcx, &mut items, diags);
    collect_predicates(krate, tcx, &mut items, diags);
    collect_assoc_ty_bounds(krate, tcx, &mut items, diags);
    for (def, d) in krate.defs.iter() {
        items.generic_counts.insert(def, generics::param_count(krate, def));
        match &d.kind {
            DefKind::Adt(adt) => {
                let info = collect_adt(krate, tcx, &items, diags, def, adt);
                add_ctor_sigs(krate, tcx, def, adt, &info, &mut items);
                items.adts.insert(def, info);
            }
            DefKind::Fn(f) => {
                let (sig, opaque_bounds) = collect_fn_sig(krate, tcx, &items, diags, def, f);
                items.fn_sigs.insert(def, sig);
                if !opaque_bounds.is_empty() {
                    items.opaque_bounds.insert(def, opaque_bounds);
                }
            }
            DefKind::Const { ty, .. } | DefKind::Static { ty, .. } => {
                let ty = lower(krate, tcx, &items, diags, def, *ty);
                items.value_tys.insert(def, ty);
            }
            _ => {}
        }
    }
    items
}

fn lowerer<'a>(
    krate: &'a Crate,
    tcx: &'a TyCtxt,
    items: &'a ItemTables,
    diags: &'a mut Diagnostics,
    owner: DefId,
) -> TyLowerer<'a> {
    TyLowerer { krate, tcx, items, diags, fresh: None, owner: Some(owner), opaque: None }
}

fn lower(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    diags: &mut Diagnostics,
    owner: DefId,
    ty: TypeRefId,
) -> crate::ty::Ty {
    lowerer(krate, tcx, items, diags, owner).lower(ty)
}

/// `type Item = T;` in trait impls.
fn collect_assoc_tys(krate: &Crate, tcx: &TyCtxt, items: &mut ItemTables, diags: &mut Diagnostics) {
    let mut found = Vec::new();
    for (def, d) in krate.defs.iter() {
        let DefKind::Impl(imp) = &d.kind else { continue };
        if imp.trait_.is_none() {
            continue;
        }
        for &item in &imp.items {
            if let DefKind::TypeAlias { ty: Some(ty), .. } = &krate.defs[item].kind {
                let lowered = lower(krate, tcx, items, diags, item, *ty);
                found.push(((def, krate.defs[item].name), lowered));
            }
        }
    }
    items.impl_assoc_tys.extend(found);
}

/// Where-clauses of every generic item.
fn collect_predicates(krate: &Crate, tcx: &TyCtxt, items: &mut ItemTables, diags: &mut Diagnostics) {
    let mut predicates = Vec::new();
    for (def, _) in krate.defs.iter() {
        if let Some(g) = generics::own_generics(krate, def) {
            let mut preds = Vec::new();
            for p in &g.predicates {
                if p.bound.maybe {
                    continue;
                }
                let mut lw = lowerer(krate, tcx, items, diags, def);
                let self_ty = lw.lower(p.ty);
                if let Some(pred) = lw.lower_trait_bound(&p.bound, self_ty) {
                    preds.push(pred);
                }
            }
            if !preds.is_empty() {
                predicates.push((def, preds));
            }
        }
    }
    items.predicates.extend(predicates);
}

/// `type Name: Bound;` in traits: a predicate on `<Self as Trait>::Name`.
fn collect_assoc_ty_bounds(krate: &Crate, tcx: &TyCtxt, items: &mut ItemTables, diags: &mut Diagnostics) {
    let mut found = Vec::new();
    for (def, d) in krate.defs.iter() {
        let DefKind::Trait(t) = &d.kind else { continue };
        let substs: crate::ty::Substs = generics::identity_substs(tcx, krate, def).into();
        let mut preds = Vec::new();
        for &item in &t.items {
            let DefKind::TypeAlias { bounds, .. } = &krate.defs[item].kind else { continue };
            let name = krate.defs[item].name;
            let projection = tcx.intern(crate::ty::TyKind::Projection { trait_: def, substs: substs.clone(), name });
            for b in bounds.iter().filter(|b| !b.maybe) {
                if let Some(pred) = lowerer(krate, tcx, items, diags, item).lower_trait_bound(b, projection) {
                    preds.push(pred);
                }
            }
        }
        if !preds.is_empty() {
            found.push((def, preds));
        }
    }
    items.assoc_ty_bounds.extend(found);
}

/// Supertraits of every trait (needed before anything names an associated
/// type a supertrait declares), and the index of trait items by name.
fn collect_supertraits(krate: &Crate, tcx: &TyCtxt, items: &mut ItemTables, diags: &mut Diagnostics) {
    let mut supertraits = Vec::new();
    for (def, d) in krate.defs.iter() {
        if let DefKind::Trait(t) = &d.kind {
            let self_ty = tcx.intern(crate::ty::TyKind::Param { index: 0, name: ferrum_span::Symbol::intern("Self") });
            let preds: Vec<_> = t
                .supertraits
                .iter()
                .filter(|b| !b.maybe)
                .filter_map(|b| lowerer(krate, tcx, items, diags, def).lower_trait_bound(b, self_ty))
                .collect();
            let assoc = preds.iter().map(|p| p.assoc.clone()).collect();
            supertraits.push((def, preds.into_iter().map(|p| p.trait_ref).collect(), assoc));
            for &item in &t.items {
                if matches!(krate.defs[item].kind, DefKind::Fn(_) | DefKind::Const { .. }) {
                    items.traits_with_item.entry(krate.defs[item].name).or_default().push(def);
                }
            }
        }
    }
    for (def, supers, assoc) in supertraits {
        items.supertraits.insert(def, supers);
        items.supertrait_assoc.insert(def, assoc);
    }
}

fn collect_fn_sig(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    diags: &mut Diagnostics,
    def: DefId,
    f: &FnDef,
) -> (FnSig, Vec<Vec<crate::items::TraitPredicate>>) {
    let inputs = f.inputs.iter().map(|&t| lower(krate, tcx, items, diags, def, t)).collect();
    let mut output_lowerer = lowerer(krate, tcx, items, diags, def);
    // `impl Trait` returned by trait methods (and their impls) is not
    // supported yet: it stays an error naming the feature.
    let in_trait = krate.defs[def].parent.is_some_and(|p| match &krate.defs[p].kind {
        DefKind::Trait(_) => true,
        DefKind::Impl(imp) => imp.trait_.is_some(),
        _ => false,
    });
    if !in_trait {
        output_lowerer.opaque = Some((def, Vec::new()));
    }
    let output = output_lowerer.lower(f.output);
    let opaque_bounds = output_lowerer.opaque.map(|(_, b)| b).unwrap_or_default();
    (FnSig { inputs, output, is_unsafe: f.is_unsafe }, opaque_bounds)
}

fn collect_adt(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    diags: &mut Diagnostics,
    def: DefId,
    adt: &AdtDef,
) -> AdtInfo {
    let mut next_discr: i128 = 0;
    let mut variants = Vec::new();
    for v in &adt.variants {
        let fields = v
            .fields
            .iter()
            .map(|f| FieldInfo { name: f.name, ty: lower(krate, tcx, items, diags, def, f.ty) })
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
    if let Some(span) = adt.repr.packed {
        diags
            .push(Diagnostic::error("unsupported: `#[repr(packed)]` layouts").primary(span, "not supported by ferrum"));
    }
    AdtInfo { kind: adt.kind, variants, param_count: adt.generics.params.len(), repr: adt.repr }
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
