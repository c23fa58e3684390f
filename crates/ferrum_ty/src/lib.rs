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
mod impl_items;
pub mod impls;
pub mod infer;
pub mod items;
pub mod lower_ty;
mod marker_impls;
pub mod object;
mod opaque;
pub mod privacy;
pub mod program;
mod reach;
pub mod results;
pub mod traits;
pub mod ty;

pub use collect::variant_of;
pub use program::TypedProgram;
pub use results::{Adjust, Capture, CaptureMode, ClosureInfo, ClosureKind, ForLoop, TypeckResults, ValueRes};

use ferrum_hir::hir::{BodyId, Crate, DefId, DefKind};
use ferrum_hir::LazyBodies;
use ferrum_span::Diagnostics;
use rustc_hash::FxHashMap;

/// Type-checks every body of the user's crate and the library bodies they
/// reach (transitively), so start-up cost doesn't grow with the library.
pub fn check_program(krate: Crate, diags: &mut Diagnostics) -> TypedProgram {
    check_program_with(krate, diags, false)
}

/// [`check_program`]; with `whole_library`, every library body is checked
/// too, reached or not (tests use this so errors in the library can't
/// hide behind lazy checking).
pub fn check_program_with(krate: Crate, diags: &mut Diagnostics, whole_library: bool) -> TypedProgram {
    check_program_lazy(krate, diags, whole_library, None)
}

/// [`check_program_with`] over a crate whose library bodies `lazy` lowers
/// when they are first needed.
pub fn check_program_lazy(
    mut krate: Crate,
    diags: &mut Diagnostics,
    whole_library: bool,
    mut lazy: Option<&mut LazyBodies<'_>>,
) -> TypedProgram {
    let mut lower = |krate: &mut Crate, def: DefId, diags: &mut Diagnostics| {
        if let Some(lazy) = lazy.as_deref_mut() {
            lazy.lower(krate, def, diags);
        }
    };
    let tcx = ty::TyCtxt::new();
    let items = collect::collect_items(&krate, &tcx, diags);
    coherence::check_inherent_impls(&krate, &tcx, &items, diags);
    coherence::check_duplicate_inherent_items(&krate, &tcx, &items, diags);
    impl_items::check_trait_impls(&krate, &tcx, &items, diags);
    let mut items = items;
    let impls = impls::ImplIndex::build(&krate, &tcx, &items);
    marker_impls::check_marker_impls(&krate, &tcx, &items, &impls, diags);
    let mut opaque_fns: Vec<DefId> = items.opaque_bounds.keys().copied().collect();
    opaque_fns.sort_by_key(|d| d.into_raw().into_u32());
    opaque_fns.into_iter().for_each(|def| lower(&mut krate, def, diags));
    let revealed = opaque::reveal_opaque_types(&krate, &tcx, &mut items, &impls, diags);
    let mut typeck = FxHashMap::default();
    let mut closures = traits::ClosureTable::default();
    let mut reach = reach::Reach::new(&tcx, &items, &impls);
    for (def, d) in krate.defs.iter() {
        if whole_library || !d.is_library {
            reach.reach(&krate, def);
        }
    }
    implicitly_called(&krate, &tcx, &items, &impls, &mut reach);
    let mut revealed = revealed.into_iter();
    loop {
        // Bodies checked to reveal `impl Trait` types come first.
        let (def, body, results) = match revealed.next() {
            Some(done) => done,
            None => {
                let Some(def) = reach.worklist.pop() else { break };
                if items.opaque_bounds.contains_key(&def) {
                    continue;
                }
                lower(&mut krate, def, diags);
                let Some((body, inputs, output)) = body_signature(&krate, &items, def) else { continue };
                (def, body, check::check_body(&krate, &tcx, &items, &impls, def, body, &inputs, output, diags))
            }
        };
        reach.mark_checked(def);
        reach.note_body(&krate, &results);
        for def in overloaded_derefs(&krate, &results) {
            reach.reach(&krate, def);
        }
        for (expr, info) in &results.closures {
            closures.insert((def, expr.into_raw().into_u32()), info.clone());
        }
        typeck.insert(body, results);
    }
    drop(reach);
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
    reach: &mut reach::Reach,
) {
    for lang in ["drop", "eq"] {
        let Some(trait_) = krate.lang_item(lang) else { continue };
        for &imp in impls.trait_impls.get(&trait_).into_iter().flatten() {
            // String literal patterns need only `impl PartialEq<str> for str`.
            if lang == "eq" && !is_str_eq_str(tcx, items, imp) {
                continue;
            }
            if let DefKind::Impl(i) = &krate.defs[imp].kind {
                i.items.iter().for_each(|&item| reach.reach_impl_item(imp, item));
            }
        }
    }
    // Moving out of `*b` frees the box through this function.
    krate.lang_item("box_free").into_iter().for_each(|def| reach.reach(krate, def));
    // A `main` returning a `Result` runs through the library's entry.
    if main_returns_value(krate, tcx, items) {
        krate.lang_item("start").into_iter().for_each(|def| reach.reach(krate, def));
    }
}

/// Whether trait impl `imp` is `impl PartialEq<str> for str`.
fn is_str_eq_str(tcx: &ty::TyCtxt, items: &items::ItemTables, imp: DefId) -> bool {
    let Some(trait_ref) = items.impl_trait_refs.get(&imp) else { return false };
    trait_ref.substs.iter().all(|&t| tcx.kind(t) == ty::TyKind::Str)
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

/// Whether the user's `main` returns something other than `()`.
pub fn main_returns_value(krate: &Crate, tcx: &ty::TyCtxt, items: &items::ItemTables) -> bool {
    krate.defs.iter().any(|(def, d)| {
        !d.is_library
            && d.name.as_str() == "main"
            && d.parent.is_some_and(|p| krate.defs[p].parent.is_none())
            && items.fn_sigs.get(&def).is_some_and(|sig| !tcx.is_unit(sig.output))
    })
}
