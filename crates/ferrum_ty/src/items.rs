//! Item-level type information: ADT fields, function signatures and
//! discriminants, computed once from HIR signatures.
//!
//! Types here may mention `TyKind::Param`; callers substitute generic
//! arguments with [`crate::ty::TyCtxt::subst`].

use crate::ty::{FnSig, Ty};
use ferrum_hir::hir::{AdtKind, DefId};
use ferrum_span::Symbol;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone)]
pub struct FieldInfo {
    pub name: Symbol,
    pub ty: Ty,
}

#[derive(Debug, Clone)]
pub struct VariantInfo {
    pub name: Symbol,
    /// The variant's def (the struct itself for structs).
    pub def: DefId,
    pub fields: Vec<FieldInfo>,
    /// The discriminant value (explicit or implicit), as rustc computes it.
    pub discr: i128,
}

#[derive(Debug, Clone)]
pub struct AdtInfo {
    pub kind: AdtKind,
    pub variants: Vec<VariantInfo>,
    /// Number of generic parameters (the length of its substs).
    pub param_count: usize,
    pub repr: ferrum_hir::hir::Repr,
}

impl AdtInfo {
    pub fn is_enum(&self) -> bool {
        self.kind == AdtKind::Enum
    }
}

/// `Self: Trait<Args>`: the trait with all its generic arguments, `Self` first.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TraitRef {
    pub trait_: DefId,
    pub substs: crate::ty::Substs,
}

impl TraitRef {
    pub fn self_ty(&self) -> Ty {
        self.substs[0]
    }
}

/// A where-clause: `T: Trait<Args, Assoc = Ty>`.
#[derive(Clone, Debug)]
pub struct TraitPredicate {
    pub trait_ref: TraitRef,
    pub assoc: Vec<(Symbol, Ty)>,
}

#[derive(Default, Debug)]
pub struct ItemTables {
    pub adts: FxHashMap<DefId, AdtInfo>,
    /// Signatures of functions and methods (generic, unsubstituted).
    pub fn_sigs: FxHashMap<DefId, FnSig>,
    /// Total generic parameter count of each item (parents' included).
    pub generic_counts: FxHashMap<DefId, usize>,
    /// Declared types of consts and statics.
    pub value_tys: FxHashMap<DefId, Ty>,
    /// Self type of every impl.
    pub impl_self_tys: FxHashMap<DefId, Ty>,
    /// The trait each trait impl implements, in terms of the impl's parameters.
    pub impl_trait_refs: FxHashMap<DefId, TraitRef>,
    /// `type Name = T;` of trait impls.
    pub impl_assoc_tys: FxHashMap<(DefId, Symbol), Ty>,
    /// Where-clauses declared on each item itself (not its parents).
    pub predicates: FxHashMap<DefId, Vec<TraitPredicate>>,
    /// Supertraits of each trait, in terms of the trait's parameters.
    pub supertraits: FxHashMap<DefId, Vec<TraitRef>>,
    /// The associated-type bindings of each trait's supertrait bounds
    /// (`trait Countdown: Iterator<Item = u32>`), parallel to `supertraits`.
    pub supertrait_assoc: FxHashMap<DefId, Vec<Vec<(Symbol, Ty)>>>,
    /// For functions returning `impl Trait`: the bounds of each opaque type
    /// (`TyKind::Opaque::index`), on the opaque type itself.
    pub opaque_bounds: FxHashMap<DefId, Vec<Vec<TraitPredicate>>>,
    /// The closures of functions returning `impl Trait`: a hidden type may
    /// be one, and callers' bodies must know its signature.
    pub opaque_closures: crate::traits::ClosureTable,
    /// Traits declaring a method or associated const of a given name.
    pub traits_with_item: FxHashMap<Symbol, Vec<DefId>>,
    /// Bounds on each trait's associated types (`type IntoIter: Iterator<Item
    /// = Self::Item>`), as predicates on the projection, in terms of the
    /// trait's parameters.
    pub assoc_ty_bounds: FxHashMap<DefId, Vec<TraitPredicate>>,
}
