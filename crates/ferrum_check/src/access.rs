//! What each statement and terminator does to places, in evaluation
//! order: the one description of MIR semantics that the move, the
//! initialisation and the borrow checks all read.

use crate::cfg::Location;
use crate::types::{is_copy, is_mut_ref};
use crate::BodyCx;
use ferrum_hir::hir::Mutability;
use ferrum_mir::mir::{AssertMessage, Callee, Operand, Place, PlaceElem, Rvalue, StatementKind, TerminatorKind};
use ferrum_mir::place_ty::place_ty;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AccessKind {
    /// Reading (copying) the whole value.
    Read,
    /// Reading only a discriminant or a length.
    ShallowRead,
    /// Moving the value out of the place.
    Move,
    /// Taking a reference. A `&mut` place passed by value is a mutable
    /// borrow of its target (Rust reborrows it), never a move.
    Borrow(Mutability),
    /// Assigning a new value (replaces what was there).
    Write,
    /// Setting an enum's discriminant: initialises, conflicts with nothing.
    SetDiscriminant,
}

#[derive(Clone, Debug)]
pub(crate) struct Access {
    pub(crate) place: Place,
    pub(crate) kind: AccessKind,
}

impl Access {
    /// Whether this access reads the value (rather than writing it).
    pub(crate) fn is_use(&self) -> bool {
        !matches!(self.kind, AccessKind::Write | AccessKind::SetDiscriminant)
    }
}

/// The accesses of the statement or terminator at `loc`, in order.
pub(crate) fn accesses(cx: &BodyCx, loc: Location) -> Vec<Access> {
    let mut out = Accesses { cx, list: Vec::new() };
    let data = &cx.body.blocks[loc.block.index()];
    match data.statements.get(loc.index) {
        Some(stmt) => match &stmt.kind {
            StatementKind::Assign(dest, rv) => {
                match rv {
                    Rvalue::BinaryOp(_, a, b) | Rvalue::CheckedBinaryOp(_, a, b)
                        if is_compound_assignment(cx, loc, dest, a) =>
                    {
                        // `p op= v` reads `v` before `p`, as rustc evaluates it.
                        out.operand(b);
                        out.operand(a);
                    }
                    // `let x = r;` with `r: &mut T` and no type written moves
                    // `r` (elsewhere a `&mut` is reborrowed where a reference
                    // is expected).
                    Rvalue::Use(Operand::Move(p))
                        if dest.projection.is_empty()
                            && cx.is_declared_unannotated(dest.local)
                            && p.projection.is_empty()
                            && cx.is_user(p.local)
                            && is_mut_ref(cx.mcx, cx.body.local_ty(p.local)) =>
                    {
                        out.place(p, AccessKind::Move)
                    }
                    _ => out.rvalue(rv),
                }
                out.place(dest, AccessKind::Write);
            }
            StatementKind::SetDiscriminant { place, .. } => out.place(place, AccessKind::SetDiscriminant),
            StatementKind::StorageLive(_) | StatementKind::StorageDead(_) | StatementKind::Nop => {}
        },
        None => out.terminator(&data.terminator.kind),
    }
    out.list
}

/// Whether `dest = a op b` at `loc` computes `p op= b`: `a` copies a
/// place `p` that the result (`dest`, or its first field for a checked
/// operation) is written back to right after (possibly after the
/// overflow assertion).
fn is_compound_assignment(cx: &BodyCx, loc: Location, dest: &Place, a: &Operand) -> bool {
    let Operand::Copy(p) = a else { return false };
    let data = &cx.body.blocks[loc.block.index()];
    let next = match data.statements.get(loc.index + 1) {
        Some(stmt) => Some(stmt),
        None => match &data.terminator.kind {
            TerminatorKind::Assert { target, .. } => cx.body.blocks[target.index()].statements.first(),
            _ => None,
        },
    };
    let Some(StatementKind::Assign(target, Rvalue::Use(Operand::Move(value) | Operand::Copy(value)))) =
        next.map(|s| &s.kind)
    else {
        return false;
    };
    target == p && value.local == dest.local && dest.projection.is_empty()
}

struct Accesses<'c, 'a> {
    cx: &'c BodyCx<'a>,
    list: Vec<Access>,
}

impl Accesses<'_, '_> {
    fn place(&mut self, place: &Place, kind: AccessKind) {
        for elem in &place.projection {
            if let PlaceElem::Index(i) = elem {
                self.list.push(Access { place: Place::local(*i), kind: AccessKind::Read });
            }
        }
        self.list.push(Access { place: place.clone(), kind });
    }

    fn operand(&mut self, op: &Operand) {
        match op {
            Operand::Copy(p) => self.place(p, AccessKind::Read),
            Operand::Move(p) => {
                let cx = self.cx;
                let ty = place_ty(cx.mcx, &cx.body.locals, p);
                if is_copy(cx.mcx, &cx.env, ty) {
                    self.place(p, AccessKind::Read)
                } else if is_mut_ref(cx.mcx, ty) {
                    self.place(&p.deref(), AccessKind::Borrow(Mutability::Mut))
                } else {
                    self.place(p, AccessKind::Move)
                }
            }
            Operand::Constant(_) => {}
        }
    }

    fn rvalue(&mut self, rv: &Rvalue) {
        match rv {
            Rvalue::Use(op) | Rvalue::Repeat(op, _) | Rvalue::Cast(_, op, _) | Rvalue::UnaryOp(_, op) => {
                self.operand(op)
            }
            Rvalue::BinaryOp(_, a, b) | Rvalue::CheckedBinaryOp(_, a, b) => {
                self.operand(a);
                self.operand(b);
            }
            Rvalue::Aggregate(_, ops) => ops.iter().for_each(|op| self.operand(op)),
            Rvalue::Ref(m, place) => self.place(place, AccessKind::Borrow(*m)),
            Rvalue::Len(place) | Rvalue::Discriminant(place) => self.place(place, AccessKind::ShallowRead),
            // Raw pointers carry no loan and their uses are not checked.
            Rvalue::AddressOf(..) => {}
        }
    }

    fn terminator(&mut self, kind: &TerminatorKind) {
        match kind {
            TerminatorKind::Call { func, args, dest, .. } => {
                if let Callee::Indirect(op) = func {
                    self.operand(op);
                }
                args.iter().for_each(|op| self.operand(op));
                self.place(dest, AccessKind::Write);
            }
            TerminatorKind::SwitchInt { discr, .. } => self.operand(discr),
            TerminatorKind::Assert { cond, msg, .. } => {
                self.operand(cond);
                if let AssertMessage::BoundsCheck { len, index } = msg {
                    self.operand(len);
                    self.operand(index);
                }
            }
            // A drop of a moved value does nothing, and drop glue does not
            // count as a use of the borrows inside (a miss at worst).
            TerminatorKind::Drop { .. }
            | TerminatorKind::Goto(_)
            | TerminatorKind::Return
            | TerminatorKind::Unreachable => {}
        }
    }
}
