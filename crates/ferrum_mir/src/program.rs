//! All MIR bodies of a program.

use crate::mir::{Body, BodyOwner};
use ferrum_hir::hir::DefId;
use rustc_hash::FxHashMap;

#[derive(Default)]
pub struct MirProgram {
    pub bodies: FxHashMap<BodyOwner, Body>,
    /// The user's bodies as built, before drop elaboration: every scheduled
    /// drop is an unconditional `Drop` and no drop flags or open drops
    /// (which read the discriminant of partly moved enums) exist yet. For
    /// static checks, which run before drop elaboration in rustc too.
    pub unelaborated: FxHashMap<BodyOwner, Body>,
}

impl MirProgram {
    pub fn fn_body(&self, def: DefId) -> Option<&Body> {
        self.bodies.get(&BodyOwner::Fn(def))
    }
}
