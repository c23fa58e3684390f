//! Coherence of inherent impls: only the crate that defines a type may give
//! it inherent methods. Primitive types (integers, raw pointers, slices,
//! `str`, ...) are defined by the standard library, which is the only place
//! allowed to write `impl<T> *const T { ... }` or `impl u8 { ... }`.

use crate::items::ItemTables;
use crate::ty::{TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefKind};
use ferrum_span::{Diagnostic, Diagnostics};

/// Reports user inherent impls on primitive types (E0390) and on types the
/// library defines (E0116).
pub fn check_inherent_impls(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, diags: &mut Diagnostics) {
    for (def, d) in krate.defs.iter() {
        let DefKind::Impl(imp) = &d.kind else { continue };
        if imp.trait_.is_some() || d.is_library {
            continue;
        }
        let Some(&self_ty) = items.impl_self_tys.get(&def) else { continue };
        // rustc points at the header, `impl<T> *const T`.
        let header = d.span.shrink_to_lo().to(krate.types[imp.self_ty].span);
        let foreign = match tcx.kind(self_ty) {
            TyKind::Error | TyKind::Param { .. } => continue,
            TyKind::Adt(adt, _) => krate.defs[adt].is_library,
            TyKind::Dynamic { trait_, .. } => krate.defs[trait_].is_library,
            _ => {
                diags.push(
                    Diagnostic::error("cannot define inherent `impl` for primitive types")
                        .code("E0390")
                        .primary(header, "")
                        .help("consider using an extension trait instead"),
                );
                continue;
            }
        };
        if foreign {
            diags.push(
                Diagnostic::error(
                    "cannot define inherent `impl` for a type outside of the crate where the type is defined",
                )
                .code("E0116")
                .primary(header, "impl for type defined outside of crate")
                .note("define and implement a trait or new type instead"),
            );
        }
    }
}

/// Reports an associated function defined in two inherent impls of the
/// same type (E0592), as rustc does when the impls' self types can overlap
/// (`impl Foo<i32>` and `impl Foo<u8>` may both define `f`).
pub fn check_duplicate_inherent_items(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, diags: &mut Diagnostics) {
    let mut user_impls: Vec<(ferrum_hir::hir::DefId, crate::ty::Ty)> = Vec::new();
    for (def, d) in krate.defs.iter() {
        let DefKind::Impl(imp) = &d.kind else { continue };
        if imp.trait_.is_some() || d.is_library {
            continue;
        }
        if let Some(&self_ty) = items.impl_self_tys.get(&def) {
            user_impls.push((def, self_ty));
        }
    }
    for (i, &(first, first_ty)) in user_impls.iter().enumerate() {
        for &(second, second_ty) in &user_impls[i + 1..] {
            if !could_overlap(tcx, first_ty, second_ty) {
                continue;
            }
            let (DefKind::Impl(a), DefKind::Impl(b)) = (&krate.defs[first].kind, &krate.defs[second].kind) else {
                continue;
            };
            for &later in &b.items {
                let name = krate.defs[later].name;
                let Some(&earlier) = a.items.iter().find(|&&e| krate.defs[e].name == name) else { continue };
                diags.push(
                    Diagnostic::error(format!("duplicate definitions with name `{name}`"))
                        .code("E0592")
                        .primary(krate.defs[earlier].span, format!("duplicate definitions for `{name}`"))
                        .secondary(krate.defs[later].span, format!("other definition for `{name}`")),
                );
            }
        }
    }
}

/// Whether some instantiation of the two impl self types is the same type:
/// a generic parameter stands for anything.
fn could_overlap(tcx: &TyCtxt, a: crate::ty::Ty, b: crate::ty::Ty) -> bool {
    let (ka, kb) = (tcx.kind(a), tcx.kind(b));
    let lists = |x: &[crate::ty::Ty], y: &[crate::ty::Ty]| {
        x.len() == y.len() && x.iter().zip(y).all(|(&p, &q)| could_overlap(tcx, p, q))
    };
    match (&ka, &kb) {
        (TyKind::Param { .. }, _) | (_, TyKind::Param { .. }) => true,
        (TyKind::Adt(d1, s1), TyKind::Adt(d2, s2)) => d1 == d2 && lists(s1, s2),
        (TyKind::Ref(x, m1), TyKind::Ref(y, m2)) | (TyKind::RawPtr(x, m1), TyKind::RawPtr(y, m2)) => {
            m1 == m2 && could_overlap(tcx, *x, *y)
        }
        (TyKind::Tuple(x), TyKind::Tuple(y)) => lists(x, y),
        (TyKind::Array(x, n), TyKind::Array(y, m)) => could_overlap(tcx, *x, *y) && could_overlap(tcx, *n, *m),
        (TyKind::Slice(x), TyKind::Slice(y)) => could_overlap(tcx, *x, *y),
        _ => a == b,
    }
}
