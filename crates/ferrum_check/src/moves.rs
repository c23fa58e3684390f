//! Use of moved values (E0382), of uninitialised variables (E0381), and
//! second assignments of `let x;` variables (E0384), from the
//! initialisation dataflow in [`crate::init`].

use crate::access::{Access, AccessKind};
use crate::cfg::Location;
use crate::describe::{describe, ty_string};
use crate::init::{InitAnalysis, InitState};
use crate::move_paths::{Lookup, PathId};
use crate::{BodyCx, Found};
use ferrum_mir::mir::{Local, Place, PlaceElem};
use ferrum_mir::place_ty::place_ty;
use ferrum_span::Diagnostic;
use rustc_hash::{FxHashMap, FxHashSet};

pub(crate) fn check(cx: &BodyCx, found: &mut Found) {
    if cx.user_locals().next().is_none() {
        return;
    }
    let init = InitAnalysis::new(cx);
    let mut checker = Checker {
        cx,
        init: &init,
        moved: Vec::new(),
        moved_keys: FxHashMap::default(),
        reported_uninit: FxHashSet::default(),
        reported_assign: FxHashSet::default(),
        found: Vec::new(),
    };
    for &bb in &cx.cfg.rpo {
        let Some(mut state) = init.entry[bb.index()].clone() else {
            continue;
        };
        for index in 0..=cx.body.blocks[bb.index()].statements.len() {
            let loc = Location { block: bb, index };
            init.apply(cx, loc, &mut state, &mut |state, access| checker.access(state, loc, access));
        }
    }
    found.extend(checker.found);
    found.extend(checker.moved.into_iter().map(|(_, d)| d));
    moves_out_of_references(cx, found);
}

/// E0507: a value moved out from behind a reference (`let s = *r;`,
/// `let s = v_ref[0];`), which would leave the referent without it.
fn moves_out_of_references(cx: &BodyCx, found: &mut Found) {
    let mut reported = FxHashSet::default();
    for (loc, access) in cx.all_accesses() {
        if access.kind != AccessKind::Move {
            continue;
        }
        let place = &access.place;
        let Some(behind) = reference_moved_through(cx, place) else { continue };
        let span = cx.access_span(loc, access);
        if !reported.insert(span) {
            continue;
        }
        let kind = if behind == ferrum_hir::hir::Mutability::Mut { "mutable" } else { "shared" };
        let message = match describe(cx, place) {
            Some(name) if cx.is_user(place.local) => {
                format!("cannot move out of `{name}` which is behind a {kind} reference")
            }
            _ => format!("cannot move out of a {kind} reference"),
        };
        let ty = ty_string(cx, place_ty(cx.mcx, &cx.body.locals, place));
        found.push(Diagnostic::error(message).code("E0507").primary(
            span,
            format!("move occurs because value has type `{ty}`, which does not implement the `Copy` trait"),
        ));
    }
}

/// The mutability of the reference a place is reached through, if any
/// (a `Box` may be moved out of; raw pointers are not checked).
fn reference_moved_through(cx: &BodyCx, place: &Place) -> Option<ferrum_hir::hir::Mutability> {
    let mut through = None;
    for (i, elem) in place.projection.iter().enumerate() {
        if *elem == PlaceElem::Deref {
            let base = Place { local: place.local, projection: place.projection[..i].to_vec() };
            if let ferrum_ty::ty::TyKind::Ref(_, m) = cx.mcx.tcx().kind(place_ty(cx.mcx, &cx.body.locals, &base)) {
                through = Some(m);
            }
        }
    }
    through
}

struct Checker<'c, 'a> {
    cx: &'c BodyCx<'a>,
    init: &'c InitAnalysis,
    /// E0382 errors with the place used, one per set of move-outs (rustc
    /// reports each set of moves once).
    moved: Vec<(Place, Diagnostic)>,
    moved_keys: FxHashMap<Vec<usize>, usize>,
    reported_uninit: FxHashSet<Local>,
    reported_assign: FxHashSet<Location>,
    found: Vec<Diagnostic>,
}

impl Checker<'_, '_> {
    fn access(&mut self, state: &InitState, loc: Location, access: &Access) {
        let place = &access.place;
        if !self.cx.is_user(place.local) {
            return;
        }
        if !access.is_use() {
            if place.has_deref() {
                // Writing through a reference reads the reference.
                let base = Access { place: prefix_before_deref(place), kind: AccessKind::Read };
                self.use_of(state, loc, &base);
            } else if access.kind == AccessKind::Write && place.projection.is_empty() {
                self.assignment(state, loc, place.local);
            } else if access.kind == AccessKind::Write {
                self.partial_assignment(state, loc, place);
            }
            return;
        }
        self.use_of(state, loc, access);
    }

    fn use_of(&mut self, state: &InitState, loc: Location, access: &Access) {
        let place = &access.place;
        let local = place.local;
        if self.init.var(local).is_some_and(|v| state.unwritten.contains(v)) {
            if self.reported_uninit.insert(local) {
                let d = self.uninit_error(state, loc, access);
                self.found.push(d);
            }
            return;
        }
        let Some(lookup) = self.init.paths.lookup(place) else {
            return;
        };
        // As rustc: the closest move path is checked, then (for a use of
        // the whole value, which includes reading a discriminant) its
        // parts; the moves reported are those of the path found moved or
        // of its parents.
        let paths = &self.init.paths;
        let path = lookup.path();
        let (found, partial) = if state.moved.contains(path) {
            (path, false)
        } else if matches!(lookup, Lookup::Exact(_)) {
            match paths.subtree(path).into_iter().find(|&p| state.moved.contains(p)) {
                Some(child) => (child, true),
                None => return,
            }
        } else {
            return;
        };
        let moves = self.init.nearest_moves(self.cx, loc, found);
        if moves.is_empty() {
            return;
        }
        let d = self.moved_error(loc, access, path, &moves, partial);
        let moves = moves.into_iter().map(|(m, _)| m).collect();
        self.record_moved_error(moves, place.clone(), d);
    }

    /// Like rustc: the last use reported for a set of moves wins, unless
    /// it is a prefix of the place already reported.
    fn record_moved_error(&mut self, moves: Vec<usize>, place: Place, d: Diagnostic) {
        match self.moved_keys.get(&moves) {
            Some(&i) => {
                if !is_place_prefix(&place, &self.moved[i].0) {
                    self.moved[i] = (place, d);
                }
            }
            None => {
                self.moved_keys.insert(moves, self.moved.len());
                self.moved.push((place, d));
            }
        }
    }

    /// `s.f = v` while `s` may be moved out: Rust does not re-initialise
    /// a moved value part by part.
    fn partial_assignment(&mut self, state: &InitState, loc: Location, place: &Place) {
        let paths = &self.init.paths;
        let Some(lookup) = paths.lookup(place) else {
            return;
        };
        let mut cur = match lookup {
            Lookup::Exact(p) => paths.paths[p].parent,
            Lookup::Inside(p) => Some(p),
        };
        let mut outermost = None;
        while let Some(p) = cur {
            if state.moved.contains(p) {
                outermost = Some(p);
            }
            cur = paths.paths[p].parent;
        }
        let Some(moved) = outermost else {
            return;
        };
        let moves = self.init.nearest_moves(self.cx, loc, moved);
        if moves.is_empty() {
            return;
        }
        let cx = self.cx;
        let moved_place = paths.paths[moved].place.clone();
        let name = describe(cx, &moved_place).unwrap_or_else(|| "value".to_string());
        let mut d = Diagnostic::error(format!("assign to part of moved value: `{name}`"))
            .code("E0382")
            .primary(loc.span(cx.body), "value partially assigned here after move");
        d = self.move_labels(d, loc, &moves, false, &moved_place);
        let moves = moves.into_iter().map(|(m, _)| m).collect();
        // rustc counts the assigned place's parent as the place used.
        let base = Place {
            local: place.local,
            projection: place.projection[..place.projection.len().saturating_sub(1)].to_vec(),
        };
        self.record_moved_error(moves, base, d);
    }

    fn moved_error(
        &self,
        loc: Location,
        access: &Access,
        path: PathId,
        moves: &[(usize, bool)],
        partial: bool,
    ) -> Diagnostic {
        let cx = self.cx;
        let verb = if matches!(access.kind, AccessKind::Borrow(_)) { "borrow" } else { "use" };
        let first = &self.init.moveouts[moves[0].0];
        let moved_place = &self.init.paths.paths[first.path].place;
        // rustc names the closest tracked place of the use.
        let name = describe(cx, &self.init.paths.paths[path].place);
        let what = if partial { "partially moved" } else { "moved" };
        let name = name.unwrap_or_else(|| "value".to_string());
        let use_label = match (verb, partial) {
            ("borrow", false) => "value borrowed here after move",
            ("borrow", true) => "value borrowed here after partial move",
            (_, false) => "value used here after move",
            (_, true) => "value used here after partial move",
        };
        let mut d = Diagnostic::error(format!("{verb} of {what} value: `{name}`")).code("E0382");
        // A move in a loop reaching itself: one label says it all.
        let only_self_loop = moves.len() == 1 && first.loc == loc;
        if !only_self_loop {
            d = d.primary(cx.access_span(loc, access), use_label);
        }
        let moved_place = moved_place.clone();
        self.move_labels(d, loc, moves, partial, &moved_place)
    }

    /// The labels of the moves that reach a use at `loc`, and why the
    /// value moved (its type is not `Copy`).
    fn move_labels(
        &self,
        mut d: Diagnostic,
        loc: Location,
        moves: &[(usize, bool)],
        partial: bool,
        moved_place: &Place,
    ) -> Diagnostic {
        let cx = self.cx;
        let body = cx.body;
        let only_self_loop = moves.len() == 1 && self.init.moveouts[moves[0].0].loc == loc;
        for &(m, in_loop) in moves {
            let mo = &self.init.moveouts[m];
            let base = if partial { "value partially moved here" } else { "value moved here" };
            let label = if in_loop { format!("{base}, in previous iteration of loop") } else { base.to_string() };
            let span = cx.place_span(mo.loc, &self.init.paths.paths[mo.path].place);
            d = if only_self_loop { d.primary(span, label) } else { d.secondary(span, label) };
        }
        let moved_ty = ty_string(cx, place_ty(cx.mcx, &body.locals, moved_place));
        let moved_name = describe(cx, moved_place).map_or_else(|| "value".to_string(), |n| format!("`{n}`"));
        let kind = if partial { "partial move" } else { "move" };
        let why = format!(
            "{kind} occurs because {moved_name} has type `{moved_ty}`, which does not implement the `Copy` trait"
        );
        if !partial && moved_place.projection.is_empty() {
            d.secondary(body.locals[moved_place.local.index()].span, why)
        } else {
            d.note(why)
        }
    }

    fn uninit_error(&self, state: &InitState, loc: Location, access: &Access) -> Diagnostic {
        let local = access.place.local;
        let decl = &self.cx.body.locals[local.index()];
        let name = decl.name.map(|n| n.to_string()).unwrap_or_default();
        let written = self.init.var(local).is_some_and(|v| state.written.contains(v));
        let how = if written { "is possibly-uninitialized" } else { "isn't initialized" };
        Diagnostic::error(format!("used binding `{name}` {how}"))
            .code("E0381")
            .secondary(decl.span, "binding declared here but left uninitialized")
            .primary(self.cx.access_span(loc, access), format!("`{name}` used here but it {how}"))
    }

    /// `x = v` where `x` was declared by `let x;`: an error when `x` may
    /// already hold a value.
    fn assignment(&mut self, state: &InitState, loc: Location, local: Local) {
        let cx = self.cx;
        let written = self.init.var(local).is_some_and(|v| state.written.contains(v));
        if !cx.is_declared_uninit_immutable(local) || !written {
            return;
        }
        if !self.reported_assign.insert(loc) {
            return;
        }
        let name = cx.body.locals[local.index()].name.map(|n| n.to_string()).unwrap_or_default();
        let mut d = Diagnostic::error(format!("cannot assign twice to immutable variable `{name}`"))
            .code("E0384")
            .primary(loc.span(cx.body), "cannot assign twice to immutable variable");
        if let Some(first) = self.init.reaching_writes(state, local).map(|w| w.loc).filter(|&l| l != loc).min() {
            d = d.secondary(first.span(cx.body), format!("first assignment to `{name}`"));
        }
        self.found.push(d.help(format!("consider making this binding mutable: `mut {name}`")));
    }
}

/// `r` for `(*r).f`: the reference a place is reached through.
fn prefix_before_deref(place: &Place) -> Place {
    let end = place.projection.iter().position(|e| *e == PlaceElem::Deref).unwrap_or(place.projection.len());
    Place { local: place.local, projection: place.projection[..end].to_vec() }
}

/// Whether `a` is `b` or a place containing it.
fn is_place_prefix(a: &Place, b: &Place) -> bool {
    a.local == b.local && b.projection.starts_with(&a.projection)
}
