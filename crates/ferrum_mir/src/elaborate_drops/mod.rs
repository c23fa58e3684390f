//! Drop elaboration: makes every `Drop` terminator drop exactly the
//! values that are initialised, as rustc's `ElaborateDrops` does.
//!
//! The builder schedules drops unconditionally. Here, a dataflow analysis
//! ([`dataflow`]) over [`move_paths`] tells, at each `Drop`, whether the
//! value is surely initialised (the drop stays), surely moved out (the
//! drop goes), initialised on some paths only (a boolean *drop flag*
//! local, kept up to date after every move and initialisation, guards the
//! drop), or partly moved out (an *open drop* drops the remaining fields
//! one by one, switching on the discriminant for enums).
//!
//! After elaboration a `Drop` always runs on an initialised value.

mod dataflow;
mod move_paths;

use crate::build::cfg_stmt as stmt;

use crate::mir::{
    BasicBlock, BasicBlockData, Body, ConstKind, Constant, Local, LocalDecl, Operand, Place, PlaceElem, Rvalue,
    StatementKind, Terminator, TerminatorKind,
};
use crate::tys::{truncate, MirCtxt};
use dataflow::{analyze, state_before_terminator, InitState};
use ferrum_span::Span;
use ferrum_ty::ty::{Ty, TyKind};
use move_paths::{Effect, MovePaths, Step};
use rustc_hash::FxHashMap;

/// Elaborates the drops of `body` in place.
pub fn elaborate_drops(cx: &MirCtxt, body: &mut Body) {
    let mp = MovePaths::build(cx, body);
    if mp.paths.is_empty() {
        return;
    }
    let entry = analyze(body, &mp);
    let original = body.blocks.clone();
    let mut el = Elaborator { cx, mp: &mp, body, flags: FxHashMap::default(), state: None, entry_moved_to: None };
    for (i, data) in original.iter().enumerate() {
        let TerminatorKind::Drop { place, target } = &data.terminator.kind else {
            continue;
        };
        let Some(entry_state) = &entry[i] else {
            continue;
        };
        let Some(path) = mp.find(place) else { continue };
        let bb = BasicBlock(i as u32);
        el.state = Some(state_before_terminator(el.body, &mp, entry_state, bb));
        let span = data.terminator.span;
        let succ = el.clear_block(path, *target, span);
        let start = el.drop_place(place.clone(), Some(path), (Style::Dead, None), succ, span);
        el.body.blocks[i].terminator.kind = TerminatorKind::Goto(start);
    }
    el.insert_flag_updates(&original);
    crate::build::simplify_cfg(body);
}

/// What must happen to a value at a drop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// Not initialised on any path: nothing to drop.
    Dead,
    /// Initialised on every path: drop it.
    Static,
    /// Initialised on some paths: drop it if its flag says so.
    Conditional,
    /// Partly moved out: drop the remaining parts one by one.
    Open,
}

struct Elaborator<'a, 'b> {
    cx: &'a MirCtxt<'a>,
    mp: &'a MovePaths,
    body: &'b mut Body,
    /// The drop flag of each path that needs one.
    flags: FxHashMap<usize, Local>,
    /// The state before the `Drop` being elaborated.
    state: Option<InitState>,
    /// Where the entry block's code went when `bb0` was freed for flag
    /// initialisation.
    entry_moved_to: Option<usize>,
}

impl Elaborator<'_, '_> {
    fn bits(&self, p: usize) -> (bool, bool) {
        let s = self.state.as_ref().expect("state set before elaborating a drop");
        (s.maybe_init.contains(p), s.maybe_uninit.contains(p))
    }

    /// The style of a path considering only its own state.
    fn own_style(&self, p: usize) -> Style {
        match self.bits(p) {
            (false, _) => Style::Dead,
            (true, false) => Style::Static,
            (true, true) => Style::Conditional,
        }
    }

    /// The style of a path given the state of its whole subtree. As in
    /// rustc, a value with parts tracked separately is opened whenever it
    /// may be partly uninitialised: its own flag cannot say that a part
    /// was moved out on one path and the whole on another.
    fn style(&self, p: usize) -> Style {
        let (mut some_init, mut some_uninit, mut paths) = (false, false, 0);
        for q in self.mp.subtree(p) {
            let bits = self.bits(q);
            some_init |= bits.0;
            some_uninit |= bits.1;
            paths += 1;
        }
        match (some_init, some_uninit) {
            (false, _) => Style::Dead,
            (true, false) => Style::Static,
            _ if paths > 1 && self.openable(self.mp.paths[p].ty) => Style::Open,
            _ => Style::Conditional,
        }
    }

    /// Types whose parts can be dropped separately (no `Drop` impl; a box's
    /// contents, then its allocation).
    fn openable(&self, ty: Ty) -> bool {
        if self.cx.is_box(ty) {
            return true;
        }
        match self.cx.tcx().kind(ty) {
            TyKind::Tuple(_) | TyKind::Array(..) | TyKind::Closure { .. } => true,
            TyKind::Adt(def, _) => {
                let is_union =
                    self.cx.program.items.adts.get(&def).is_some_and(|a| a.kind == ferrum_hir::hir::AdtKind::Union);
                !is_union && !self.cx.has_drop_impl(def)
            }
            _ => false,
        }
    }

    fn flag(&mut self, p: usize) -> Local {
        if let Some(&f) = self.flags.get(&p) {
            return f;
        }
        let bool_ty = self.cx.tcx().bool();
        self.body.locals.push(LocalDecl { ty: bool_ty, name: None, mutable: true, span: Span::DUMMY });
        let f = Local(self.body.locals.len() as u32 - 1);
        self.flags.insert(p, f);
        f
    }

    fn new_block(&mut self, statements: Vec<crate::mir::Statement>, kind: TerminatorKind, span: Span) -> BasicBlock {
        self.body.blocks.push(BasicBlockData { statements, terminator: Terminator { kind, span } });
        BasicBlock(self.body.blocks.len() as u32 - 1)
    }

    /// Drops `place` (tracked as `path`, or else in the state `inherited`
    /// of its nearest tracked ancestor), then continues at `succ`.
    fn drop_place(
        &mut self,
        place: Place,
        path: Option<usize>,
        inherited: (Style, Option<usize>),
        succ: BasicBlock,
        span: Span,
    ) -> BasicBlock {
        let (style, flag_path) = match path {
            Some(p) => (self.style(p), Some(p)),
            None => inherited,
        };
        match (style, path, flag_path) {
            (Style::Dead, ..) => succ,
            (Style::Open, Some(p), _) => self.open_drop(place, p, succ, span),
            (Style::Conditional, _, Some(fp)) => {
                let drop = self.new_block(Vec::new(), TerminatorKind::Drop { place, target: succ }, span);
                let flag = Operand::Copy(Place::local(self.flag(fp)));
                let kind = TerminatorKind::SwitchInt { discr: flag, targets: vec![(0, succ)], otherwise: drop };
                self.new_block(Vec::new(), kind, span)
            }
            _ => self.new_block(Vec::new(), TerminatorKind::Drop { place, target: succ }, span),
        }
    }

    /// Drops the parts of a partly moved value.
    fn open_drop(&mut self, place: Place, p: usize, succ: BasicBlock, span: Span) -> BasicBlock {
        let inherit = (self.own_style(p), Some(p));
        let ty = self.mp.paths[p].ty;
        if self.cx.is_box(ty) {
            return self.open_box(place, p, ty, inherit, succ, span);
        }
        match self.cx.tcx().kind(ty) {
            TyKind::Array(t, n) => {
                // Only array patterns move elements out, and they need a known length.
                let n = self.cx.tcx().len_value(n).unwrap_or(0);
                let mut next = succ;
                for i in (0..n).rev() {
                    let child = self.mp.child(p, Step::Index(i));
                    let elem = place.project(PlaceElem::ConstantIndex { offset: i, from_end: false });
                    let _ = t;
                    next = self.drop_place(elem, child, inherit, next, span);
                }
                next
            }
            TyKind::Adt(def, _) if self.cx.is_enum(ty) => self.open_enum(place, p, def, ty, inherit, succ, span),
            _ => {
                let tys = self.cx.variant_field_tys(ty, 0).unwrap_or_default();
                self.drop_fields(&place, p, None, &tys, inherit, succ, span)
            }
        }
    }

    /// A box partly moved out of (`let Node { left, .. } = *b`): drops what
    /// is left of the contents, then frees the allocation with `box_free`.
    fn open_box(
        &mut self,
        place: Place,
        p: usize,
        ty: Ty,
        inherit: (Style, Option<usize>),
        succ: BasicBlock,
        span: Span,
    ) -> BasicBlock {
        let tcx = self.cx.tcx();
        let (Some(box_free), TyKind::Adt(_, substs)) = (self.cx.program.krate.lang_item("box_free"), tcx.kind(ty))
        else {
            return succ;
        };
        self.body.locals.push(LocalDecl { ty: tcx.unit(), name: None, mutable: true, span });
        let unit = Local(self.body.locals.len() as u32 - 1);
        let free = self.new_block(
            Vec::new(),
            TerminatorKind::Call {
                func: crate::mir::Callee::Fn(box_free, substs.clone()),
                args: vec![Operand::Move(place.clone())],
                dest: Place::local(unit),
                target: Some(succ),
            },
            span,
        );
        let contents = self.mp.child(p, Step::BoxDeref);
        let contents_place = match contents {
            Some(c) => self.mp.paths[c].place.clone(),
            None => return free,
        };
        self.drop_place(contents_place, contents, inherit, free, span)
    }

    /// Drops fields first to last (the chain is built backwards).
    #[allow(clippy::too_many_arguments)]
    fn drop_fields(
        &mut self,
        base: &Place,
        p: usize,
        variant: Option<u32>,
        tys: &[Ty],
        inherit: (Style, Option<usize>),
        succ: BasicBlock,
        span: Span,
    ) -> BasicBlock {
        let mut next = succ;
        for (i, &t) in tys.iter().enumerate().rev() {
            if !self.cx.needs_drop(t) {
                continue;
            }
            let step = match variant {
                Some(v) => Step::VariantField(v, i as u32),
                None => Step::Field(i as u32),
            };
            let child = self.mp.child(p, step);
            next = self.drop_place(base.field(i as u32, t), child, inherit, next, span);
        }
        next
    }

    #[allow(clippy::too_many_arguments)]
    fn open_enum(
        &mut self,
        place: Place,
        p: usize,
        def: ferrum_hir::hir::DefId,
        ty: Ty,
        inherit: (Style, Option<usize>),
        succ: BasicBlock,
        span: Span,
    ) -> BasicBlock {
        let discrs = self.cx.discriminants(def);
        let discr_ty = self.cx.discr_ty();
        let bits = crate::tys::int_bits(self.cx.tcx(), discr_ty).unwrap_or(64);
        let mut targets = Vec::new();
        for (v, &d) in discrs.iter().enumerate() {
            let tys = self.cx.variant_field_tys(ty, v as u32).unwrap_or_default();
            let base = place.project(PlaceElem::Downcast(v as u32));
            let block = self.drop_fields(&base, p, Some(v as u32), &tys, inherit, succ, span);
            targets.push((truncate(d as u128, bits), block));
        }
        if targets.iter().all(|&(_, b)| b == succ) {
            return succ;
        }
        let unreachable = self.new_block(Vec::new(), TerminatorKind::Unreachable, span);
        self.body.locals.push(LocalDecl { ty: discr_ty, name: None, mutable: true, span });
        let d = Local(self.body.locals.len() as u32 - 1);
        let read = stmt(StatementKind::Assign(Place::local(d), Rvalue::Discriminant(place)), span);
        let kind = TerminatorKind::SwitchInt { discr: Operand::Move(Place::local(d)), targets, otherwise: unreachable };
        let switch = self.new_block(vec![read], kind, span);
        // The discriminant is only there while the enum itself is: moved
        // as a whole on some path, its own flag is tested first (as rustc).
        match self.own_style(p) {
            Style::Conditional => {
                let flag = Operand::Copy(Place::local(self.flag(p)));
                let kind = TerminatorKind::SwitchInt { discr: flag, targets: vec![(0, succ)], otherwise: switch };
                self.new_block(Vec::new(), kind, span)
            }
            Style::Dead => succ,
            _ => switch,
        }
    }

    /// A block clearing the flags of `path`'s subtree, then `succ`.
    fn clear_block(&mut self, path: usize, succ: BasicBlock, span: Span) -> BasicBlock {
        let updates = self.flag_updates(Effect::Uninit(path), span);
        if updates.is_empty() {
            return succ;
        }
        self.new_block(updates, TerminatorKind::Goto(succ), span)
    }

    /// `flag = true/false` for every flagged path an effect touches.
    fn flag_updates(&self, effect: Effect, span: Span) -> Vec<crate::mir::Statement> {
        let (path, value) = match effect {
            Effect::Init(p) => (p, true),
            Effect::Uninit(p) => (p, false),
        };
        let bool_ty = self.cx.tcx().bool();
        self.mp
            .subtree(path)
            .into_iter()
            .filter_map(|q| self.flags.get(&q))
            .map(|&f| {
                let c = Operand::Constant(Box::new(Constant { ty: bool_ty, kind: ConstKind::Scalar(value as u128) }));
                stmt(StatementKind::Assign(Place::local(f), Rvalue::Use(c)), span)
            })
            .collect()
    }

    /// Keeps every flag equal to its path's "initialised" bit: set at
    /// entry, after each statement's effects and on terminator edges.
    fn insert_flag_updates(&mut self, original: &[BasicBlockData]) {
        if self.flags.is_empty() {
            return;
        }
        self.ensure_entry_has_no_preds();
        for (i, data) in original.iter().enumerate() {
            let mut statements = Vec::with_capacity(data.statements.len());
            for s in &data.statements {
                statements.push(s.clone());
                for e in self.mp.statement_effects(&s.kind) {
                    statements.extend(self.flag_updates(e, s.span));
                }
            }
            let block = if i == 0 { self.entry_index() } else { i };
            self.body.blocks[block].statements = statements;
            if !matches!(data.terminator.kind, TerminatorKind::Drop { .. }) {
                self.edge_updates(block, &data.terminator);
            }
        }
        self.init_flags_at_entry();
    }

    /// Flag updates for a terminator's effects, on each successor edge.
    fn edge_updates(&mut self, block: usize, term: &Terminator) {
        let updates: Vec<_> =
            self.mp.terminator_effects(&term.kind).into_iter().flat_map(|e| self.flag_updates(e, term.span)).collect();
        if updates.is_empty() {
            return;
        }
        let succs = self.body.blocks[block].terminator.kind.successors();
        let mut map: Vec<BasicBlock> = (0..self.body.blocks.len() as u32).map(BasicBlock).collect();
        for s in succs {
            let edge = self.new_block(updates.clone(), TerminatorKind::Goto(s), term.span);
            map[s.index()] = edge;
        }
        crate::build::cfg_retarget(&mut self.body.blocks[block].terminator.kind, &map);
    }

    /// Moves the entry block's code to a fresh block so flag
    /// initialisation at `bb0` runs exactly once.
    fn ensure_entry_has_no_preds(&mut self) {
        let entry_data = std::mem::replace(
            &mut self.body.blocks[0],
            BasicBlockData {
                statements: Vec::new(),
                terminator: Terminator { kind: TerminatorKind::Unreachable, span: Span::DUMMY },
            },
        );
        let moved = self.new_block(entry_data.statements, entry_data.terminator.kind, entry_data.terminator.span);
        let mut map: Vec<BasicBlock> = (0..self.body.blocks.len() as u32).map(BasicBlock).collect();
        map[0] = moved;
        for b in &mut self.body.blocks {
            crate::build::cfg_retarget(&mut b.terminator.kind, &map);
        }
        self.body.blocks[0].terminator.kind = TerminatorKind::Goto(moved);
        self.entry_moved_to = Some(moved.index());
    }

    fn entry_index(&self) -> usize {
        self.entry_moved_to.unwrap_or(0)
    }

    /// `flag = false` for every flag at `bb0` (`true` for arguments).
    fn init_flags_at_entry(&mut self) {
        let bool_ty = self.cx.tcx().bool();
        let mut inits = Vec::new();
        let mut flags: Vec<(usize, Local)> = self.flags.iter().map(|(&p, &f)| (p, f)).collect();
        flags.sort_by_key(|&(_, f)| f);
        for (p, f) in flags {
            let local = self.mp.paths[p].place.local;
            let is_arg = local.index() >= 1 && local.index() <= self.body.arg_count;
            let c = Operand::Constant(Box::new(Constant { ty: bool_ty, kind: ConstKind::Scalar(is_arg as u128) }));
            inits.push(stmt(StatementKind::Assign(Place::local(f), Rvalue::Use(c)), Span::DUMMY));
        }
        let entry = &mut self.body.blocks[0].statements;
        inits.append(entry);
        *entry = inits;
    }
}
