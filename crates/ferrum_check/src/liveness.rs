//! Backward liveness of locals: a local is live at a point when its
//! current value may be read later. Reads are the uses of [`crate::access`];
//! assigning the whole local, `StorageLive` and `StorageDead` end its
//! value. Drops are not reads (elaborated drop glue of a value holding
//! references never reads through them).

use crate::access::AccessKind;
use crate::bitset::BitSet;
use crate::cfg::Location;
use crate::BodyCx;
use ferrum_mir::mir::{BasicBlock, StatementKind};

pub(crate) struct Liveness {
    /// Locals live on exit of each block.
    live_out: Vec<BitSet>,
}

impl Liveness {
    pub(crate) fn new(cx: &BodyCx) -> Liveness {
        let body = cx.body;
        let n = body.locals.len();
        let mut live_in = vec![BitSet::new(n); body.blocks.len()];
        let mut live_out = vec![BitSet::new(n); body.blocks.len()];
        let mut changed = true;
        while changed {
            changed = false;
            for &bb in cx.cfg.rpo.iter().rev() {
                let mut out = BitSet::new(n);
                for succ in body.blocks[bb.index()].terminator.kind.successors() {
                    out.union(&live_in[succ.index()]);
                }
                let mut live = out.clone();
                for index in (0..=body.blocks[bb.index()].statements.len()).rev() {
                    transfer(cx, Location { block: bb, index }, &mut live);
                }
                live_out[bb.index()] = out;
                changed |= live_in[bb.index()].union(&live);
            }
        }
        Liveness { live_out }
    }

    /// The locals live just after each location of `bb` (index `i` is
    /// after statement `i`; the last entry is after the terminator).
    pub(crate) fn live_after(&self, cx: &BodyCx, bb: BasicBlock) -> Vec<BitSet> {
        let count = cx.body.blocks[bb.index()].statements.len() + 1;
        let mut out = vec![self.live_out[bb.index()].clone(); count];
        let mut live = self.live_out[bb.index()].clone();
        for index in (0..count).rev() {
            out[index] = live.clone();
            transfer(cx, Location { block: bb, index }, &mut live);
        }
        out
    }
}

/// Live after `loc` to live before it.
pub(crate) fn transfer(cx: &BodyCx, loc: Location, live: &mut BitSet) {
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
        if reads {
            live.insert(access.place.local.index());
        }
    }
}
