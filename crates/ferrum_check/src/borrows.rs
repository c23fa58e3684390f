//! Borrow conflicts under a simplified NLL: a loan is live at a point when
//! a local that may hold it ([`crate::loans`]) is live there
//! ([`crate::liveness`]). An access that conflicts with a live loan of an
//! overlapping place is an error: E0499, E0502, E0503, E0505 or E0506.
//!
//! Two-phase borrows: a `&mut` temporary consumed by one call (method
//! autoref, `f(&mut x)`) only conflicts like a shared borrow until the
//! call; at the call it is checked as a mutable borrow against the loans
//! still live into the call.

use crate::access::{Access, AccessKind};
use crate::cfg::Location;
use crate::describe::describe;
use crate::liveness::Liveness;
use crate::loans::{Loan, Loans};
use crate::sparse::{Held, LoanSet, SparseSet};
use crate::{BodyCx, Found};
use ferrum_hir::hir::Mutability;
use ferrum_mir::mir::{BasicBlock, Local, Place, PlaceElem, StatementKind, TerminatorKind};
use ferrum_span::{Diagnostic, Span};
use rustc_hash::FxHashSet;

pub(crate) fn check(cx: &BodyCx, found: &mut Found) {
    let loans = Loans::new(cx);
    if loans.is_empty() {
        return;
    }
    let liveness = Liveness::new(cx, loans.holders().to_vec());
    let entry = loans.solve(cx, &liveness);
    let mut checker = Checker { cx, loans: &loans, entry: &entry, reported: FxHashSet::default(), found };
    for &bb in &cx.cfg.rpo {
        let Some(mut held) = entry[bb.index()].clone() else {
            continue;
        };
        let live_after = liveness.live_after(cx, bb);
        let last = cx.body.blocks[bb.index()].statements.len();
        for (index, live) in live_after.iter().enumerate() {
            let loc = Location { block: bb, index };
            let at = At { loc, held: &held, live, dest: whole_dest(cx, loc) };
            let (active, reserved) = live_loans(&loans, &at);
            for access in cx.accesses_at(loc) {
                checker.access(&at, access, &active, &reserved);
            }
            checker.storage_dead(&at, &active);
            if index == last {
                checker.activations(&at);
                checker.returned_loans(&at);
            }
            loans.apply(cx, loc, &mut held);
        }
    }
}

/// The loans live just after `loc`, split into those in force and the
/// two-phase borrows still only reserved.
fn live_loans(loans: &Loans, at: &At) -> (LoanSet, LoanSet) {
    let mut active = LoanSet::default();
    let mut reserved = LoanSet::default();
    for (local, set) in at.live_holders() {
        let mut h = set.clone();
        if let Some(&own) = loans.reservation_of.get(&local) {
            if h.contains(own) {
                h.remove(own);
                reserved.insert(own);
            }
        }
        active.union(&h);
    }
    reserved.subtract(&active);
    (active, reserved)
}

/// The local a location assigns as a whole (its old value is dead there).
fn whole_dest(cx: &BodyCx, loc: Location) -> Option<Local> {
    let data = &cx.body.blocks[loc.block.index()];
    let dest = match data.statements.get(loc.index) {
        Some(stmt) => match &stmt.kind {
            StatementKind::Assign(dest, _) => dest,
            _ => return None,
        },
        None => match &data.terminator.kind {
            TerminatorKind::Call { dest, .. } => dest,
            _ => return None,
        },
    };
    dest.projection.is_empty().then_some(dest.local)
}

/// Whether an access to `access` (deep: the whole value including what
/// it points to; shallow: the place itself) touches the loaned place.
fn overlaps(loan: &Place, access: &Place, deep: bool) -> bool {
    if loan.local != access.local {
        return false;
    }
    for (a, b) in loan.projection.iter().zip(&access.projection) {
        match (a, b) {
            (PlaceElem::Field(x, _), PlaceElem::Field(y, _)) if x != y => return false,
            (PlaceElem::Field(..), PlaceElem::Field(..)) | (PlaceElem::Deref, PlaceElem::Deref) => {}
            (PlaceElem::Downcast(x), PlaceElem::Downcast(y)) => {
                if x != y {
                    return false;
                }
            }
            (
                PlaceElem::ConstantIndex { offset: x, from_end: fx },
                PlaceElem::ConstantIndex { offset: y, from_end: fy },
            ) => {
                if fx == fy && x != y {
                    return false;
                }
            }
            (
                PlaceElem::Index(_) | PlaceElem::ConstantIndex { .. },
                PlaceElem::Index(_) | PlaceElem::ConstantIndex { .. },
            ) => {}
            // Subslices and mismatched projections: not compared.
            _ => return false,
        }
    }
    if loan.projection.len() <= access.projection.len() {
        return true;
    }
    // The loan is of a part of the accessed place: a shallow access does
    // not reach behind a reference.
    deep || !loan.projection[access.projection.len()..].contains(&PlaceElem::Deref)
}

struct Checker<'c, 'a> {
    cx: &'c BodyCx<'a>,
    loans: &'c Loans,
    entry: &'c [Option<Held>],
    /// One error per place and span, as rustc: `x += 1` reads and writes
    /// `x` at the same span and gets one error.
    reported: FxHashSet<(Span, Place)>,
    found: &'c mut Found,
}

/// The state at one location: what each local holds before it, which
/// locals are live after it, and the local it assigns as a whole.
struct At<'s> {
    loc: Location,
    held: &'s Held,
    live: &'s SparseSet,
    dest: Option<Local>,
}

impl At<'_> {
    /// The locals live after the location (other than the one it
    /// overwrites) with what they hold.
    fn live_holders(&self) -> impl Iterator<Item = (Local, &LoanSet)> + '_ {
        self.held.iter().filter(|(l, _)| self.live.contains(l.index()) && Some(*l) != self.dest)
    }
}

/// How an access conflicts.
#[derive(Clone, Copy, PartialEq)]
enum Conflict {
    /// E0503.
    Use,
    /// E0505.
    Move,
    /// E0499 or E0502.
    Borrow(Mutability),
    /// E0506.
    Assign,
}

impl Checker<'_, '_> {
    fn access(&mut self, at: &At, access: &Access, active: &LoanSet, reserved: &LoanSet) {
        let loc = at.loc;
        if !self.cx.is_user(access.place.local) {
            return;
        }
        let reservation = self.loans.created_at(loc).is_some_and(|l| self.loans.list[l].two_phase.is_some());
        // (deep, conflicts with shared loans too, what kind)
        let (deep, with_shared, conflict) = match access.kind {
            AccessKind::Read => (true, false, Conflict::Use),
            AccessKind::ShallowRead => (false, false, Conflict::Use),
            AccessKind::Move => (true, true, Conflict::Move),
            AccessKind::Borrow(Mutability::Not) => (true, false, Conflict::Borrow(Mutability::Not)),
            AccessKind::Borrow(Mutability::Mut) => (true, !reservation, Conflict::Borrow(Mutability::Mut)),
            AccessKind::Write => (false, true, Conflict::Assign),
            AccessKind::SetDiscriminant => return,
        };
        let candidates = active.iter().map(|l| (l, false)).chain(reserved.iter().map(|l| (l, true)));
        for (id, is_reserved) in candidates {
            let loan = &self.loans.list[id];
            // A reserved two-phase borrow conflicts like a shared one.
            let loan_is_mut = loan.mutability == Mutability::Mut && !is_reserved;
            if !loan_is_mut && !with_shared {
                continue;
            }
            if !overlaps(&loan.place, &access.place, deep) || !self.confirmed(at, id) {
                continue;
            }
            if self.reported.insert((loc.span(self.cx.body), access.place.clone())) {
                let d = self.error(loc, self.cx.access_span(loc, access), &access.place, conflict, id);
                self.found.push(d);
            }
            return;
        }
    }

    /// `StorageDead(x)` while a loan of `x` is still used later: E0597, or
    /// E0515 when only the return value holds it.
    fn storage_dead(&mut self, at: &At, active: &LoanSet) {
        let cx = self.cx;
        let Some(stmt) = cx.body.blocks[at.loc.block.index()].statements.get(at.loc.index) else { return };
        let StatementKind::StorageDead(dead) = stmt.kind else { return };
        if !cx.is_user(dead) {
            return;
        }
        // A loan of it in the return value: the reference escapes (E0515).
        let returned: Vec<usize> =
            at.held.of(Local(0)).iter().filter(|&l| self.loans.list[l].place.local == dead).collect();
        if !returned.is_empty() {
            self.report_returned(returned);
            return;
        }
        for id in active.iter() {
            let loan = &self.loans.list[id];
            // A loan through a reference (`&*r`) outlives `r` itself.
            if loan.place.local != dead || loan.place.has_deref() {
                continue;
            }
            if !self.confirmed(at, id) {
                continue;
            }
            let loan_span = loan.loc.span(cx.body);
            if !self.reported.insert((loan_span, loan.place.clone())) {
                return;
            }
            let name = describe(cx, &loan.place).unwrap_or_else(|| "value".to_string());
            let d = {
                let decl = cx.body.locals[dead.index()].span;
                let mut d = Diagnostic::error(format!("`{name}` does not live long enough"))
                    .code("E0597")
                    .secondary(decl, format!("binding `{name}` declared here"))
                    .primary(loan_span, "borrowed value does not live long enough");
                // The scope's end, when the MIR knows it (a `StorageDead`
                // may carry its declaration's span instead).
                let dropped = at.loc.span(cx.body);
                if dropped.lo > loan_span.hi {
                    d = d.secondary(dropped, format!("`{name}` dropped here while still borrowed"));
                }
                if let Some(later) = self.later_use(id, at.loc).filter(|&l| l != loan_span) {
                    d = d.secondary(later, "borrow later used here");
                }
                d
            };
            self.found.push(d);
            return;
        }
    }

    /// `return` with a value holding a loan of a local or parameter, which
    /// dies as the function returns: E0515.
    fn returned_loans(&mut self, at: &At) {
        let cx = self.cx;
        if !matches!(cx.body.blocks[at.loc.block.index()].terminator.kind, TerminatorKind::Return) {
            return;
        }
        let returned: Vec<usize> = at.held.of(Local(0)).iter().collect();
        self.report_returned(returned);
    }

    fn report_returned(&mut self, loans: Vec<usize>) {
        let cx = self.cx;
        for id in loans {
            let loan = &self.loans.list[id];
            if loan.place.has_deref() || !cx.is_user(loan.place.local) {
                continue;
            }
            let loan_span = loan.loc.span(cx.body);
            if !self.reported.insert((loan_span, loan.place.clone())) {
                continue;
            }
            let name = describe(cx, &loan.place).unwrap_or_else(|| "value".to_string());
            let local = loan.place.local.index();
            let what = if (1..=cx.body.arg_count).contains(&local) { "function parameter" } else { "local variable" };
            let d = Diagnostic::error(format!("cannot return reference to {what} `{name}`"))
                .code("E0515")
                .primary(loan_span, "returns a reference to data owned by the current function");
            self.found.push(d);
        }
    }

    /// At a call: each two-phase borrow passed to it becomes a real
    /// mutable borrow, checked against the loans live into the call: those
    /// the arguments pass in and those used after it. (Arguments are
    /// evaluated before the activation, as in rustc's MIR, where each is
    /// first copied to a temporary: `f(&mut x, *r)` only reads `r`.)
    fn activations(&mut self, at: &At) {
        let (loc, held) = (at.loc, at.held);
        let TerminatorKind::Call { args, .. } = &self.cx.body.blocks[loc.block.index()].terminator.kind else {
            return;
        };
        let mut passed = LoanSet::default();
        for arg in args {
            passed.union(&self.loans.operand_loans(arg, held));
        }
        let mut live = passed.clone();
        for (_, set) in at.live_holders() {
            live.union(set);
        }
        for access in self.cx.accesses_at(loc) {
            if access.kind != AccessKind::Borrow(Mutability::Mut) {
                continue;
            }
            let Some(&own) = self.loans.reservation_of.get(&access.place.local) else {
                continue;
            };
            if !held.holds(access.place.local, own) {
                continue;
            }
            let own_loan: &Loan = &self.loans.list[own];
            let mut live = live.clone();
            live.remove(own);
            for id in live.iter() {
                if !overlaps(&self.loans.list[id].place, &own_loan.place, true) {
                    continue;
                }
                if !passed.contains(id) && !self.confirmed(at, id) {
                    continue;
                }
                if self.reported.insert((own_loan.loc.span(self.cx.body), own_loan.place.clone())) {
                    let span = own_loan.loc.span(self.cx.body);
                    let d = self.error(loc, span, &own_loan.place.clone(), Conflict::Borrow(Mutability::Mut), id);
                    self.found.push(d);
                }
                break;
            }
        }
    }

    fn error(&self, loc: Location, span: Span, place: &Place, conflict: Conflict, loan_id: usize) -> Diagnostic {
        let cx = self.cx;
        let loan = &self.loans.list[loan_id];
        let name = describe(cx, place).unwrap_or_else(|| "value".to_string());
        let loaned = describe(cx, &loan.place).unwrap_or_else(|| "value".to_string());
        let loan_span = loan.loc.span(cx.body);
        let same = loan.loc == loc;
        let later = self.later_use(loan_id, loc);
        let shared_loan = loan.mutability == Mutability::Not;
        let (code, message, loan_label, access_label, later_label) = match conflict {
            Conflict::Borrow(Mutability::Mut) if !shared_loan => (
                "E0499",
                format!("cannot borrow `{name}` as mutable more than once at a time"),
                "first mutable borrow occurs here".to_string(),
                "second mutable borrow occurs here".to_string(),
                "first borrow later used here",
            ),
            Conflict::Borrow(Mutability::Mut) => (
                "E0502",
                format!("cannot borrow `{name}` as mutable because it is also borrowed as immutable"),
                "immutable borrow occurs here".to_string(),
                "mutable borrow occurs here".to_string(),
                "immutable borrow later used here",
            ),
            Conflict::Borrow(Mutability::Not) => (
                "E0502",
                format!("cannot borrow `{name}` as immutable because it is also borrowed as mutable"),
                "mutable borrow occurs here".to_string(),
                "immutable borrow occurs here".to_string(),
                "mutable borrow later used here",
            ),
            Conflict::Use => (
                "E0503",
                format!("cannot use `{name}` because it was mutably borrowed"),
                format!("`{loaned}` is borrowed here"),
                format!("use of borrowed `{loaned}`"),
                "borrow later used here",
            ),
            Conflict::Move => (
                "E0505",
                format!("cannot move out of `{name}` because it is borrowed"),
                format!("borrow of `{loaned}` occurs here"),
                format!("move out of `{name}` occurs here"),
                "borrow later used here",
            ),
            Conflict::Assign => (
                "E0506",
                format!("cannot assign to `{name}` because it is borrowed"),
                format!("`{loaned}` is borrowed here"),
                format!("`{name}` is assigned to here but it was already borrowed"),
                "borrow later used here",
            ),
        };
        let mut d = Diagnostic::error(message).code(code);
        if conflict == Conflict::Move && place.projection.is_empty() {
            d = d.secondary(cx.body.locals[place.local.index()].span, format!("binding `{name}` declared here"));
        }
        if same && matches!(conflict, Conflict::Borrow(_)) {
            let kind = if shared_loan { "borrowed" } else { "mutably borrowed" };
            d = d.primary(span, format!("`{loaned}` was {kind} here in the previous iteration of the loop"));
        } else {
            d = d.secondary(loan_span, loan_label).primary(span, access_label);
        }
        if let Some(later) = later {
            d = d.secondary(later, later_label);
        }
        d
    }

    /// Whether the loan is held by a local that is read after `at` in a
    /// way rustc's MIR would also read it there.
    ///
    /// ferrum's MIR reads a place operand through a reference (`copy *r`)
    /// when the consuming statement runs, where rustc's MIR copies it to a
    /// temporary as soon as the operand is evaluated: in
    /// `*v.get_mut(0) += *v.get(1)` the shared reference returned by `get`
    /// is read before `get_mut` borrows `v`. So a read through a
    /// reference in a statement whose expression contains the access
    /// (by span) does not keep the reference live at the access.
    fn confirmed(&self, at: &At, loan: usize) -> bool {
        at.live_holders().any(|(local, set)| set.contains(loan) && self.really_read_later(local, at.loc))
    }

    fn really_read_later(&self, local: Local, from: Location) -> bool {
        let cx = self.cx;
        let access_span = from.span(cx.body);
        let mut work: Vec<(BasicBlock, usize)> = vec![(from.block, from.index + 1)];
        let mut seen: FxHashSet<BasicBlock> = FxHashSet::default();
        while let Some((bb, start)) = work.pop() {
            let data = &cx.body.blocks[bb.index()];
            let mut killed = false;
            for index in start..=data.statements.len() {
                let loc = Location { block: bb, index };
                if let Some(stmt) = data.statements.get(index) {
                    if let StatementKind::StorageLive(l) | StatementKind::StorageDead(l) = stmt.kind {
                        if l == local {
                            killed = true;
                            break;
                        }
                    }
                }
                let mut deferred = false;
                for a in cx.accesses_at(loc).iter().filter(|a| a.place.local == local) {
                    match a.kind {
                        AccessKind::Read if a.place.has_deref() => deferred = true,
                        AccessKind::Write | AccessKind::SetDiscriminant if !a.place.has_deref() => {}
                        _ => return true,
                    }
                }
                if deferred && !contains(loc.span(cx.body), access_span) {
                    return true;
                }
                let defines = cx
                    .accesses_at(loc)
                    .iter()
                    .any(|a| a.kind == AccessKind::Write && a.place.local == local && a.place.projection.is_empty());
                if defines {
                    killed = true;
                    break;
                }
            }
            if killed {
                continue;
            }
            for succ in data.terminator.kind.successors() {
                if seen.insert(succ) {
                    work.push((succ, 0));
                }
            }
        }
        false
    }

    /// Where a local holding the loan is next read after `from`.
    fn later_use(&self, loan: usize, from: Location) -> Option<Span> {
        let cx = self.cx;
        let mut state = self.entry[from.block.index()].clone()?;
        for index in 0..from.index {
            self.loans.apply(cx, Location { block: from.block, index }, &mut state);
        }
        let mut work: Vec<(BasicBlock, usize, Held)> = vec![(from.block, from.index, state)];
        let mut seen: FxHashSet<BasicBlock> = FxHashSet::default();
        let mut first = true;
        while let Some((bb, start, mut state)) = work.pop() {
            let count = cx.body.blocks[bb.index()].statements.len() + 1;
            for index in start..count {
                let loc = Location { block: bb, index };
                if !first {
                    let reads = cx
                        .accesses_at(loc)
                        .iter()
                        .any(|a| (a.is_use() || a.place.has_deref()) && state.holds(a.place.local, loan));
                    if reads {
                        return Some(loc.span(cx.body));
                    }
                }
                first = false;
                self.loans.apply(cx, loc, &mut state);
            }
            for succ in cx.body.blocks[bb.index()].terminator.kind.successors() {
                if seen.insert(succ) {
                    work.insert(0, (succ, 0, state.clone()));
                }
            }
        }
        None
    }
}

fn contains(outer: Span, inner: Span) -> bool {
    outer.file == inner.file && outer.lo <= inner.lo && inner.hi <= outer.hi
}
