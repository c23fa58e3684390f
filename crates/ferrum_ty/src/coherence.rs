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
