//! E0204: an `impl Copy` (written or derived) for a struct or enum with a
//! field whose type is not `Copy` under the impl's where-clauses.

use crate::impls::ImplIndex;
use crate::infer::InferCtxt;
use crate::items::{ItemTables, TraitRef};
use crate::traits::{param_env, ClosureTable, SelectCx, Selection};
use crate::ty::{TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId, DefKind};
use ferrum_span::{Diagnostic, Diagnostics, Span};

/// Checks every `Copy` impl of the user's crate.
pub fn check_copy_impls(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, impls: &ImplIndex, diags: &mut Diagnostics) {
    let Some(copy) = krate.lang_item("copy") else { return };
    let Some(list) = impls.trait_impls.get(&copy) else { return };
    for &imp in list {
        if krate.defs[imp].is_library {
            continue;
        }
        let fields = non_copy_fields(krate, tcx, items, impls, imp, copy);
        if fields.is_empty() {
            continue;
        }
        diags.push(copy_error(krate, imp, &fields));
    }
}

/// Spans of the fields of the impl's self type that are not `Copy`.
fn non_copy_fields(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    impls: &ImplIndex,
    imp: DefId,
    copy: DefId,
) -> Vec<Span> {
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
            let goal = TraitRef { trait_: copy, substs: vec![ty].into() };
            let mut infcx = InferCtxt::new(tcx);
            if matches!(cx.select(&mut infcx, &goal), Selection::Unimplemented) {
                out.push(hf.span);
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
