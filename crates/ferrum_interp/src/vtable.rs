//! Vtables of trait objects: one read-only allocation per (concrete type,
//! object type), laid out `[drop glue, size, align, methods..., supertrait
//! vtables...]` with the methods in [`ferrum_ty::object::vtable_methods`]
//! order and then a pointer to the vtable of each supertrait in
//! [`ferrum_ty::object::vtable_supertraits`] order (what upcasting
//! `dyn Sub` to `dyn Super` loads). A wide pointer to a `dyn Trait`
//! carries a pointer to its vtable as metadata.

use crate::alloc::Bytes;
use crate::instance::InstanceKey;
use crate::machine::Machine;
use crate::memory::{AllocKind, Pointer};
use ferrum_hir::hir::DefId;
use ferrum_ty::traits::Shim;
use ferrum_ty::ty::{Ty, TyKind};
use std::rc::Rc;

/// Entries before the first method: drop glue, size, alignment.
pub const HEADER: usize = 3;
pub const DROP_ENTRY: usize = 0;
pub const SIZE_ENTRY: usize = 1;
pub const ALIGN_ENTRY: usize = 2;

impl Machine<'_> {
    /// The vtable for `concrete` seen as `object` (a `dyn Trait`), built once.
    pub fn vtable(&mut self, concrete: Ty, object: Ty) -> Result<Pointer, String> {
        if let Some(&p) = self.vtables.get(&(concrete, object)) {
            return Ok(p);
        }
        let TyKind::Dynamic { trait_: principal, substs, .. } = self.tcx.kind(object) else {
            return Err(format!("`{}` is not a trait object", self.ty_name(object)));
        };
        let layout = self.layout(concrete).map_err(|e| format!("no layout for a vtable: {e:?}"))?;
        let mut entries = vec![Pointer::default(); HEADER];
        // Always a function (an empty one when nothing needs dropping), so
        // dropping through the vtable never has a special case.
        let glue = self.instances.intern(InstanceKey::DropGlue(concrete));
        entries[0] = self.fn_ptr(glue);
        entries[SIZE_ENTRY] = Pointer::new(layout.size, 0);
        entries[ALIGN_ENTRY] = Pointer::new(layout.align, 0);
        let principal_substs: Vec<Ty> = std::iter::once(concrete).chain(substs.iter().copied()).collect();
        for (method, trait_ref) in
            ferrum_ty::object::vtable_methods(&self.prog.krate, self.tcx, &self.prog.items, principal)
        {
            let method_substs: Vec<Ty> =
                trait_ref.substs.iter().map(|&t| self.tcx.subst(t, &principal_substs)).collect();
            let inst = if self.takes_self_by_value(method) {
                let shim = Shim::ByPtr { method, substs: method_substs.into() };
                self.instances.intern(InstanceKey::Shim(shim))
            } else {
                self.fn_instance(method, &method_substs)
            };
            entries.push(self.fn_ptr(inst));
        }
        for sup in ferrum_ty::object::vtable_supertraits(&self.prog.krate, self.tcx, &self.prog.items, principal) {
            let sup_substs = sup.substs[1..].iter().map(|&t| self.tcx.subst(t, &principal_substs)).collect();
            let object =
                self.tcx.intern(TyKind::Dynamic { trait_: sup.trait_, substs: sup_substs, assoc: Rc::new([]) });
            entries.push(self.vtable(concrete, object)?);
        }
        let mut bytes = Bytes::from_init(vec![0; entries.len() * 8]);
        for (i, p) in entries.iter().enumerate() {
            bytes.write_ptr(i * 8, p.addr, p.prov);
        }
        let p = self.mem.allocate_bytes(bytes, 8, AllocKind::Vtable, ferrum_span::Span::DUMMY);
        self.vtables.insert((concrete, object), p);
        self.vtables_by_addr.insert(p.addr, p);
        Ok(p)
    }

    /// The vtable slot holding the vtable of `dyn sup` in a `dyn sub`'s.
    pub fn upcast_slot(&self, sub: DefId, sup: DefId) -> Option<u32> {
        let (krate, items) = (&self.prog.krate, &self.prog.items);
        let methods = ferrum_ty::object::vtable_methods(krate, self.tcx, items, sub).len();
        let supers = ferrum_ty::object::vtable_supertraits(krate, self.tcx, items, sub);
        let index = supers.iter().position(|t| t.trait_ == sup)?;
        Some((HEADER + methods + index) as u32)
    }

    /// Whether the trait method's receiver is `self` (not `&self`, ...).
    fn takes_self_by_value(&self, method: DefId) -> bool {
        let sig = self.prog.items.fn_sigs.get(&method);
        sig.and_then(|s| s.inputs.first()).is_some_and(|&t| matches!(self.tcx.kind(t), TyKind::Param { index: 0, .. }))
    }

    /// The instance `FnOnce::call_once`-style by-value `method` runs when
    /// called with a pointer to `self_substs[0]`: a vtable slot for trait
    /// objects, the by-pointer shim otherwise.
    pub fn by_ptr_target(&mut self, method: DefId, substs: &[Ty]) -> Result<ByPtrTarget, String> {
        let self_ty = *substs.first().ok_or("by-pointer call without a self type")?;
        if let TyKind::Dynamic { trait_: principal, .. } = self.tcx.kind(self_ty) {
            let methods = ferrum_ty::object::vtable_methods(&self.prog.krate, self.tcx, &self.prog.items, principal);
            let index = methods.iter().position(|&(m, _)| m == method).ok_or("method not in the vtable")?;
            return Ok(ByPtrTarget::Slot((HEADER + index) as u32));
        }
        let shim = Shim::ByPtr { method, substs: substs.into() };
        Ok(ByPtrTarget::Direct(self.instances.intern(InstanceKey::Shim(shim))))
    }
}

pub enum ByPtrTarget {
    Direct(crate::instance::InstId),
    Slot(u32),
}
