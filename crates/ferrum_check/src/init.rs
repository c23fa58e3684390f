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
    /// Move-outs that may have happened and not been undone by a write.
    pub(crate) moves: BitSet,
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
        let a = self.moves.union(&other.moves);
        let b = self.unwritten.union(&other.unwritten);
        let c = self.written.union(&other.written);
        let d = self.writes.union(&other.writes);
        a || b || c || d
    }
}

pub(crate) struct InitAnalysis {
    pub(crate) paths: MovePaths,
    pub(crate) moveouts: Vec<MoveOut>,
    moveout_at: FxHashMap<(Location, PathId), usize>,
    moveouts_of_path: Vec<Vec<usize>>,
    /// Move-outs of paths of each variable.
    moveouts_of_local: FxHashMap<Local, Vec<usize>>,
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
        let places = cx.all_accesses().map(|(_, a)| &a.place);
        let paths = MovePaths::new(cx.user_locals(), places);
        let mut vars = vec![None; cx.body.locals.len()];
        for (i, local) in cx.uninit_declared().enumerate() {
            vars[local.index()] = Some(i);
        }
        let mut this = InitAnalysis {
            moveouts_of_path: vec![Vec::new(); paths.paths.len()],
            moveouts_of_local: FxHashMap::default(),
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
                        self.moveouts_of_path[path].push(id);
                        self.moveouts_of_local.entry(access.place.local).or_default().push(id);
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

    /// The move-outs of paths of `local`.
    pub(crate) fn moveouts_of(&self, local: Local) -> &[usize] {
        self.moveouts_of_local.get(&local).map_or(&[], Vec::as_slice)
    }

    fn start_state(&self, cx: &BodyCx) -> InitState {
        let n = cx.uninit_declared().count();
        let mut state = InitState {
            moves: BitSet::new(self.moveouts.len()),
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
                        if let Some(&id) = self.moveout_at.get(&(loc, path)) {
                            state.moves.insert(id);
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
                for &m in &self.moveouts_of_path[p] {
                    state.moves.remove(m);
                }
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
        let Some(root) = self.paths.root(local) else {
            return;
        };
        if let Some(v) = self.var(local) {
            state.unwritten.insert(v);
            state.written.remove(v);
        }
        for p in self.paths.subtree(root) {
            for &m in &self.moveouts_of_path[p] {
                state.moves.remove(m);
            }
        }
        for &w in self.writes_of_local.get(&local).into_iter().flatten() {
            state.writes.remove(w);
        }
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
