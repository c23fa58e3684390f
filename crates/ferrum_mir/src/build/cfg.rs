//! The control-flow graph under construction: blocks, statements,
//! terminators, locals, and the final clean-up (unterminated blocks become
//! `Unreachable`, blocks no path reaches are removed and the rest renumbered).

use super::Builder;
use crate::mir::{
    BasicBlock, BasicBlockData, Body, Local, LocalDecl, Operand, Place, Rvalue, Statement, StatementKind, Terminator,
    TerminatorKind,
};
use ferrum_span::{Span, Symbol};
use ferrum_ty::ty::Ty;

/// A block while building: its terminator is set exactly once.
#[derive(Debug, Default)]
pub(crate) struct BlockData {
    pub(crate) statements: Vec<Statement>,
    pub(crate) terminator: Option<Terminator>,
}

impl Builder<'_, '_> {
    pub(crate) fn new_block(&mut self) -> BasicBlock {
        self.blocks.push(BlockData::default());
        BasicBlock(self.blocks.len() as u32 - 1)
    }

    /// Continues building in a fresh block with no predecessors (after a
    /// `return`, `break`, panic or other diverging expression).
    pub(crate) fn diverge(&mut self) {
        self.cur = self.new_block();
    }

    /// Whether the current block already has a terminator (a builder bug
    /// if code is appended); the code goes to an unreachable block instead.
    fn ensure_open(&mut self) {
        if self.blocks[self.cur.index()].terminator.is_some() {
            debug_assert!(false, "appending to terminated block {:?}", self.cur);
            self.diverge();
        }
    }

    pub(crate) fn push_stmt(&mut self, kind: StatementKind, span: Span) {
        self.ensure_open();
        self.blocks[self.cur.index()].statements.push(Statement { kind, span });
    }

    pub(crate) fn push_assign(&mut self, place: Place, rvalue: Rvalue, span: Span) {
        self.push_stmt(StatementKind::Assign(place, rvalue), span);
    }

    pub(crate) fn push_assign_unit(&mut self, place: Place, span: Span) {
        let unit = self.unit_operand();
        self.push_assign(place, Rvalue::Use(unit), span);
    }

    pub(crate) fn terminate(&mut self, kind: TerminatorKind, span: Span) {
        self.ensure_open();
        self.blocks[self.cur.index()].terminator = Some(Terminator { kind, span });
    }

    pub(crate) fn goto(&mut self, target: BasicBlock, span: Span) {
        self.terminate(TerminatorKind::Goto(target), span);
    }

    /// Ends the current block with `goto target` and continues there.
    pub(crate) fn goto_and_continue(&mut self, target: BasicBlock, span: Span) {
        self.goto(target, span);
        self.cur = target;
    }

    /// `switchInt(cond) -> [0: else_, otherwise: then]`.
    pub(crate) fn branch(&mut self, cond: Operand, then: BasicBlock, else_: BasicBlock, span: Span) {
        self.terminate(TerminatorKind::SwitchInt { discr: cond, targets: vec![(0, else_)], otherwise: then }, span);
    }

    pub(crate) fn new_local(&mut self, ty: Ty, name: Option<Symbol>, mutable: bool, span: Span) -> Local {
        self.locals.push(LocalDecl { ty, name, mutable, span });
        Local(self.locals.len() as u32 - 1)
    }

    /// A compiler temporary without storage markers (always live).
    pub(crate) fn new_temp(&mut self, ty: Ty, span: Span) -> Local {
        self.new_local(ty, None, true, span)
    }
}

/// Gives every block its terminator: blocks left open are unreachable.
pub(crate) fn finish_blocks(blocks: Vec<BlockData>) -> Vec<BasicBlockData> {
    blocks
        .into_iter()
        .map(|b| BasicBlockData {
            statements: b.statements,
            terminator: b.terminator.unwrap_or(Terminator { kind: TerminatorKind::Unreachable, span: Span::DUMMY }),
        })
        .collect()
}

/// Removes blocks that no path from `bb0` reaches and renumbers the rest
/// in their original order.
pub(crate) fn remove_unreachable(body: &mut Body) {
    let n = body.blocks.len();
    let mut reachable = vec![false; n];
    let mut stack = vec![BasicBlock::START];
    while let Some(bb) = stack.pop() {
        if std::mem::replace(&mut reachable[bb.index()], true) {
            continue;
        }
        for_each_successor(&body.blocks[bb.index()].terminator.kind, |s| stack.push(s));
    }
    let mut new_index = vec![BasicBlock(u32::MAX); n];
    let mut next = 0;
    for (i, &r) in reachable.iter().enumerate() {
        if r {
            new_index[i] = BasicBlock(next);
            next += 1;
        }
    }
    let old = std::mem::take(&mut body.blocks);
    for (i, mut data) in old.into_iter().enumerate() {
        if reachable[i] {
            retarget(&mut data.terminator.kind, &new_index);
            body.blocks.push(data);
        }
    }
}

/// Rewrites every successor of a terminator through `map`.
pub(crate) fn retarget(kind: &mut TerminatorKind, map: &[BasicBlock]) {
    let f = |b: &mut BasicBlock| *b = map[b.index()];
    match kind {
        TerminatorKind::Goto(t) => f(t),
        TerminatorKind::SwitchInt { targets, otherwise, .. } => {
            targets.iter_mut().for_each(|(_, b)| f(b));
            f(otherwise);
        }
        TerminatorKind::Call { target, .. } => {
            if let Some(t) = target {
                f(t)
            }
        }
        TerminatorKind::Drop { target, .. } | TerminatorKind::Assert { target, .. } => f(target),
        TerminatorKind::Return | TerminatorKind::Unreachable => {}
    }
}

/// Calls `f` on every successor, without allocating (unlike
/// [`TerminatorKind::successors`]).
pub(crate) fn for_each_successor(kind: &TerminatorKind, mut f: impl FnMut(BasicBlock)) {
    match kind {
        TerminatorKind::Goto(t) => f(*t),
        TerminatorKind::SwitchInt { targets, otherwise, .. } => {
            targets.iter().for_each(|&(_, b)| f(b));
            f(*otherwise);
        }
        TerminatorKind::Call { target, .. } => {
            if let Some(t) = target {
                f(*t)
            }
        }
        TerminatorKind::Drop { target, .. } | TerminatorKind::Assert { target, .. } => f(*target),
        TerminatorKind::Return | TerminatorKind::Unreachable => {}
    }
}

/// Statement constructor shorthand used by passes.
pub(crate) fn stmt(kind: StatementKind, span: Span) -> Statement {
    Statement { kind, span }
}

/// Number of predecessors of every block.
pub(crate) fn predecessor_counts(body: &Body) -> Vec<usize> {
    let mut preds = vec![0; body.blocks.len()];
    for b in &body.blocks {
        for_each_successor(&b.terminator.kind, |s| preds[s.index()] += 1);
    }
    preds
}

/// Cleans the graph up for readers and backends: jumps to empty `goto`
/// blocks are threaded through, a block ending in `goto` to a block with
/// no other predecessor absorbs it, and unreachable blocks are removed.
pub fn simplify_cfg(body: &mut Body) {
    remove_unreachable(body);
    thread_empty_gotos(body);
    merge_straight_lines(body);
    remove_unreachable(body);
}

fn thread_empty_gotos(body: &mut Body) {
    let n = body.blocks.len();
    let forward = |blocks: &[BasicBlockData], mut b: BasicBlock| {
        for _ in 0..n {
            match &blocks[b.index()] {
                data if data.statements.is_empty() && b != BasicBlock::START => match data.terminator.kind {
                    TerminatorKind::Goto(t) if t != b => b = t,
                    _ => break,
                },
                _ => break,
            }
        }
        b
    };
    let map: Vec<BasicBlock> = (0..n as u32).map(|i| forward(&body.blocks, BasicBlock(i))).collect();
    for b in &mut body.blocks {
        retarget(&mut b.terminator.kind, &map);
    }
}

fn merge_straight_lines(body: &mut Body) {
    let preds = predecessor_counts(body);
    let mut absorbed = vec![false; body.blocks.len()];
    for i in 0..body.blocks.len() {
        if absorbed[i] {
            continue;
        }
        while let TerminatorKind::Goto(t) = body.blocks[i].terminator.kind {
            let t = t.index();
            if t == i || t == 0 || preds[t] != 1 || absorbed[t] {
                break;
            }
            absorbed[t] = true;
            let next = std::mem::take(&mut body.blocks[t].statements);
            body.blocks[i].statements.extend(next);
            let term = body.blocks[t].terminator.clone();
            body.blocks[t].terminator.kind = TerminatorKind::Unreachable;
            body.blocks[i].terminator = term;
        }
    }
}
