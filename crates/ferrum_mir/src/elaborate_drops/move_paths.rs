//! Move paths: the parts of locals whose initialisation drop elaboration
//! tracks — a local, and below it fields, variant fields, constant array
//! indices and the contents of a `Box` (never through another dereference
//! or a dynamic index).
//!
//! Only values whose type needs drop get paths. Each path knows its
//! parent and children; initialising a path initialises its whole
//! subtree, moving out of it un-initialises the subtree.

use crate::mir::{Body, Callee, Local, Operand, Place, PlaceElem, Rvalue, StatementKind, TerminatorKind};
use crate::tys::MirCtxt;
use ferrum_ty::ty::Ty;
use rustc_hash::FxHashMap;

/// One step from a path to a child path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Step {
    Field(u32),
    VariantField(u32, u32),
    Index(u64),
    /// `*b` of a `Box`: its contents can be moved out of piecewise.
    BoxDeref,
}

#[derive(Debug)]
pub(crate) struct MovePath {
    pub(crate) place: Place,
    pub(crate) ty: Ty,
    pub(crate) children: Vec<(Step, usize)>,
}

#[derive(Debug, Default)]
pub(crate) struct MovePaths {
    pub(crate) paths: Vec<MovePath>,
    pub(crate) roots: FxHashMap<Local, usize>,
}

/// What a statement or terminator does to initialisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Effect {
    Init(usize),
    Uninit(usize),
}

/// Splits a projection into steps; `None` if it is not trackable.
pub(crate) fn steps(projection: &[PlaceElem]) -> Option<Vec<Step>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < projection.len() {
        match (projection[i], projection.get(i + 1)) {
            // `*b` is built as `*(b.0)`, the deref of the box's pointer;
            // only a box's paths get this child (see `MovePaths::add`).
            (PlaceElem::Field(0, _), Some(PlaceElem::Deref)) => {
                out.push(Step::BoxDeref);
                i += 1;
            }
            (PlaceElem::Field(f, _), _) => out.push(Step::Field(f)),
            (PlaceElem::Downcast(v), Some(PlaceElem::Field(f, _))) => {
                out.push(Step::VariantField(v, *f));
                i += 1;
            }
            (PlaceElem::ConstantIndex { offset, from_end: false }, _) => out.push(Step::Index(offset)),
            _ => return None,
        }
        i += 1;
    }
    Some(out)
}

impl MovePaths {
    /// Builds the paths of every trackable place the body moves, assigns
    /// or drops, for locals whose type needs drop.
    pub(crate) fn build(cx: &MirCtxt, body: &Body) -> MovePaths {
        let mut mp = MovePaths::default();
        for (i, decl) in body.locals.iter().enumerate() {
            if cx.needs_drop(decl.ty) {
                let local = Local(i as u32);
                mp.roots.insert(local, mp.paths.len());
                mp.paths.push(MovePath { place: Place::local(local), ty: decl.ty, children: Vec::new() });
            }
        }
        for block in &body.blocks {
            for stmt in &block.statements {
                if let StatementKind::Assign(place, rv) = &stmt.kind {
                    mp.add(cx, body, place);
                    for_each_moved(rv, &mut |p| {
                        mp.add(cx, body, p);
                    });
                }
            }
            for_each_terminator_place(&block.terminator.kind, &mut |p| {
                mp.add(cx, body, p);
            });
        }
        mp
    }

    /// The path of `place`, creating it (and its prefixes) if trackable.
    fn add(&mut self, cx: &MirCtxt, body: &Body, place: &Place) -> Option<usize> {
        let mut cur = *self.roots.get(&place.local)?;
        let steps = steps(&place.projection)?;
        let mut taken = 0;
        for step in steps {
            taken += if matches!(step, Step::VariantField(..) | Step::BoxDeref) { 2 } else { 1 };
            if let Some(&(_, child)) = self.paths[cur].children.iter().find(|(s, _)| *s == step) {
                cur = child;
                continue;
            }
            if step == Step::BoxDeref && !cx.is_box(self.paths[cur].ty) {
                return None;
            }
            let sub = Place { local: place.local, projection: place.projection[..taken].to_vec() };
            let ty = crate::place_ty::place_ty(cx, &body.locals, &sub);
            if !cx.needs_drop(ty) {
                return None;
            }
            let id = self.paths.len();
            self.paths.push(MovePath { place: sub, ty, children: Vec::new() });
            self.paths[cur].children.push((step, id));
            cur = id;
        }
        Some(cur)
    }

    /// The existing path of `place`, if it is tracked.
    pub(crate) fn find(&self, place: &Place) -> Option<usize> {
        let mut cur = *self.roots.get(&place.local)?;
        for step in steps(&place.projection)? {
            cur = self.paths[cur].children.iter().find(|(s, _)| *s == step)?.1;
        }
        Some(cur)
    }

    pub(crate) fn child(&self, path: usize, step: Step) -> Option<usize> {
        self.paths[path].children.iter().find(|(s, _)| *s == step).map(|&(_, c)| c)
    }

    /// `path` and all its descendants.
    pub(crate) fn subtree(&self, path: usize) -> Vec<usize> {
        let mut out = vec![path];
        let mut i = 0;
        while i < out.len() {
            out.extend(self.paths[out[i]].children.iter().map(|&(_, c)| c));
            i += 1;
        }
        out
    }

    /// The effects of a statement, in order.
    pub(crate) fn statement_effects(&self, kind: &StatementKind) -> Vec<Effect> {
        let mut out = Vec::new();
        match kind {
            StatementKind::Assign(place, rv) => {
                for_each_moved(rv, &mut |p| out.extend(self.find(p).map(Effect::Uninit)));
                out.extend(self.find(place).map(Effect::Init));
            }
            StatementKind::StorageLive(l) | StatementKind::StorageDead(l) => {
                out.extend(self.roots.get(l).map(|&p| Effect::Uninit(p)));
            }
            StatementKind::SetDiscriminant { .. } | StatementKind::Nop => {}
        }
        out
    }

    /// The effects of a terminator (on every successor edge), in order.
    pub(crate) fn terminator_effects(&self, kind: &TerminatorKind) -> Vec<Effect> {
        let mut out = Vec::new();
        match kind {
            TerminatorKind::Call { func, args, dest, .. } => {
                if let Callee::Indirect(op) = func {
                    moved(op, &mut |p| out.extend(self.find(p).map(Effect::Uninit)));
                }
                for op in args {
                    moved(op, &mut |p| out.extend(self.find(p).map(Effect::Uninit)));
                }
                out.extend(self.find(dest).map(Effect::Init));
            }
            TerminatorKind::Drop { place, .. } => out.extend(self.find(place).map(Effect::Uninit)),
            TerminatorKind::SwitchInt { discr: op, .. } | TerminatorKind::Assert { cond: op, .. } => {
                moved(op, &mut |p| out.extend(self.find(p).map(Effect::Uninit)));
            }
            TerminatorKind::Goto(_) | TerminatorKind::Return | TerminatorKind::Unreachable => {}
        }
        out
    }
}

fn moved(op: &Operand, f: &mut dyn FnMut(&Place)) {
    if let Operand::Move(p) = op {
        f(p)
    }
}

/// Calls `f` on every place an rvalue moves from.
pub(crate) fn for_each_moved(rv: &Rvalue, f: &mut dyn FnMut(&Place)) {
    match rv {
        Rvalue::Use(op) | Rvalue::Repeat(op, _) | Rvalue::Cast(_, op, _) | Rvalue::UnaryOp(_, op) => moved(op, f),
        Rvalue::BinaryOp(_, a, b) | Rvalue::CheckedBinaryOp(_, a, b) => {
            moved(a, f);
            moved(b, f);
        }
        Rvalue::Aggregate(_, ops) => ops.iter().for_each(|op| moved(op, f)),
        Rvalue::Ref(..) | Rvalue::AddressOf(..) | Rvalue::Len(_) | Rvalue::Discriminant(_) => {}
    }
}

/// Places a terminator moves from, writes or drops.
fn for_each_terminator_place(kind: &TerminatorKind, f: &mut dyn FnMut(&Place)) {
    match kind {
        TerminatorKind::Call { func, args, dest, .. } => {
            if let Callee::Indirect(op) = func {
                moved(op, f);
            }
            args.iter().for_each(|op| moved(op, f));
            f(dest);
        }
        TerminatorKind::Drop { place, .. } => f(place),
        _ => {}
    }
}
