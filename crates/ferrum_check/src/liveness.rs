//! Backward liveness of the locals that can hold loans: such a local is
//! live at a point when its current value may be read later. Reads are
//! the uses of [`crate::access`]; assigning the whole local, `StorageLive`
//! and `StorageDead` end its value. Drops are not reads: drop glue
//! is not taken to read the references inside (at worst a miss).
//!
//! Sets are sparse: few locals holding references are live at once.

use crate::access::AccessKind;
use crate::cfg::Location;
use crate::sparse::SparseSet;
use crate::BodyCx;
use ferrum_mir::mir::{BasicBlock, Local, StatementKind};

pub(crate) struct Liveness {
    /// Locals live on exit of each block.
    live_out: Vec<SparseSet>,
    /// Which locals are tracked (those that can hold a loan).
    tracked: Vec<bool>,
}

impl Liveness {
    /// Liveness of the locals `tracked` selects.
    pub(crate) fn new(cx: &BodyCx, tracked: Vec<bool>) -> Liveness {
        let body = cx.body;
        let mut this = Liveness { live_out: vec![SparseSet::default(); body.blocks.len()], tracked };
        let mut live_in = vec![SparseSet::default(); body.blocks.len()];
        let mut changed = true;
        while changed {
            changed = false;
            for &bb in cx.cfg.rpo.iter().rev() {
                let mut out = SparseSet::default();
                for succ in body.blocks[bb.index()].terminator.kind.successors() {
                    out.union(&live_in[succ.index()]);
                }
                let mut live = out.clone();
                for index in (0..=body.blocks[bb.index()].statements.len()).rev() {
                    this.transfer(cx, Location { block: bb, index }, &mut live);
                }
                this.live_out[bb.index()] = out;
                changed |= live_in[bb.index()].union(&live);
            }
        }
        this
    }

    /// The locals live on exit of `bb`.
    pub(crate) fn live_out(&self, bb: BasicBlock) -> &SparseSet {
        &self.live_out[bb.index()]
    }

    /// The locals live just after each location of `bb` (index `i` is
    /// after statement `i`; the last entry is after the terminator).
    pub(crate) fn live_after(&self, cx: &BodyCx, bb: BasicBlock) -> Vec<SparseSet> {
        let count = cx.body.blocks[bb.index()].statements.len() + 1;
        let mut out = vec![SparseSet::default(); count];
        let mut live = self.live_out[bb.index()].clone();
        for index in (0..count).rev() {
            out[index] = live.clone();
            self.transfer(cx, Location { block: bb, index }, &mut live);
        }
        out
    }

    /// Live after `loc` to live before it.
    fn transfer(&self, cx: &BodyCx, loc: Location, live: &mut SparseSet) {
        let tracked = |l: Local| self.tracked[l.index()];
        if let Some(stmt) = cx.body.blocks[loc.block.index()].statements.get(loc.index) {
            if let StatementKind::StorageLive(l) | StatementKind::StorageDead(l) = stmt.kind {
                live.remove(l.index());
                return;
            }
        }
        let accesses = cx.accesses_at(loc);
        // Writes happen after the reads of the same location.
        for access in accesses {
            if access.kind == AccessKind::Write && access.place.projection.is_empty() {
                live.remove(access.place.local.index());
            }
        }
        for access in accesses {
            let reads = access.is_use() || access.place.has_deref();
            if reads && tracked(access.place.local) {
                live.insert(access.place.local.index());
            }
        }
    }
}
