//! Parameter environments: the where-clauses that hold inside an item.

use crate::items::{ItemTables, TraitPredicate, TraitRef};
use crate::ty::TyCtxt;
use ferrum_hir::hir::{Crate, DefId, DefKind};

/// Every predicate that holds inside `def`: its own where-clauses, its
/// parents' (impl, trait), `Self: Trait` inside a trait, and the
/// supertraits of all of those.
pub fn param_env(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, def: DefId) -> Vec<TraitPredicate> {
    let mut env = Vec::new();
    let mut current = Some(def);
    while let Some(d) = current {
        if let Some(preds) = items.predicates.get(&d) {
            env.extend(preds.iter().cloned());
        }
        if let DefKind::Trait(_) = krate.defs[d].kind {
            let substs = crate::generics::identity_substs(tcx, krate, d);
            env.push(TraitPredicate { trait_ref: TraitRef { trait_: d, substs: substs.into() }, assoc: Vec::new() });
        }
        current = match krate.defs[d].kind {
            DefKind::Fn(_) | DefKind::Const { .. } | DefKind::TypeAlias { .. } => krate.defs[d].parent,
            _ => None,
        };
    }
    elaborate(tcx, items, env)
}

/// Adds the supertraits of every predicate, transitively.
fn elaborate(tcx: &TyCtxt, items: &ItemTables, mut env: Vec<TraitPredicate>) -> Vec<TraitPredicate> {
    let mut i = 0;
    while i < env.len() && env.len() < 256 {
        let tr = env[i].trait_ref.clone();
        for sup in items.supertraits.get(&tr.trait_).into_iter().flatten() {
            let substs: crate::ty::Substs = sup.substs.iter().map(|&t| tcx.subst(t, &tr.substs)).collect();
            let sup = TraitRef { trait_: sup.trait_, substs };
            if !env.iter().any(|p| p.trait_ref == sup) {
                env.push(TraitPredicate { trait_ref: sup, assoc: Vec::new() });
            }
        }
        i += 1;
    }
    env
}
