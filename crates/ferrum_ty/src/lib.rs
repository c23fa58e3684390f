//! Type checking: HIR bodies to typed bodies.
//!
//! Input: a [`ferrum_hir::hir::Crate`].
//! Output: a [`TypedProgram`]: interned types ([`ty::TyCtxt`]), item
//! signatures ([`items::ItemTables`]), and for every body a
//! [`TypeckResults`] side table (type of every expression, pattern and
//! binding, path and method resolutions, adjustments), plus diagnostics.
//!
//! Invariants: after a body checks without errors, its results contain no
//! inference variables; every expression has a type (`Error` after an error).

mod check;
mod coherence;
mod collect;
pub mod const_eval;
pub mod display;
mod exhaustive;
pub mod generics;
pub mod impls;
pub mod infer;
pub mod items;
pub mod lower_ty;
mod marker_impls;
pub mod object;
mod opaque;
pub mod privacy;
pub mod program;
pub mod results;
pub mod traits;
pub mod ty;

pub use collect::variant_of;
pub use program::TypedProgram;
pub use results::{Adjust, Capture, CaptureMode, ClosureInfo, ClosureKind, ForLoop, TypeckResults, ValueRes};

use ferrum_hir::hir::{BodyId, Crate, DefId, DefKind};
use ferrum_span::Diagnostics;
use rustc_hash::{FxHashMap, FxHashSet};

/// Type-checks every body of the user's crate and the library bodies they
/// reach (transitively), so start-up cost doesn't grow with the library.
pub fn check_program(krate: Crate, diags: &mut Diagnostics) -> TypedProgram {
    let tcx = ty::TyCtxt::new();
    let items = collect::collect_items(&krate, &tcx, diags);
    coherence::check_inherent_impls(&krate, &tcx, &items, diags);
    let mut items = items;
    let impls = impls::ImplIndex::build(&krate, &tcx, &items);
    marker_impls::check_marker_impls(&krate, &tcx, &items, &impls, diags);
    let revealed = opaque::reveal_opaque_types(&krate, &tcx, &mut items, &impls, diags);
    let mut typeck = FxHashMap::default();
    let mut closures = traits::ClosureTable::default();
    let mut queued: FxHashSet<DefId> = FxHashSet::default();
    let mut worklist: Vec<DefId> = krate.defs.iter().filter(|(_, d)| !d.is_library).map(|(def, _)| def).collect();
    worklist.extend(implicitly_called(&krate, &tcx, &items, &impls));
    queued.extend(worklist.iter().copied());
    let mut revealed = revealed.into_iter();
    loop {
        // Bodies checked to reveal `impl Trait` types come first.
        let (def, body, results) = match revealed.next() {
            Some(done) => done,
            None => {
                let Some(def) = worklist.pop() else { break };
                if items.opaque_bounds.contains_key(&def) {
                    continue;
                }
                let Some((body, inputs, output)) = body_signature(&krate, &items, def) else { continue };
                (def, body, check::check_body(&krate, &tcx, &items, &impls, def, body, &inputs, output, diags))
            }
        };
        queued.insert(def);
        for reached in reached_defs(&results).into_iter().chain(overloaded_derefs(&krate, &results)) {
            for def in with_implementations(&krate, &impls, reached) {
                if queued.insert(def) {
                    worklist.push(def);
                }
            }
        }
        for (expr, info) in &results.closures {
            closures.insert((def, expr.into_raw().into_u32()), info.clone());
        }
        typeck.insert(body, results);
    }
    TypedProgram { krate, tcx, items, impls, typeck, closures }
}

/// The body of `def` with the types of its parameters and value, if it has one.
pub(crate) fn body_signature(
    krate: &Crate,
    items: &items::ItemTables,
    def: DefId,
) -> Option<(BodyId, Vec<ty::Ty>, ty::Ty)> {
    match &krate.defs[def].kind {
        DefKind::Fn(f) => {
            let sig = &items.fn_sigs[&def];
            Some((f.body?, sig.inputs.to_vec(), sig.output))
        }
        DefKind::Const { body: Some(body), .. } | DefKind::Static { body: Some(body), .. } => {
            Some((*body, Vec::new(), items.value_tys[&def]))
        }
        _ => None,
    }
}

/// Methods that generated code calls without naming them in a body: drop
/// glue runs `Drop::drop`, string patterns compare with `PartialEq::eq`,
/// autoderef adjustments call `Deref::deref` and `DerefMut::deref_mut`.
fn implicitly_called(
    krate: &Crate,
    tcx: &ty::TyCtxt,
    items: &items::ItemTables,
    impls: &impls::ImplIndex,
) -> Vec<DefId> {
    let mut out = Vec::new();
    for lang in ["drop", "eq"] {
        let Some(trait_) = krate.lang_item(lang) else { continue };
        for &imp in impls.trait_impls.get(&trait_).into_iter().flatten() {
            // String literal patterns need only `str`'s `PartialEq`.
            if lang == "eq" && items.impl_self_tys.get(&imp).map(|&t| tcx.kind(t)) != Some(ty::TyKind::Str) {
                continue;
            }
            if let DefKind::Impl(i) = &krate.defs[imp].kind {
                out.extend(i.items.iter().copied());
            }
        }
    }
    // Moving out of `*b` frees the box through this function.
    out.extend(krate.lang_item("box_free"));
    out
}

/// `def`, and if it is a trait item, every impl's item of the same name:
/// which one runs is only known once generic arguments are.
fn with_implementations(krate: &Crate, impls: &impls::ImplIndex, def: DefId) -> Vec<DefId> {
    let mut out = vec![def];
    let Some(parent) = krate.defs[def].parent else { return out };
    if !matches!(krate.defs[parent].kind, DefKind::Trait(_)) {
        return out;
    }
    let name = krate.defs[def].name;
    for &imp in impls.trait_impls.get(&parent).into_iter().flatten() {
        out.extend(impls::assoc_item(krate, imp, name));
    }
    out
}

/// Items a checked body refers to: their bodies are needed too.
fn reached_defs(results: &TypeckResults) -> Vec<DefId> {
    let mut defs: Vec<DefId> = results
        .value_res
        .values()
        .filter_map(|res| match res {
            ValueRes::Fn(def, _) | ValueRes::Const(def, _) | ValueRes::Static(def) => Some(*def),
            _ => None,
        })
        .collect();
    defs.extend(results.for_loops.values().flat_map(|f| [f.into_iter, f.next]));
    defs
}

/// `Deref::deref`/`DerefMut::deref_mut` when the body derefs a library type
/// implicitly (autoderef), which no path or method call names.
fn overloaded_derefs(krate: &Crate, results: &TypeckResults) -> Vec<DefId> {
    let uses = |m| {
        results
            .adjustments
            .values()
            .flatten()
            .any(|a| matches!(a, Adjust::OverloadedDeref { mutbl, .. } if *mutbl == m))
    };
    let mut out = Vec::new();
    for (lang, name, m) in [
        ("deref", "deref", ferrum_hir::hir::Mutability::Not),
        ("deref_mut", "deref_mut", ferrum_hir::hir::Mutability::Mut),
    ] {
        if !uses(m) {
            continue;
        }
        if let Some(method) =
            krate.lang_item(lang).and_then(|t| impls::assoc_item(krate, t, ferrum_span::Symbol::intern(name)))
        {
            out.push(method);
        }
    }
    out
}
