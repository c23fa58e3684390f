//! Generic parameter lists of items, numbered parent-first as in rustc.

use crate::ty::{Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId, DefKind, Generics};
use ferrum_span::Symbol;

/// The `Generics` an item declares itself, if it can have any.
pub fn own_generics(krate: &Crate, def: DefId) -> Option<&Generics> {
    match &krate.defs[def].kind {
        DefKind::Fn(f) => Some(&f.generics),
        DefKind::Adt(a) => Some(&a.generics),
        DefKind::Impl(i) => Some(&i.generics),
        DefKind::Trait(t) => Some(&t.generics),
        DefKind::TypeAlias { generics, .. } => Some(generics),
        _ => None,
    }
}

/// Names of all generic parameters in scope for `def`, parents first.
pub fn param_names(krate: &Crate, def: DefId) -> Vec<Symbol> {
    if let Some(parent) = assoc_const_parent(krate, def) {
        return param_names(krate, parent);
    }
    let Some(generics) = own_generics(krate, def) else { return Vec::new() };
    let mut names = generics.parent.map(|p| param_names(krate, p)).unwrap_or_default();
    if generics.has_self {
        names.push(Symbol::intern("Self"));
    }
    names.extend(generics.params.iter().map(|p| p.name));
    names
}

/// The declared type of parameter `index` of `def` when it is a const
/// parameter (`const N: usize`).
pub fn const_param_ty(krate: &Crate, def: DefId, index: u32) -> Option<ferrum_hir::hir::TypeRefId> {
    let generics = own_generics(krate, def)?;
    let parents = generics.parent.map_or(0, |p| param_count(krate, p)) as u32;
    if index < parents {
        return const_param_ty(krate, generics.parent?, index);
    }
    let own = (index - parents - generics.has_self as u32) as usize;
    generics.params.get(own)?.is_const
}

pub fn param_count(krate: &Crate, def: DefId) -> usize {
    param_names(krate, def).len()
}

/// Number of parameters that belong to the parents of `def`.
pub fn parent_count(krate: &Crate, def: DefId) -> usize {
    if let Some(parent) = assoc_const_parent(krate, def) {
        return param_count(krate, parent);
    }
    own_generics(krate, def).and_then(|g| g.parent).map_or(0, |p| param_count(krate, p))
}

/// The trait or impl an associated const belongs to: it has no generics
/// of its own but is generic over its parent's (`Self` of a trait const).
fn assoc_const_parent(krate: &Crate, def: DefId) -> Option<DefId> {
    let DefKind::Const { .. } = krate.defs[def].kind else { return None };
    let parent = krate.defs[def].parent?;
    matches!(krate.defs[parent].kind, DefKind::Trait(_) | DefKind::Impl(_)).then_some(parent)
}

/// The identity substitution: each parameter stands for itself.
pub fn identity_substs(tcx: &TyCtxt, krate: &Crate, def: DefId) -> Vec<Ty> {
    param_names(krate, def)
        .into_iter()
        .enumerate()
        .map(|(index, name)| tcx.intern(TyKind::Param { index: index as u32, name }))
        .collect()
}
