//! Control-flow facts about a MIR body: locations, a reverse postorder
//! (the order rustc checks blocks in), predecessors and dominators.

use ferrum_mir::mir::{BasicBlock, Body};
use ferrum_span::Span;

/// A statement (`index < statements.len()`) or the terminator
/// (`index == statements.len()`) of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Location {
    pub(crate) block: BasicBlock,
    pub(crate) index: usize,
}

impl Location {
    pub(crate) fn span(self, body: &Body) -> Span {
        let data = &body.blocks[self.block.index()];
        match data.statements.get(self.index) {
            Some(stmt) => stmt.span,
            None => data.terminator.span,
        }
    }
}

/// The block graph of one body.
pub(crate) struct Cfg {
    /// Blocks reachable from the entry, in reverse postorder.
    pub(crate) rpo: Vec<BasicBlock>,
    /// The predecessors of each block.
    pub(crate) preds: Vec<Vec<BasicBlock>>,
    /// The immediate dominator of each reachable block (the entry is its
    /// own); `None` for unreachable blocks.
    idom: Vec<Option<BasicBlock>>,
}

impl Cfg {
    pub(crate) fn new(body: &Body) -> Cfg {
        let n = body.blocks.len();
        let mut state = vec![0u8; n]; // 0 unvisited, 1 visited
        let mut post = Vec::with_capacity(n);
        // Iterative DFS: (block, next successor index).
        let mut stack: Vec<(BasicBlock, usize)> = Vec::new();
        if n > 0 {
            stack.push((BasicBlock::START, 0));
            state[0] = 1;
        }
        while let Some(&mut (bb, ref mut next)) = stack.last_mut() {
            let succs = body.blocks[bb.index()].terminator.kind.successors();
            // Successors are visited last to first, as rustc does: the
            // order blocks are checked in decides which of several uses of
            // a moved value gets the error.
            if let Some(&succ) = succs.len().checked_sub(*next + 1).map(|i| &succs[i]) {
                *next += 1;
                if state[succ.index()] == 0 {
                    state[succ.index()] = 1;
                    stack.push((succ, 0));
                }
            } else {
                state[bb.index()] = 2;
                post.push(bb);
                stack.pop();
            }
        }
        post.reverse();
        let mut preds = vec![Vec::new(); n];
        for (b, data) in body.blocks.iter().enumerate() {
            for succ in data.terminator.kind.successors() {
                preds[succ.index()].push(BasicBlock(b as u32));
            }
        }
        let idom = dominators(&post, &preds, n);
        Cfg { rpo: post, preds, idom }
    }

    /// Whether every path from the entry to `b` passes through `a`.
    pub(crate) fn dominates(&self, a: Location, b: Location) -> bool {
        if a.block == b.block {
            return a.index <= b.index;
        }
        let mut cur = b.block;
        while let Some(up) = self.idom[cur.index()] {
            if up == a.block {
                return true;
            }
            if up == cur {
                return false;
            }
            cur = up;
        }
        false
    }

    /// The locations just before `loc`: the previous statement, or the
    /// terminators of the block's predecessors.
    pub(crate) fn predecessors(&self, body: &Body, loc: Location) -> Vec<Location> {
        if loc.index > 0 {
            return vec![Location { block: loc.block, index: loc.index - 1 }];
        }
        self.preds[loc.block.index()]
            .iter()
            .map(|&b| Location { block: b, index: body.blocks[b.index()].statements.len() })
            .collect()
    }
}

/// Immediate dominators by the iterative algorithm of Cooper, Harvey and
/// Kennedy over the reverse postorder `rpo`.
fn dominators(rpo: &[BasicBlock], preds: &[Vec<BasicBlock>], n: usize) -> Vec<Option<BasicBlock>> {
    let mut order = vec![usize::MAX; n];
    for (i, bb) in rpo.iter().enumerate() {
        order[bb.index()] = i;
    }
    let mut idom: Vec<Option<BasicBlock>> = vec![None; n];
    let Some(&entry) = rpo.first() else { return idom };
    idom[entry.index()] = Some(entry);
    let intersect = |idom: &[Option<BasicBlock>], mut a: BasicBlock, mut b: BasicBlock| {
        while a != b {
            while order[a.index()] > order[b.index()] {
                a = idom[a.index()].unwrap_or(entry);
            }
            while order[b.index()] > order[a.index()] {
                b = idom[b.index()].unwrap_or(entry);
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &bb in &rpo[1..] {
            let mut new: Option<BasicBlock> = None;
            for &p in &preds[bb.index()] {
                if idom[p.index()].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(cur) => intersect(&idom, p, cur),
                });
            }
            if new.is_some() && idom[bb.index()] != new {
                idom[bb.index()] = new;
                changed = true;
            }
        }
    }
    idom
}
