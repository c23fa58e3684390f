//! Monomorphic questions, asked by backends once all generic arguments are
//! concrete: which function a trait method call runs, and what an
//! associated type is.

use super::{SelectCx, Selection};
use crate::impls::assoc_item;
use crate::infer::InferCtxt;
use crate::items::TraitRef;
use crate::program::TypedProgram;
use crate::ty::{Substs, Ty, TyKind};
use ferrum_hir::hir::{DefId, DefKind};

/// The trait that declares `def`, if `def` is a trait item.
fn trait_of(program: &TypedProgram, def: DefId) -> Option<DefId> {
    let parent = program.krate.defs[def].parent?;
    matches!(program.krate.defs[parent].kind, DefKind::Trait(_)).then_some(parent)
}

/// Selects the impl for a fully concrete `goal`, with its generic arguments.
pub fn select_concrete(program: &TypedProgram, goal: &TraitRef) -> Option<(DefId, Vec<Ty>)> {
    let cx =
        SelectCx { krate: &program.krate, tcx: &program.tcx, items: &program.items, impls: &program.impls, env: &[] };
    let mut infcx = InferCtxt::new(&program.tcx);
    match cx.select(&mut infcx, goal) {
        Selection::Impl { impl_def, substs } => Some((impl_def, substs.iter().map(|&t| infcx.resolve(t)).collect())),
        _ => None,
    }
}

/// See [`TypedProgram::resolve_instance`]: a call of trait method `def`
/// becomes the implementing impl's method, or the trait's default body.
/// Calls through `dyn Trait` stay on the trait method (dispatched by vtable).
pub fn resolve_instance(program: &TypedProgram, def: DefId, substs: &[Ty]) -> (DefId, Substs) {
    let Some(trait_) = trait_of(program, def) else { return (def, substs.into()) };
    let trait_count = crate::generics::param_count(&program.krate, trait_);
    if substs.len() < trait_count {
        return (def, substs.into());
    }
    let goal = TraitRef { trait_, substs: substs[..trait_count].into() };
    if matches!(program.tcx.kind(goal.self_ty()), TyKind::Dynamic { .. }) {
        return (def, substs.into());
    }
    let Some((impl_def, impl_substs)) = select_concrete(program, &goal) else { return (def, substs.into()) };
    match assoc_item(&program.krate, impl_def, program.krate.defs[def].name) {
        Some(item) => {
            let mut all = impl_substs;
            all.extend_from_slice(&substs[trait_count..]);
            (item, all.into())
        }
        None => (def, substs.into()),
    }
}

/// Replaces associated-type projections with concrete self types by the
/// types their impls give them.
pub fn normalize_concrete(program: &TypedProgram, ty: Ty) -> Ty {
    let tcx = &program.tcx;
    tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
        TyKind::Projection { trait_, substs, name } => {
            let substs: Substs = substs.iter().map(|&s| normalize_concrete(program, s)).collect();
            let goal = TraitRef { trait_, substs };
            let (impl_def, impl_substs) = select_concrete(program, &goal)?;
            let assoc = *program.items.impl_assoc_tys.get(&(impl_def, name))?;
            Some(normalize_concrete(program, tcx.subst(assoc, &impl_substs)))
        }
        _ => None,
    })
}
