//! Visibility: whether an item restricted to a module is reachable from code
//! in another item.

use ferrum_hir::hir::{Crate, DefId, DefKind};

/// The module that contains `def` (itself, if it is a module).
pub fn module_of(krate: &Crate, def: DefId) -> DefId {
    let mut current = def;
    loop {
        if matches!(krate.defs[current].kind, DefKind::Mod { .. }) {
            return current;
        }
        match krate.defs[current].parent {
            Some(parent) => current = parent,
            None => return current,
        }
    }
}

/// Whether code in `from` may see something visible in `module` and its
/// descendants.
pub fn is_accessible_from(krate: &Crate, module: DefId, from: DefId) -> bool {
    let mut current = Some(module_of(krate, from));
    while let Some(m) = current {
        if m == module {
            return true;
        }
        current = krate.defs[m].parent;
    }
    false
}
