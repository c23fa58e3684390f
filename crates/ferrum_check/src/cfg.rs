//! Control-flow facts about a MIR body: locations, a reverse postorder,
//! back edges, and "does this point reach that one within one iteration".

use ferrum_mir::mir::{BasicBlock, Body};
use ferrum_span::Span;
use rustc_hash::FxHashSet;

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
    /// Edges `from -> to` whose target is on the depth-first stack when
    /// the edge is taken: the edges that close a loop.
    back_edges: FxHashSet<(BasicBlock, BasicBlock)>,
    /// The predecessors of each block.
    pub(crate) preds: Vec<Vec<BasicBlock>>,
}

impl Cfg {
    pub(crate) fn new(body: &Body) -> Cfg {
        let n = body.blocks.len();
        let mut state = vec![0u8; n]; // 0 unvisited, 1 on stack, 2 done
        let mut post = Vec::with_capacity(n);
        let mut back_edges = FxHashSet::default();
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
                match state[succ.index()] {
                    0 => {
                        state[succ.index()] = 1;
                        stack.push((succ, 0));
                    }
                    1 => {
                        back_edges.insert((bb, succ));
                    }
                    _ => {}
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
        Cfg { rpo: post, back_edges, preds }
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

    /// Whether `to` can run after `from` without going around a loop
    /// (no back edge taken). `from == to` does not count.
    pub(crate) fn reaches_in_same_iteration(&self, body: &Body, from: Location, to: Location) -> bool {
        if from.block == to.block && from.index < to.index {
            return true;
        }
        let mut seen = FxHashSet::default();
        let mut work: Vec<BasicBlock> = self.forward_successors(body, from.block);
        while let Some(bb) = work.pop() {
            if !seen.insert(bb) {
                continue;
            }
            if bb == to.block {
                return true;
            }
            work.extend(self.forward_successors(body, bb));
        }
        false
    }

    fn forward_successors(&self, body: &Body, bb: BasicBlock) -> Vec<BasicBlock> {
        let mut succs = body.blocks[bb.index()].terminator.kind.successors();
        succs.retain(|&s| !self.back_edges.contains(&(bb, s)));
        succs
    }
}
