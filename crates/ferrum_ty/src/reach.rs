//! Which bodies lazy type checking visits: every body of the user's crate,
//! and the library bodies they reach, transitively.
//!
//! A call of a trait method may run any impl's method, so reaching one
//! reaches the impls' methods too; but only impls for types the program
//! can have values of (rapid type analysis): an impl whose self type is,
//! say, `u128` is parked until some checked body mentions a `u128`. Every
//! value's type is mentioned by the body that makes it, or reaches it as a
//! generic argument that some body names, so a parked impl can't run.
//! Without this, one `println!` reached every `Display`, `Hash` and
//! `IntoIterator` impl of the library.
//!
//! An impl waits for every head in its self type, not just the outer one:
//! `impl IntoIterator for &mut VecDeque<T>` runs only on a `&mut VecDeque`,
//! whose type mentions `VecDeque`.

use crate::impls::{simplify, ImplIndex, SimplifiedTy};
use crate::items::ItemTables;
use crate::results::{Adjust, TypeckResults, ValueRes};
use crate::ty::{Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId, DefKind};
use rustc_hash::{FxHashMap, FxHashSet};

pub(crate) struct Reach<'a> {
    tcx: &'a TyCtxt,
    items: &'a ItemTables,
    impls: &'a ImplIndex,
    queued: FxHashSet<DefId>,
    pub worklist: Vec<DefId>,
    /// Types already noted (their heads are live).
    seen_tys: FxHashSet<Ty>,
    /// Heads of the types the program can have values of.
    live: FxHashSet<Key>,
    /// Impl items (with their impl) waiting for a head of their impl's
    /// self type to become live.
    parked: FxHashMap<Key, Vec<(DefId, DefId)>>,
    /// The heads of each trait impl's self type.
    impl_keys: FxHashMap<DefId, Vec<Key>>,
}

/// What liveness is tracked by: a type's head.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Key {
    Head(SimplifiedTy),
}

impl<'a> Reach<'a> {
    pub fn new(tcx: &'a TyCtxt, items: &'a ItemTables, impls: &'a ImplIndex) -> Reach<'a> {
        Reach {
            tcx,
            items,
            impls,
            queued: FxHashSet::default(),
            worklist: Vec::new(),
            seen_tys: FxHashSet::default(),
            live: FxHashSet::default(),
            parked: FxHashMap::default(),
            impl_keys: FxHashMap::default(),
        }
    }

    /// Queues `def`'s body, and if `def` is a trait item, the same item of
    /// every impl that may run: which one does is only known once generic
    /// arguments are.
    pub fn reach(&mut self, krate: &Crate, def: DefId) {
        if !self.queue(def) {
            return;
        }
        let Some(parent) = krate.defs[def].parent else { return };
        if !matches!(krate.defs[parent].kind, DefKind::Trait(_)) {
            return;
        }
        let name = krate.defs[def].name;
        for &imp in self.impls.trait_impls.get(&parent).into_iter().flatten() {
            if let Some(item) = crate::impls::assoc_item(krate, imp, name) {
                self.reach_impl_item(imp, item);
            }
        }
    }

    /// Queues item `item` of trait impl `imp` now if values of the impl's
    /// self type may exist, else once they may.
    pub fn reach_impl_item(&mut self, imp: DefId, item: DefId) {
        match self.dead_key(imp) {
            Some(key) => self.parked.entry(key).or_default().push((item, imp)),
            None => {
                self.queue(item);
            }
        }
    }

    /// A head of `imp`'s self type that is not live yet.
    fn dead_key(&mut self, imp: DefId) -> Option<Key> {
        let (tcx, items) = (self.tcx, self.items);
        let keys = self.impl_keys.entry(imp).or_insert_with(|| {
            let mut keys = Vec::new();
            if let Some(&self_ty) = items.impl_trait_refs.get(&imp).and_then(|r| r.substs.first()) {
                collect_keys(tcx, self_ty, &mut keys);
            }
            keys
        });
        keys.iter().copied().find(|k| !self.live.contains(k))
    }

    /// Records that `def`'s body was checked out of turn (to reveal its
    /// `impl Trait` types), so it is not queued again.
    pub fn mark_checked(&mut self, def: DefId) {
        self.queued.insert(def);
    }

    /// Queues `def` if it was not yet; returns whether it was new.
    fn queue(&mut self, def: DefId) -> bool {
        let new = self.queued.insert(def);
        if new {
            self.worklist.push(def);
        }
        new
    }

    /// Records the types a checked body mentions, and reaches what it refers to.
    pub fn note_body(&mut self, krate: &Crate, results: &TypeckResults) {
        let tys = results.expr_tys.values().chain(results.pat_tys.values()).chain(results.binding_tys.values());
        for &ty in tys {
            self.note_ty(ty);
        }
        for adjusts in results.adjustments.values() {
            for a in adjusts {
                if let Adjust::Unsize(t) | Adjust::NeverToAny(t) | Adjust::OverloadedDeref { target: t, .. } = a {
                    self.note_ty(*t);
                }
            }
        }
        for res in results.value_res.values() {
            match res {
                ValueRes::Fn(def, substs) | ValueRes::Const(def, substs) => {
                    substs.iter().for_each(|&t| self.note_ty(t));
                    self.reach(krate, *def);
                }
                ValueRes::Static(def) => self.reach(krate, *def),
                ValueRes::Ctor { substs, .. } | ValueRes::UnitCtor { substs, .. } => {
                    substs.iter().for_each(|&t| self.note_ty(t))
                }
                ValueRes::Local(_) | ValueRes::ConstParam(_) => {}
            }
        }
        for f in results.for_loops.values() {
            [f.iterable, f.iter, f.item].into_iter().for_each(|t| self.note_ty(t));
            self.reach(krate, f.into_iter);
            self.reach(krate, f.next);
        }
        for info in results.closures.values() {
            info.inputs.iter().chain([&info.output]).for_each(|&t| self.note_ty(t));
        }
    }

    /// Makes the heads of `ty` and of every type in it live.
    pub fn note_ty(&mut self, ty: Ty) {
        if !self.seen_tys.insert(ty) {
            return;
        }
        for key in own_keys(self.tcx, ty) {
            self.make_live(key);
        }
        for child in children(self.tcx, ty) {
            self.note_ty(child);
        }
    }

    fn make_live(&mut self, key: Key) {
        if !self.live.insert(key) {
            return;
        }
        for (item, imp) in self.parked.remove(&key).unwrap_or_default() {
            self.reach_impl_item(imp, item);
        }
        // A value's fields exist with it (drop glue drops them), even if
        // no body names their types.
        if let Key::Head(SimplifiedTy::Adt(adt)) = key {
            let Some(info) = self.items.adts.get(&adt) else { return };
            let field_tys: Vec<Ty> = info.variants.iter().flat_map(|v| v.fields.iter().map(|f| f.ty)).collect();
            for ty in field_tys {
                self.note_ty(ty);
            }
        }
    }
}

/// The keys `ty`'s own head makes live (not its children's).
fn own_keys(tcx: &TyCtxt, ty: Ty) -> impl Iterator<Item = Key> {
    simplify(tcx, ty).map(Key::Head).into_iter()
}

/// The types noting `ty` notes too. An impl's keys must come only from
/// these, so that any value matching the impl makes all of them live.
fn children(tcx: &TyCtxt, ty: Ty) -> Vec<Ty> {
    let mut children = Vec::new();
    tcx.with_kind(ty, |k| match k {
        TyKind::Tuple(tys) => children.extend_from_slice(tys),
        TyKind::Adt(_, s)
        | TyKind::FnDef(_, s)
        | TyKind::Closure { substs: s, .. }
        | TyKind::Dynamic { substs: s, .. }
        | TyKind::Projection { substs: s, .. } => children.extend_from_slice(s),
        TyKind::Array(t, n) => children.extend([*t, *n]),
        TyKind::Slice(t) | TyKind::Ref(t, _) | TyKind::RawPtr(t, _) => children.push(*t),
        TyKind::FnPtr(sig) => {
            children.extend_from_slice(&sig.inputs);
            children.push(sig.output);
        }
        _ => {}
    });
    children
}

/// Every key of `ty` and the types in it: what any instance of `ty` (its
/// parameters substituted) makes live when noted. Projections are not
/// looked into: an instance has the projection's value there instead.
fn collect_keys(tcx: &TyCtxt, ty: Ty, out: &mut Vec<Key>) {
    if matches!(tcx.kind(ty), TyKind::Projection { .. }) {
        return;
    }
    out.extend(own_keys(tcx, ty));
    for child in children(tcx, ty) {
        collect_keys(tcx, child, out);
    }
}
