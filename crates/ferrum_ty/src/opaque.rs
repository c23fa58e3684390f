//! `impl Trait` in return position.
//!
//! A function's `impl Trait` return type is lowered to a
//! [`TyKind::Opaque`]; checking the function's body finds the hidden type
//! (an inference variable bounded by the `impl` bounds). Those bodies are
//! checked before any other, and the hidden types then replace the opaque
//! types in the signatures, so callers see (and monomorphisation uses) the
//! concrete type. Unlike rustc, callers are not prevented from relying on
//! more than the bounds promise.

use crate::check;
use crate::impls::ImplIndex;
use crate::items::ItemTables;
use crate::results::TypeckResults;
use crate::ty::{Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{BodyId, Crate, DefId};
use ferrum_span::Diagnostics;

/// Checks every function returning `impl Trait` (callees first, by
/// retrying those whose bodies need a hidden type not known yet) and
/// rewrites their signatures; returns their typeck results.
pub fn reveal_opaque_types(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &mut ItemTables,
    impls: &ImplIndex,
    diags: &mut Diagnostics,
) -> Vec<(DefId, BodyId, TypeckResults)> {
    let mut pending: Vec<DefId> = items.opaque_bounds.keys().copied().collect();
    pending.sort_by_key(|d| d.into_raw().into_u32());
    let mut done = Vec::new();
    loop {
        let before = pending.len();
        let mut blocked = Vec::new();
        for def in pending {
            let mut scratch = Diagnostics::default();
            match check_opaque_fn(krate, tcx, items, impls, def, &mut scratch) {
                Some((body, results)) if !scratch.has_errors() && is_revealed(tcx, &results.opaque_hidden) => {
                    diags.extend(scratch);
                    reveal(tcx, items, def, &results);
                    done.push((def, body, results));
                }
                _ => blocked.push(def),
            }
        }
        pending = blocked;
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    // What is left has errors of its own (or needs itself): report them.
    for def in pending {
        if let Some((body, results)) = check_opaque_fn(krate, tcx, items, impls, def, diags) {
            reveal(tcx, items, def, &results);
            done.push((def, body, results));
        }
    }
    done
}

fn check_opaque_fn(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    impls: &ImplIndex,
    def: DefId,
    diags: &mut Diagnostics,
) -> Option<(BodyId, TypeckResults)> {
    let (body, inputs, output) = crate::body_signature(krate, items, def)?;
    Some((body, check::check_body(krate, tcx, items, impls, def, body, &inputs, output, diags)))
}

fn is_revealed(tcx: &TyCtxt, hidden: &[Ty]) -> bool {
    hidden.iter().all(|&h| {
        let mut ok = true;
        tcx.walk(h, &mut |t| ok &= !matches!(tcx.kind(t), TyKind::Opaque { .. } | TyKind::Error));
        ok
    })
}

/// Replaces `def`'s opaque types in its signature by their hidden types.
fn reveal(tcx: &TyCtxt, items: &mut ItemTables, def: DefId, results: &TypeckResults) {
    for (expr, info) in &results.closures {
        items.opaque_closures.insert((def, expr.into_raw().into_u32()), info.clone());
    }
    let hidden = &results.opaque_hidden;
    let Some(sig) = items.fn_sigs.get_mut(&def) else { return };
    sig.output = tcx.fold(sig.output, &mut |tcx, t| match tcx.kind(t) {
        TyKind::Opaque { def: d, index, .. } if d == def => {
            Some(hidden.get(index as usize).copied().unwrap_or_else(|| tcx.error()))
        }
        _ => None,
    });
}
