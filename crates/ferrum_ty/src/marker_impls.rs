//! Marker-trait impls whose fields must implement the trait too: E0204 for
//! an `impl Copy` (written or derived) with a field that is not `Copy`, and
//! E0277 for a derived `Eq` with a field that is not `Eq` (rustc checks the
//! latter through the hidden `AssertParamIsEq` in the derived impl), and
//! for a derived `Clone` that copies.

use crate::impls::ImplIndex;
use crate::infer::InferCtxt;
use crate::items::{ItemTables, TraitRef};
use crate::traits::{param_env, ClosureTable, SelectCx, Selection};
use crate::ty::{Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId, DefKind};
use ferrum_span::{Diagnostic, Diagnostics, Span};

/// Checks every `Copy` impl and derived `Eq` and `Clone` impl of the
/// user's crate.
pub fn check_marker_impls(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, impls: &ImplIndex, diags: &mut Diagnostics) {
    if let Some(copy) = krate.lang_item("copy") {
        for imp in user_impls(krate, impls, copy) {
            let fields = missing_fields(krate, tcx, items, impls, imp, copy);
            if !fields.is_empty() {
                diags.push(copy_error(krate, imp, &fields));
            }
        }
    }
    if let Some(eq) = library_trait(krate, impls, "Eq") {
        for imp in user_impls(krate, impls, eq).filter(|i| krate.derived_impls.contains_key(i)) {
            assert_fields(krate, tcx, items, impls, imp, eq, diags);
        }
    }
    // A derived `Clone` of a type that also derives `Copy` (and has no type
    // parameters) copies `*self`; rustc still requires `Clone` fields.
    if let (Some(clone), Some(copy)) = (krate.lang_item("clone"), krate.lang_item("copy")) {
        let derived = |i: &DefId| krate.derived_impls.contains_key(i);
        let copied: Vec<DefId> =
            user_impls(krate, impls, copy).filter(derived).filter_map(|i| self_adt(tcx, items, i)).collect();
        for imp in user_impls(krate, impls, clone).filter(derived) {
            let Some(adt) = self_adt(tcx, items, imp) else { continue };
            if copied.contains(&adt) && items.adts.get(&adt).is_some_and(|a| a.param_count == 0) {
                assert_fields(krate, tcx, items, impls, imp, clone, diags);
            }
        }
    }
}

/// E0277 on every field of a derived impl's type that doesn't implement
/// `trait_` (rustc's `AssertParamIsEq`/`AssertParamIsClone`).
fn assert_fields(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    impls: &ImplIndex,
    imp: DefId,
    trait_: DefId,
    diags: &mut Diagnostics,
) {
    let name = krate.defs[trait_].name;
    for (span, ty) in missing_field_tys(krate, tcx, items, impls, imp, trait_) {
        let ty = crate::display::ty_to_string(tcx, krate, ty);
        diags.push(
            Diagnostic::error(format!("the trait bound `{ty}: {name}` is not satisfied"))
                .code("E0277")
                .primary(span, format!("the trait `{name}` is not implemented for `{ty}`"))
                .secondary(krate.defs[imp].span, "in this derive macro expansion"),
        );
    }
}

fn self_adt(tcx: &TyCtxt, items: &ItemTables, imp: DefId) -> Option<DefId> {
    match tcx.kind(*items.impl_self_tys.get(&imp)?) {
        TyKind::Adt(adt, _) => Some(adt),
        _ => None,
    }
}

fn user_impls<'a>(krate: &'a Crate, impls: &'a ImplIndex, trait_: DefId) -> impl Iterator<Item = DefId> + 'a {
    let list = impls.trait_impls.get(&trait_).map_or(&[][..], |l| l.as_slice());
    list.iter().copied().filter(|&i| !krate.defs[i].is_library)
}

/// The library trait named `name` that has impls (`Eq` is no lang item).
fn library_trait(krate: &Crate, impls: &ImplIndex, name: &str) -> Option<DefId> {
    impls
        .trait_impls
        .keys()
        .copied()
        .find(|&t| krate.defs[t].is_library && krate.defs[t].name.as_str() == name && krate.lang_item("eq") != Some(t))
}

fn missing_fields(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    impls: &ImplIndex,
    imp: DefId,
    trait_: DefId,
) -> Vec<Span> {
    missing_field_tys(krate, tcx, items, impls, imp, trait_).into_iter().map(|(s, _)| s).collect()
}

/// Spans and types of the fields of the impl's self type that don't
/// implement `trait_`.
fn missing_field_tys(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    impls: &ImplIndex,
    imp: DefId,
    trait_: DefId,
) -> Vec<(Span, Ty)> {
    let Some(&self_ty) = items.impl_self_tys.get(&imp) else { return Vec::new() };
    let TyKind::Adt(adt, substs) = tcx.kind(self_ty) else { return Vec::new() };
    let (Some(info), DefKind::Adt(def)) = (items.adts.get(&adt), &krate.defs[adt].kind) else { return Vec::new() };
    let env = param_env(krate, tcx, items, imp);
    // Field types name no closure types, so no closure is needed to decide.
    let closures = ClosureTable::default();
    let cx = SelectCx { krate, tcx, items, impls, env: &env, closures: &closures };
    let mut out = Vec::new();
    for (v, hv) in info.variants.iter().zip(&def.variants) {
        for (f, hf) in v.fields.iter().zip(&hv.fields) {
            let ty = tcx.subst(f.ty, &substs);
            let goal = TraitRef { trait_, substs: vec![ty].into() };
            let mut infcx = InferCtxt::new(tcx);
            if matches!(cx.select(&mut infcx, &goal), Selection::Unimplemented) {
                out.push((hf.span, ty));
            }
        }
    }
    out
}

/// rustc's error: on the type's name for a derived impl (with the derive
/// as a secondary label), on the impl's self type for a written one.
fn copy_error(krate: &Crate, imp: DefId, fields: &[Span]) -> Diagnostic {
    let DefKind::Impl(i) = &krate.defs[imp].kind else { unreachable!("only impls are checked") };
    let mut d = Diagnostic::error("the trait `Copy` cannot be implemented for this type").code("E0204");
    d = match krate.derived_impls.get(&imp) {
        Some(&name) => d.primary(name, "").secondary(krate.defs[imp].span, "in this derive macro expansion"),
        None => d.primary(krate.types[i.self_ty].span, ""),
    };
    for &f in fields {
        d = d.secondary(f, "this field does not implement `Copy`");
    }
    d
}
