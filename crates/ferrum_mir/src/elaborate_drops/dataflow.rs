//! Forward "maybe initialised" / "maybe uninitialised" analysis over move
//! paths, iterated to a fixpoint (joins are unions).

use super::move_paths::{Effect, MovePaths};
use crate::mir::{BasicBlock, Body};

/// A fixed-size set of path indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    pub(crate) fn new(n: usize) -> BitSet {
        BitSet { words: vec![0; n.div_ceil(64)] }
    }
    pub(crate) fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }
    pub(crate) fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }
    pub(crate) fn remove(&mut self, i: usize) {
        self.words[i / 64] &= !(1 << (i % 64));
    }
    /// `self |= other`; whether anything changed.
    fn union(&mut self, other: &BitSet) -> bool {
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let new = *a | b;
            changed |= new != *a;
            *a = new;
        }
        changed
    }
}

/// Both analyses' state at one point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct InitState {
    pub(crate) maybe_init: BitSet,
    pub(crate) maybe_uninit: BitSet,
}

impl InitState {
    fn empty(n: usize) -> InitState {
        InitState { maybe_init: BitSet::new(n), maybe_uninit: BitSet::new(n) }
    }

    pub(crate) fn apply(&mut self, mp: &MovePaths, effect: Effect) {
        let (path, init) = match effect {
            Effect::Init(p) => (p, true),
            Effect::Uninit(p) => (p, false),
        };
        for p in mp.subtree(path) {
            if init {
                self.maybe_init.insert(p);
                self.maybe_uninit.remove(p);
            } else {
                self.maybe_init.remove(p);
                self.maybe_uninit.insert(p);
            }
        }
    }

    fn join(&mut self, other: &InitState) -> bool {
        let a = self.maybe_init.union(&other.maybe_init);
        let b = self.maybe_uninit.union(&other.maybe_uninit);
        a || b
    }
}

/// The state at the entry of every block (`None` if unreachable).
pub(crate) fn analyze(body: &Body, mp: &MovePaths) -> Vec<Option<InitState>> {
    let n = mp.paths.len();
    let mut entry: Vec<Option<InitState>> = vec![None; body.blocks.len()];
    let mut start = InitState::empty(n);
    for p in 0..n {
        start.maybe_uninit.insert(p);
    }
    for arg in body.args() {
        if let Some(&p) = mp.roots.get(&arg) {
            start.apply(mp, Effect::Init(p));
        }
    }
    entry[0] = Some(start);
    let mut work: Vec<BasicBlock> = vec![BasicBlock::START];
    while let Some(bb) = work.pop() {
        let Some(mut state) = entry[bb.index()].clone() else {
            continue;
        };
        let data = &body.blocks[bb.index()];
        for stmt in &data.statements {
            for e in mp.statement_effects(&stmt.kind) {
                state.apply(mp, e);
            }
        }
        for e in mp.terminator_effects(&data.terminator.kind) {
            state.apply(mp, e);
        }
        let mut succs = Vec::with_capacity(2);
        crate::build::for_each_successor(&data.terminator.kind, |s| succs.push(s));
        for succ in succs {
            let changed = match &mut entry[succ.index()] {
                Some(s) => s.join(&state),
                slot @ None => {
                    *slot = Some(state.clone());
                    true
                }
            };
            if changed {
                work.push(succ);
            }
        }
    }
    entry
}

/// The state just before the terminator of `bb`.
pub(crate) fn state_before_terminator(body: &Body, mp: &MovePaths, entry: &InitState, bb: BasicBlock) -> InitState {
    let mut state = entry.clone();
    for stmt in &body.blocks[bb.index()].statements {
        for e in mp.statement_effects(&stmt.kind) {
            state.apply(mp, e);
        }
    }
    state
}
