//! Function instances: a body (or synthesized shim) with its generic
//! arguments, numbered once and lowered lazily on first call.

use crate::code::Code;
use crate::memory::Pointer;
use ferrum_hir::hir::DefId;
use ferrum_mir::mir::BodyOwner;
use ferrum_ty::ty::{Substs, Ty};
use rustc_hash::FxHashMap;
use std::rc::Rc;

pub type InstId = u32;

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceKey {
    /// A MIR body (function, closure, const, static) with its generic arguments.
    Body(BodyOwner, Substs),
    /// The drop glue of a type: `fn(*mut T)`.
    DropGlue(Ty),
    /// A compiler-generated body (`Fn*` adapters).
    Shim(ferrum_ty::traits::Shim),
    /// A tuple-struct or tuple-variant constructor used as a function.
    Ctor { adt: DefId, variant: u32, substs: Substs },
    /// A trait object's method made into a function pointer (not supported yet).
    VirtualAsFn(DefId),
}

pub struct Entry {
    pub key: InstanceKey,
    pub code: Option<Rc<Code>>,
    /// The function allocation that pointers to this instance point to.
    pub fn_ptr: Option<Pointer>,
}

#[derive(Default)]
pub struct Instances {
    map: FxHashMap<InstanceKey, InstId>,
    pub entries: Vec<Entry>,
}

impl Instances {
    pub fn intern(&mut self, key: InstanceKey) -> InstId {
        if let Some(&id) = self.map.get(&key) {
            return id;
        }
        let id = self.entries.len() as InstId;
        self.entries.push(Entry { key: key.clone(), code: None, fn_ptr: None });
        self.map.insert(key, id);
        id
    }

    pub fn key(&self, id: InstId) -> &InstanceKey {
        &self.entries[id as usize].key
    }
}
