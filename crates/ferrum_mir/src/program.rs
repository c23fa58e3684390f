//! All MIR bodies of a program.

use crate::mir::{Body, BodyOwner};
use ferrum_hir::hir::DefId;
use rustc_hash::FxHashMap;

#[derive(Default)]
pub struct MirProgram {
    pub bodies: FxHashMap<BodyOwner, Body>,
}

impl MirProgram {
    pub fn fn_body(&self, def: DefId) -> Option<&Body> {
        self.bodies.get(&BodyOwner::Fn(def))
    }
}
