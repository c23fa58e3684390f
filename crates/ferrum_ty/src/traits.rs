//! Trait selection: finding the impl that satisfies an obligation.

use crate::program::TypedProgram;
use crate::ty::{Substs, Ty};
use ferrum_hir::hir::DefId;

/// See [`TypedProgram::resolve_instance`]. Without trait support yet, every
/// function resolves to itself.
pub fn resolve_instance(_program: &TypedProgram, def: DefId, substs: &[Ty]) -> (DefId, Substs) {
    (def, substs.into())
}
