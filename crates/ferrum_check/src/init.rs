//! Forward dataflow of initialisation for user variables: which moves may
//! have happened ("maybe moved", per move path), which variables may
//! never have been written ("maybe uninitialised"), and which whole-variable
//! assignments may have happened. Joins are unions: every fact is a "may".

use crate::access::{Access, AccessKind};
use crate::bitset::BitSet;
use crate::cfg::Location;
use crate::move_paths::{Lookup, MovePaths, PathId};
use crate::BodyCx;
use ferrum_mir::mir::{BasicBlock, Local, StatementKind};
use rustc_hash::FxHashMap;

/// A place moved out at a location.
#[derive(Debug)]
pub(crate) struct MoveOut {
    pub(crate) path: PathId,
    pub(crate) loc: Location,
}

/// An assignment of a whole user variable.
#[derive(Debug)]
pub(crate) struct WriteSite {
    pub(crate) local: Local,
    pub(crate) loc: Location,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct InitState {
    /// Move paths that may be moved out (moving a path moves its whole
    /// subtree; writing a path restores its subtree, not its parents).
    pub(crate) moved: BitSet,
    /// `let x;` variables that may not have been written since their
    /// declaration (indexed by [`InitAnalysis::var`]).
    pub(crate) unwritten: BitSet,
    /// `let x;` variables that may have been written.
    pub(crate) written: BitSet,
    /// Whole-variable assignments of `let x;` variables that may have
    /// happened.
    pub(crate) writes: BitSet,
}

impl InitState {
    fn join(&mut self, other: &InitState) -> bool {
        let m = self.moved.union(&other.moved);
        let b = self.unwritten.union(&other.unwritten);
        let c = self.written.union(&other.written);
        let d = self.writes.union(&other.writes);
        m || b || c || d
    }
}

pub(crate) struct InitAnalysis {
    pub(crate) paths: MovePaths,
    pub(crate) moveouts: Vec<MoveOut>,
    moveout_at: FxHashMap<(Location, PathId), usize>,
    /// Dense index of each user variable (by local).
    vars: Vec<Option<usize>>,
    pub(crate) writes: Vec<WriteSite>,
    write_at: FxHashMap<Location, usize>,
    writes_of_local: FxHashMap<Local, Vec<usize>>,
    /// The state on entry of each block; `None` when unreachable.
    pub(crate) entry: Vec<Option<InitState>>,
}

impl InitAnalysis {
    pub(crate) fn new(cx: &BodyCx) -> InitAnalysis {
        // Only variables that are moved from somewhere need move paths.
        let mut moved_locals: Vec<Local> = cx
            .all_accesses()
            .filter(|(_, a)| a.kind == AccessKind::Move && cx.is_user(a.place.local))
            .map(|(_, a)| a.place.local)
            .collect();
        moved_locals.sort();
        moved_locals.dedup();
        // Paths exist for what is moved or assigned (as rustc's move data);
        // a read of another part is checked against its closest path.
        let places = cx
            .all_accesses()
            .filter(|(_, a)| matches!(a.kind, AccessKind::Move | AccessKind::Write | AccessKind::SetDiscriminant))
            .map(|(_, a)| &a.place);
        let paths = MovePaths::new(moved_locals.into_iter(), places);
        let mut vars = vec![None; cx.body.locals.len()];
        for (i, local) in cx.uninit_declared().enumerate() {
            vars[local.index()] = Some(i);
        }
        let mut this = InitAnalysis {
            vars,
            paths,
            moveouts: Vec::new(),
            moveout_at: FxHashMap::default(),
            writes: Vec::new(),
            write_at: FxHashMap::default(),
            writes_of_local: FxHashMap::default(),
            entry: vec![None; cx.body.blocks.len()],
        };
        this.collect_sites(cx);
        this.solve(cx);
        this
    }

    fn collect_sites(&mut self, cx: &BodyCx) {
        for (loc, access) in cx.all_accesses() {
            match access.kind {
                AccessKind::Move => {
                    if let Some(Lookup::Exact(path)) = self.paths.lookup(&access.place) {
                        let id = self.moveouts.len();
                        self.moveouts.push(MoveOut { path, loc });
                        self.moveout_at.insert((loc, path), id);
                    }
                }
                AccessKind::Write
                    if access.place.projection.is_empty() && cx.is_declared_uninit_immutable(access.place.local) =>
                {
                    let local = access.place.local;
                    let id = self.writes.len();
                    self.writes.push(WriteSite { local, loc });
                    self.write_at.insert(loc, id);
                    self.writes_of_local.entry(local).or_default().push(id);
                }
                _ => {}
            }
        }
    }

    /// The dense index of a `let x;` variable in [`InitState`]'s sets.
    pub(crate) fn var(&self, local: Local) -> Option<usize> {
        self.vars.get(local.index()).copied().flatten()
    }

    fn start_state(&self, cx: &BodyCx) -> InitState {
        let n = cx.uninit_declared().count();
        let mut state = InitState {
            moved: BitSet::new(self.paths.paths.len()),
            unwritten: BitSet::new(n),
            written: BitSet::new(n),
            writes: BitSet::new(self.writes.len()),
        };
        for i in 0..n {
            state.unwritten.insert(i);
        }
        state
    }

    fn solve(&mut self, cx: &BodyCx) {
        let body = cx.body;
        self.entry[0] = Some(self.start_state(cx));
        let mut work: Vec<BasicBlock> = vec![BasicBlock::START];
        while let Some(bb) = work.pop() {
            let Some(mut state) = self.entry[bb.index()].clone() else {
                continue;
            };
            self.apply_block(cx, bb, &mut state);
            for succ in body.blocks[bb.index()].terminator.kind.successors() {
                let changed = match &mut self.entry[succ.index()] {
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
    }

    fn apply_block(&self, cx: &BodyCx, bb: BasicBlock, state: &mut InitState) {
        for index in 0..=cx.body.blocks[bb.index()].statements.len() {
            self.apply(cx, Location { block: bb, index }, state, &mut |_, _| {});
        }
    }

    /// Applies the effects of `loc` to `state`, calling `check` with the
    /// state just before each access.
    pub(crate) fn apply(
        &self,
        cx: &BodyCx,
        loc: Location,
        state: &mut InitState,
        check: &mut dyn FnMut(&InitState, &Access),
    ) {
        if let Some(stmt) = cx.body.blocks[loc.block.index()].statements.get(loc.index) {
            if let StatementKind::StorageLive(local) | StatementKind::StorageDead(local) = stmt.kind {
                self.forget(local, state);
                return;
            }
        }
        for access in cx.accesses_at(loc) {
            check(state, access);
            match access.kind {
                AccessKind::Move => {
                    if let Some(Lookup::Exact(path)) = self.paths.lookup(&access.place) {
                        for p in self.paths.subtree(path) {
                            state.moved.insert(p);
                        }
                    }
                }
                AccessKind::Write | AccessKind::SetDiscriminant if !access.place.has_deref() => {
                    self.write(loc, access, state);
                }
                _ => {}
            }
        }
    }

    fn write(&self, loc: Location, access: &Access, state: &mut InitState) {
        let local = access.place.local;
        if let Some(v) = self.var(local) {
            state.unwritten.remove(v);
            state.written.insert(v);
        }
        if let Some(Lookup::Exact(path)) = self.paths.lookup(&access.place) {
            for p in self.paths.subtree(path) {
                state.moved.remove(p);
            }
        }
        if access.place.projection.is_empty() && access.kind == AccessKind::Write {
            if let Some(&id) = self.write_at.get(&loc) {
                state.writes.insert(id);
            }
        }
    }

    /// `StorageLive`/`StorageDead`: the variable starts over, unwritten.
    fn forget(&self, local: Local, state: &mut InitState) {
        if let Some(v) = self.var(local) {
            state.unwritten.insert(v);
            state.written.remove(v);
        }
        if let Some(root) = self.paths.root(local) {
            for p in self.paths.subtree(root) {
                state.moved.remove(p);
            }
        }
        for &w in self.writes_of_local.get(&local).into_iter().flatten() {
            state.writes.remove(w);
        }
    }

    /// The moves that make `path` moved at `loc`, found as rustc finds
    /// them: searching backwards from `loc`, on each path the first move of
    /// `path` or of a parent (an assignment of one of them ends the path).
    /// Moves reached only around a loop (through a back edge) count only
    /// when no other move is found and the search did not reach the start
    /// of the function; they are flagged `true` ("in previous iteration").
    pub(crate) fn nearest_moves(&self, cx: &BodyCx, loc: Location, path: PathId) -> Vec<(usize, bool)> {
        let mut mpis = vec![path];
        while let Some(parent) = self.paths.paths[*mpis.last().unwrap_or(&path)].parent {
            mpis.push(parent);
        }
        let is_argument = self.paths.paths[path].place.local.index() <= cx.body.arg_count;
        let mut seen = rustc_hash::FxHashSet::default();
        let mut found: Vec<(usize, bool)> = Vec::new();
        let mut stack = Vec::new();
        let mut back_edges = Vec::new();
        let split = |from: Location, stack: &mut Vec<Location>, back_edges: &mut Vec<Location>| {
            let preds = cx.cfg.predecessors(cx.body, from);
            let none = preds.is_empty();
            for p in preds {
                if cx.cfg.dominates(from, p) {
                    back_edges.push(p);
                } else {
                    stack.push(p);
                }
            }
            none
        };
        split(loc, &mut stack, &mut back_edges);
        let mut reached_start = false;
        // Whether the search stops at `at` (after recording its moves).
        let mut stops = |at: Location, back: bool, found: &mut Vec<(usize, bool)>| {
            if !seen.insert(at) {
                return true;
            }
            let moves: Vec<usize> = mpis.iter().filter_map(|p| self.moveout_at.get(&(at, *p)).copied()).collect();
            if !moves.is_empty() {
                found.extend(moves.into_iter().map(|m| (m, back)));
                return true;
            }
            cx.accesses_at(at).iter().any(|a| {
                matches!(a.kind, AccessKind::Write | AccessKind::SetDiscriminant)
                    && matches!(self.paths.lookup(&a.place), Some(Lookup::Exact(p)) if mpis.contains(&p))
            })
        };
        while let Some(at) = stack.pop() {
            if stops(at, false, &mut found) {
                continue;
            }
            reached_start |= split(at, &mut stack, &mut back_edges);
        }
        if (is_argument || !reached_start) && found.is_empty() {
            while let Some(at) = back_edges.pop() {
                if stops(at, true, &mut found) {
                    continue;
                }
                back_edges.extend(cx.cfg.predecessors(cx.body, at));
            }
        }
        found.sort_by_key(|&(m, _)| self.moveouts[m].loc);
        found.dedup_by_key(|(m, _)| *m);
        found
    }

    /// The reaching whole-variable assignments of `local`.
    pub(crate) fn reaching_writes<'s>(
        &'s self,
        state: &'s InitState,
        local: Local,
    ) -> impl Iterator<Item = &'s WriteSite> + 's {
        state.writes.iter().map(|w| &self.writes[w]).filter(move |w| w.local == local)
    }
}
