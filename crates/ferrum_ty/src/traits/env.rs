//! Parameter environments: the where-clauses that hold inside an item.

use crate::items::{ItemTables, TraitPredicate, TraitRef};
use crate::ty::TyCtxt;
use ferrum_hir::hir::{Crate, DefId, DefKind};
use ferrum_span::Symbol;

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

/// `trait_ref`, or the supertrait of it (with its arguments) that declares
/// the associated type `name`: projections always name the declaring trait.
pub fn declaring_trait_ref(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    trait_ref: TraitRef,
    name: Symbol,
) -> TraitRef {
    let mut stack = vec![trait_ref.clone()];
    let mut steps = 0;
    while let Some(tr) = stack.pop() {
        steps += 1;
        if steps > 64 {
            break;
        }
        if declares_assoc_ty(krate, tr.trait_, name) {
            return tr;
        }
        for sup in items.supertraits.get(&tr.trait_).into_iter().flatten() {
            let substs: crate::ty::Substs = sup.substs.iter().map(|&t| tcx.subst(t, &tr.substs)).collect();
            stack.push(TraitRef { trait_: sup.trait_, substs });
        }
    }
    trait_ref
}

fn declares_assoc_ty(krate: &Crate, trait_: DefId, name: Symbol) -> bool {
    let DefKind::Trait(t) = &krate.defs[trait_].kind else { return false };
    t.items.iter().any(|&i| krate.defs[i].name == name && matches!(krate.defs[i].kind, DefKind::TypeAlias { .. }))
}

/// Adds the supertraits of every predicate, and the bounds of its trait's
/// associated types (`I: IntoIterator` gives `I::IntoIter: Iterator<Item =
/// I::Item>`), transitively.
fn elaborate(tcx: &TyCtxt, items: &ItemTables, mut env: Vec<TraitPredicate>) -> Vec<TraitPredicate> {
    let mut i = 0;
    while i < env.len() && env.len() < 256 {
        let tr = env[i].trait_ref.clone();
        for bound in items.assoc_ty_bounds.get(&tr.trait_).into_iter().flatten() {
            let trait_ref = TraitRef {
                trait_: bound.trait_ref.trait_,
                substs: bound.trait_ref.substs.iter().map(|&t| tcx.subst(t, &tr.substs)).collect(),
            };
            if env.iter().any(|p| p.trait_ref == trait_ref) {
                continue;
            }
            let assoc = bound.assoc.iter().map(|&(n, t)| (n, tcx.subst(t, &tr.substs))).collect();
            env.push(TraitPredicate { trait_ref, assoc });
        }
        let sup_assoc = items.supertrait_assoc.get(&tr.trait_);
        for (k, sup) in items.supertraits.get(&tr.trait_).into_iter().flatten().enumerate() {
            let substs: crate::ty::Substs = sup.substs.iter().map(|&t| tcx.subst(t, &tr.substs)).collect();
            let sup = TraitRef { trait_: sup.trait_, substs };
            // `F: Fn(A) -> R` binds `Output`, which `FnOnce` declares: the
            // binding travels to the supertrait, as do the bindings the
            // supertrait bound itself has (`trait T: Iterator<Item = u32>`).
            let mut assoc = env[i].assoc.clone();
            for &(n, t) in sup_assoc.and_then(|a| a.get(k)).into_iter().flatten() {
                if !assoc.iter().any(|(m, _)| *m == n) {
                    assoc.push((n, tcx.subst(t, &tr.substs)));
                }
            }
            match env.iter_mut().find(|p| p.trait_ref == sup) {
                Some(existing) => {
                    for binding in assoc {
                        if !existing.assoc.iter().any(|(n, _)| *n == binding.0) {
                            existing.assoc.push(binding);
                        }
                    }
                }
                None => env.push(TraitPredicate { trait_ref: sup, assoc }),
            }
        }
        i += 1;
    }
    env
}
