//! Loans (the `&`/`&mut` borrows of user variables) and the forward
//! analysis of which locals may hold each loan.
//!
//! A local holds a loan when its value may contain the reference the
//! loan created or one derived from it: copies and moves of it, reborrows
//! through it (`&mut *r`), aggregates containing it, and call results
//! that may borrow from it (see [`crate::signature`]). Assigning a whole
//! local replaces what it holds; assigning a field adds to it.
//!
//! As in rustc, assigning to a place ends the loans of places behind it
//! (after `r = &mut b`, a loan of `*r` no longer restricts anything), and
//! `StorageDead` ends the loans of the dead local.

use crate::access::AccessKind;
use crate::cfg::Location;
use crate::liveness::Liveness;
use crate::sparse::{Held, LoanSet, Part};
use crate::BodyCx;
use ferrum_hir::hir::Mutability;
use ferrum_mir::mir::{
    AggregateKind, BasicBlock, Callee, Local, Operand, Place, PlaceElem, Rvalue, StatementKind, TerminatorKind,
};
use ferrum_mir::place_ty::{operand_ty, place_ty};
use ferrum_ty::ty::TyKind;
use rustc_hash::FxHashMap;

#[derive(Debug)]
pub(crate) struct Loan {
    pub(crate) place: Place,
    pub(crate) mutability: Mutability,
    pub(crate) loc: Location,
    /// For a two-phase borrow (`&mut` autoref of a method receiver, or
    /// any `&mut` temporary consumed by one call): the temporary. Until
    /// the call, the loan only conflicts like a shared one.
    pub(crate) two_phase: Option<Local>,
}

pub(crate) struct Loans {
    pub(crate) list: Vec<Loan>,
    at: FxHashMap<Location, usize>,
    /// The loan each two-phase temporary holds.
    pub(crate) reservation_of: FxHashMap<Local, usize>,
    /// Whether each local can hold a loan at all (by its type).
    holder: Vec<bool>,
}

impl Loans {
    pub(crate) fn new(cx: &BodyCx) -> Loans {
        let body = cx.body;
        let holder = body.locals.iter().map(|d| cx.holders().may_hold(cx.mcx, d.ty)).collect();
        let mut loans =
            Loans { list: Vec::new(), at: FxHashMap::default(), reservation_of: FxHashMap::default(), holder };
        let single_call_uses = single_call_uses(cx);
        for (b, data) in body.blocks.iter().enumerate() {
            for (index, stmt) in data.statements.iter().enumerate() {
                let StatementKind::Assign(dest, Rvalue::Ref(m, place)) = &stmt.kind else {
                    continue;
                };
                if !cx.is_user(place.local) || through_raw_pointer(cx, place) {
                    continue;
                }
                let temp = (dest.projection.is_empty()
                    && *m == Mutability::Mut
                    && !cx.is_user(dest.local)
                    && dest.local != Local::RETURN
                    && single_call_uses.get(&dest.local) == Some(&1))
                .then_some(dest.local);
                let id = loans.list.len();
                let loc = Location { block: BasicBlock(b as u32), index };
                loans.list.push(Loan { place: place.clone(), mutability: *m, loc, two_phase: temp });
                loans.at.insert(loc, id);
                if let Some(t) = temp {
                    loans.reservation_of.insert(t, id);
                }
            }
        }
        // A temporary assigned two borrows is not a simple autoref.
        let mut seen: FxHashMap<Local, usize> = FxHashMap::default();
        for loan in &loans.list {
            if let Some(t) = loan.two_phase {
                *seen.entry(t).or_default() += 1;
            }
        }
        for loan in &mut loans.list {
            if loan.two_phase.is_some_and(|t| seen[&t] > 1) {
                loans.reservation_of.remove(&loan.two_phase.unwrap_or(Local::RETURN));
                loan.two_phase = None;
            }
        }
        loans
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Per local, whether its type lets it hold a loan.
    pub(crate) fn holders(&self) -> &[bool] {
        &self.holder
    }

    /// The loan created at `loc`, if any.
    pub(crate) fn created_at(&self, loc: Location) -> Option<usize> {
        self.at.get(&loc).copied()
    }

    /// The state on entry of every block (`None` if unreachable). What
    /// dead locals hold is dropped at block ends: a dead local is assigned
    /// as a whole before it is read again, so it cannot matter.
    pub(crate) fn solve(&self, cx: &BodyCx, liveness: &Liveness) -> Vec<Option<Held>> {
        let body = cx.body;
        let mut entry: Vec<Option<Held>> = vec![None; body.blocks.len()];
        entry[0] = Some(Held::default());
        let mut work = vec![BasicBlock::START];
        while let Some(bb) = work.pop() {
            let Some(mut state) = entry[bb.index()].clone() else {
                continue;
            };
            for index in 0..=body.blocks[bb.index()].statements.len() {
                self.apply(cx, Location { block: bb, index }, &mut state);
            }
            let live = liveness.live_out(bb);
            state.retain(|l| live.contains(l.index()));
            for succ in body.blocks[bb.index()].terminator.kind.successors() {
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

    /// Applies the effect of the location `loc` to `held`.
    pub(crate) fn apply(&self, cx: &BodyCx, loc: Location, held: &mut Held) {
        let data = &cx.body.blocks[loc.block.index()];
        match data.statements.get(loc.index) {
            Some(stmt) => match &stmt.kind {
                StatementKind::Assign(dest, rv) => {
                    let gen = self.rvalue_loans(cx, rv, held);
                    self.assign(dest, gen, self.created_at(loc), held);
                }
                StatementKind::StorageLive(l) | StatementKind::StorageDead(l) => {
                    held.set(*l, Vec::new());
                    self.kill_behind(&Place::local(*l), held);
                }
                StatementKind::SetDiscriminant { .. } | StatementKind::Nop => {}
            },
            None => {
                if let TerminatorKind::Call { func, args, dest, .. } = &data.terminator.kind {
                    let gen = self.call_loans(cx, func, args, dest, held);
                    self.store_through_mut_args(cx, func, args, held);
                    self.assign(dest, vec![(Part::WHOLE, gen)], None, held);
                }
            }
        }
    }

    /// Stores the loans `gen` (by part of the value) into `dest`, plus the
    /// loan created by this assignment.
    fn assign(&self, dest: &Place, mut gen: Gen, own: Option<usize>, held: &mut Held) {
        if dest.has_deref() {
            // Stored behind a pointer: no longer followed (the checker
            // then only reports less).
            return;
        }
        self.kill_behind(dest, held);
        for (_, set) in &mut gen {
            set.retain(|l| !self.is_behind(l, dest));
        }
        if let Some(own) = own {
            let mut set = LoanSet::default();
            set.insert(own);
            gen.push((Part::WHOLE, set));
        }
        if !self.holder[dest.local.index()] {
            return;
        }
        if dest.projection.is_empty() {
            let mut merged: Gen = Vec::new();
            for (part, set) in gen {
                match merged.iter_mut().find(|(p, _)| *p == part) {
                    Some((_, s)) => {
                        s.union(&set);
                    }
                    None => merged.push((part, set)),
                }
            }
            held.set(dest.local, merged);
        } else {
            let part = part_of(dest);
            for (_, set) in gen {
                held.add(dest.local, part, &set);
            }
        }
    }

    /// Ends every loan of a place the assignment to `place` certainly
    /// overwrites or cuts off: a part of it (also behind a reference it
    /// holds) or a place containing it. (Assigning into a borrowed place
    /// is an error reported at the assignment; later uses of that borrow
    /// are not reported again, as in rustc.)
    fn kill_behind(&self, place: &Place, held: &mut Held) {
        held.retain_loans(|l| !self.is_behind(l, place));
    }

    /// Whether the loan's place certainly overlaps `place`: one is a
    /// prefix of the other (indexes are taken as distinct).
    fn is_behind(&self, loan: usize, place: &Place) -> bool {
        let borrowed = &self.list[loan].place;
        borrowed.local == place.local
            && borrowed.projection.iter().zip(&place.projection).all(|(a, b)| match (a, b) {
                (PlaceElem::Index(_), _) | (_, PlaceElem::Index(_)) => false,
                _ => a == b,
            })
    }

    pub(crate) fn operand_loans(&self, op: &Operand, held: &Held) -> LoanSet {
        match op {
            Operand::Copy(p) | Operand::Move(p) if !p.has_deref() => held.of_part(p.local, part_of(p)),
            // A reference read out of memory: not followed.
            _ => LoanSet::default(),
        }
    }

    /// The loans an rvalue's value holds, by part: the fields of a tuple
    /// or struct literal separately, anything else as a whole.
    fn rvalue_loans(&self, cx: &BodyCx, rv: &Rvalue, held: &Held) -> Gen {
        let whole = |set| vec![(Part::WHOLE, set)];
        match rv {
            Rvalue::Use(op) | Rvalue::Repeat(op, _) => whole(self.operand_loans(op, held)),
            Rvalue::Cast(_, op, ty) if cx.holders().may_hold(cx.mcx, *ty) => whole(self.operand_loans(op, held)),
            Rvalue::Aggregate(kind, ops) => {
                let by_field = match kind {
                    AggregateKind::Tuple => true,
                    AggregateKind::Adt(def, ..) => cx.program.items.adts.get(def).is_some_and(|a| !a.is_enum()),
                    AggregateKind::Array(_) | AggregateKind::Closure(_) => false,
                };
                ops.iter()
                    .enumerate()
                    .map(|(i, op)| {
                        let part = if by_field { Part::field(i as u32) } else { Part::WHOLE };
                        (part, self.operand_loans(op, held))
                    })
                    .collect()
            }
            Rvalue::Ref(_, place) => whole(self.reborrowed(cx, place, held)),
            _ => Vec::new(),
        }
    }

    /// The loans a new reference to `place` keeps alive besides its own:
    /// those of the variable for `&x.f`; for a reborrow `&*r` those of the
    /// reference `r`, when every dereference after the first is of a
    /// `&mut` (a shared reference in between cuts the chain, as in rustc).
    fn reborrowed(&self, cx: &BodyCx, place: &Place, held: &Held) -> LoanSet {
        let derefs: Vec<usize> =
            place.projection.iter().enumerate().filter(|(_, e)| **e == PlaceElem::Deref).map(|(i, _)| i).collect();
        for (n, &i) in derefs.iter().enumerate() {
            let pointer = Place { local: place.local, projection: place.projection[..i].to_vec() };
            let ty = place_ty(cx.mcx, &cx.body.locals, &pointer);
            let ok = match cx.mcx.tcx().kind(ty) {
                TyKind::Ref(_, Mutability::Mut) => true,
                TyKind::Ref(_, Mutability::Not) => n == 0,
                _ => false,
            };
            if !ok {
                return LoanSet::default();
            }
        }
        held.of_part(place.local, part_of(place))
    }

    /// A call may store an argument's loans in what a `&mut` argument
    /// points to (`names.push(&s)`): the mutably borrowed local then holds
    /// them too.
    fn store_through_mut_args(&self, cx: &BodyCx, func: &Callee, args: &[Operand], held: &mut Held) {
        let Callee::Fn(def, _) = func else { return };
        for &(dst, src) in cx.sigs().stores(cx.mcx, cx.holders(), *def).iter() {
            let (Some(dst_op), Some(src_op)) = (args.get(dst), args.get(src)) else { continue };
            let stored = self.operand_loans(src_op, held);
            if stored.is_empty() {
                continue;
            }
            let targets: Vec<Local> = self
                .operand_loans(dst_op, held)
                .iter()
                .map(|l| &self.list[l])
                .filter(|loan| loan.mutability == Mutability::Mut && !loan.place.has_deref())
                .map(|loan| loan.place.local)
                .filter(|l| self.holder[l.index()])
                .collect();
            for target in targets {
                held.add(target, Part::WHOLE, &stored);
            }
        }
    }

    /// What a call's result may hold: the loans of the arguments its
    /// signature says it borrows from.
    fn call_loans(&self, cx: &BodyCx, func: &Callee, args: &[Operand], dest: &Place, held: &Held) -> LoanSet {
        let mut set = LoanSet::default();
        let dest_ty = place_ty(cx.mcx, &cx.body.locals, dest);
        if !cx.holders().may_hold(cx.mcx, dest_ty) {
            return set;
        }
        let flows: Vec<usize> = match func {
            Callee::Fn(def, _) => match cx.sigs().flows(cx.mcx, cx.holders(), *def) {
                Some(flows) => flows.to_vec(),
                None => return set,
            },
            // A function pointer: only a single argument that can hold a
            // borrow is certain to be the one borrowed from.
            Callee::Indirect(_) => {
                let holding: Vec<usize> = (0..args.len())
                    .filter(|&i| cx.holders().may_hold(cx.mcx, operand_ty(cx.mcx, &cx.body.locals, &args[i])))
                    .collect();
                if holding.len() != 1 {
                    return set;
                }
                holding
            }
        };
        for i in flows {
            if let Some(op) = args.get(i) {
                set.union(&self.operand_loans(op, held));
            }
        }
        set
    }
}

/// Whether a place is reached through a raw pointer (unsafe code, not
/// checked).
fn through_raw_pointer(cx: &BodyCx, place: &Place) -> bool {
    place.projection.iter().enumerate().any(|(i, e)| {
        *e == PlaceElem::Deref && {
            let pointer = Place { local: place.local, projection: place.projection[..i].to_vec() };
            !matches!(cx.mcx.tcx().kind(place_ty(cx.mcx, &cx.body.locals, &pointer)), TyKind::Ref(..))
        }
    })
}

/// For each temporary, how many times it is read, when all its reads are
/// `&mut` arguments of calls (`None` entries are dropped).
fn single_call_uses(cx: &BodyCx) -> FxHashMap<Local, usize> {
    let mut counts: FxHashMap<Local, usize> = FxHashMap::default();
    let mut other: FxHashMap<Local, bool> = FxHashMap::default();
    for (loc, access) in cx.all_accesses() {
        let is_call = loc.index == cx.body.blocks[loc.block.index()].statements.len()
            && matches!(cx.body.blocks[loc.block.index()].terminator.kind, TerminatorKind::Call { .. });
        let local = access.place.local;
        if !access.is_use() && !access.place.has_deref() {
            continue;
        }
        let reborrow_arg = is_call
            && access.kind == AccessKind::Borrow(Mutability::Mut)
            && access.place.projection == [PlaceElem::Deref];
        if reborrow_arg {
            *counts.entry(local).or_default() += 1;
        } else {
            other.insert(local, true);
        }
    }
    counts.retain(|l, _| !other.contains_key(l));
    counts
}

/// Loans of a value being stored, by part.
type Gen = Vec<(Part, LoanSet)>;

/// The part of its local a place lies in: the top-level field it starts
/// with, if any.
fn part_of(place: &Place) -> Part {
    match place.projection.first() {
        Some(PlaceElem::Field(i, _)) => Part::field(*i),
        _ => Part::WHOLE,
    }
}
