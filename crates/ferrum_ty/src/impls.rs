//! Index of inherent impls by the shape of their self type, for method and
//! associated-item lookup.

use crate::items::ItemTables;
use crate::ty::{Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId, DefKind, Mutability};
use rustc_hash::FxHashMap;

/// A type with its generic arguments erased: what an impl can be keyed by.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SimplifiedTy {
    Bool,
    Char,
    Int(crate::ty::IntTy),
    Uint(crate::ty::UintTy),
    Float(crate::ty::FloatTy),
    Str,
    Never,
    Tuple(usize),
    Array,
    Slice,
    Ref(Mutability),
    RawPtr(Mutability),
    Adt(DefId),
    FnPtr,
    Dynamic(DefId),
}

pub fn simplify(tcx: &TyCtxt, ty: Ty) -> Option<SimplifiedTy> {
    Some(match tcx.kind(ty) {
        TyKind::Bool => SimplifiedTy::Bool,
        TyKind::Char => SimplifiedTy::Char,
        TyKind::Int(i) => SimplifiedTy::Int(i),
        TyKind::Uint(u) => SimplifiedTy::Uint(u),
        TyKind::Float(f) => SimplifiedTy::Float(f),
        TyKind::Str => SimplifiedTy::Str,
        TyKind::Never => SimplifiedTy::Never,
        TyKind::Tuple(t) => SimplifiedTy::Tuple(t.len()),
        TyKind::Array(..) => SimplifiedTy::Array,
        TyKind::Slice(_) => SimplifiedTy::Slice,
        TyKind::Ref(_, m) => SimplifiedTy::Ref(m),
        TyKind::RawPtr(_, m) => SimplifiedTy::RawPtr(m),
        TyKind::Adt(d, _) => SimplifiedTy::Adt(d),
        TyKind::FnPtr(_) => SimplifiedTy::FnPtr,
        TyKind::Dynamic { trait_, .. } => SimplifiedTy::Dynamic(trait_),
        _ => return None,
    })
}

#[derive(Default)]
pub struct ImplIndex {
    pub inherent: FxHashMap<SimplifiedTy, Vec<DefId>>,
    /// Trait impls per trait.
    pub trait_impls: FxHashMap<DefId, Vec<DefId>>,
    /// The simplified self type of trait impls whose self type has one
    /// (not a bare type parameter): selection skips impls for other types.
    pub trait_impl_keys: FxHashMap<DefId, SimplifiedTy>,
}

impl ImplIndex {
    pub fn build(krate: &Crate, tcx: &TyCtxt, items: &ItemTables) -> ImplIndex {
        let mut index = ImplIndex::default();
        for (def, d) in krate.defs.iter() {
            let DefKind::Impl(imp) = &d.kind else { continue };
            match &imp.trait_ {
                Some(bound) => {
                    if let ferrum_hir::hir::Res::Def(trait_) = bound.trait_ {
                        index.trait_impls.entry(trait_).or_default().push(def);
                    }
                    if let Some(key) = items.impl_self_tys.get(&def).and_then(|&t| simplify(tcx, t)) {
                        index.trait_impl_keys.insert(def, key);
                    }
                }
                None => {
                    let Some(&self_ty) = items.impl_self_tys.get(&def) else { continue };
                    if let Some(key) = simplify(tcx, self_ty) {
                        index.inherent.entry(key).or_default().push(def);
                    }
                }
            }
        }
        index
    }

    pub fn inherent_impls(&self, key: SimplifiedTy) -> &[DefId] {
        self.inherent.get(&key).map_or(&[], |v| v)
    }
}

/// The item named `name` among an impl's or trait's items.
pub fn assoc_item(krate: &Crate, container: DefId, name: ferrum_span::Symbol) -> Option<DefId> {
    let items = match &krate.defs[container].kind {
        DefKind::Impl(i) => &i.items,
        DefKind::Trait(t) => &t.items,
        _ => return None,
    };
    items.iter().copied().find(|&i| krate.defs[i].name == name)
}
