//! The type checker's complete output, handed to MIR building and backends.

use crate::items::ItemTables;
use crate::results::TypeckResults;
use crate::ty::TyCtxt;
use ferrum_hir::hir::{BodyId, Crate, DefId};
use rustc_hash::FxHashMap;

pub struct TypedProgram {
    pub krate: Crate,
    pub tcx: TyCtxt,
    pub items: ItemTables,
    pub impls: crate::impls::ImplIndex,
    /// Results for every checked body.
    pub typeck: FxHashMap<BodyId, TypeckResults>,
    /// Every closure's signature, kind and captures, keyed as in
    /// [`crate::ty::TyKind::Closure`].
    pub closures: crate::traits::ClosureTable,
}

impl TypedProgram {
    /// The concrete function a call resolves to once generic arguments are
    /// known: a trait method call becomes the implementing method.
    /// `substs` must be fully monomorphic.
    pub fn resolve_instance(&self, def: DefId, substs: &[crate::ty::Ty]) -> crate::traits::Instance {
        crate::traits::resolve_instance(self, def, substs)
    }

    /// `ty` with every associated-type projection resolved; `ty` must be
    /// monomorphic (after substituting an instance's generic arguments).
    pub fn normalize(&self, ty: crate::ty::Ty) -> crate::ty::Ty {
        crate::traits::normalize_concrete(self, ty)
    }
}
