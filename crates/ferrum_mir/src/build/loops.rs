//! Loops: `loop` (and `while`, desugared to it), `for` through the
//! library's `IntoIterator`/`Iterator`, and `for` over integer ranges,
//! lowered as counting loops with the exact semantics of the library's
//! `Range`/`RangeInclusive` iterators (no calls per step).
//!
//! `a..b` yields `a, a+1, ..., b-1` and nothing if `a >= b`; `a..=b`
//! yields `a..b` then `b` once, with an `exhausted` flag so `a..=MAX`
//! never overflows. Each iteration binds the pattern afresh in its own
//! scope; `continue` jumps back to the range test.

use super::{Breakable, Builder};
use crate::mir::{BinOp, Callee, Local, Operand, Place, PlaceElem, Rvalue, TerminatorKind};
use ferrum_hir::hir::{DefId, ExprId, Mutability, PatId};
use ferrum_span::{Span, Symbol};
use ferrum_ty::ty::{Ty, TyKind};
use ferrum_ty::ForLoop;

impl Builder<'_, '_> {
    pub(crate) fn loop_into(&mut self, dest: Place, id: ExprId, body: ExprId) {
        let span = self.espan(id);
        let head = self.new_block();
        self.goto_and_continue(head, span);
        let exit = self.new_block();
        self.breakables.push(Breakable {
            expr: id,
            depth: self.scopes.len(),
            break_block: exit,
            continue_block: Some(head),
            dest,
        });
        self.in_temp_scope(|b| b.for_effect(b.full(body)));
        self.goto(head, span);
        self.breakables.pop();
        self.cur = exit;
    }

    pub(crate) fn for_into(&mut self, dest: Place, id: ExprId, pat: PatId, iter: ExprId, body: ExprId) {
        if let Some(f) = self.res.for_loops.get(id).cloned() {
            self.for_iterator_into(dest, id, pat, iter, body, &f);
            return;
        }
        let span = self.espan(id);
        let iter_e = self.full(iter);
        let Some((def, elem, inclusive)) = self.int_range(self.ety(iter_e)) else {
            self.unsupported(self.espan(iter), "`for` over this type (needs the Iterator trait)");
            return;
        };
        let (Some(start_f), Some(end_f)) = (self.field_by_name(def, "start"), self.field_by_name(def, "end")) else {
            self.unsupported(span, "`for` over a range type without `start`/`end` fields");
            return;
        };
        let range = self.as_place(iter_e);
        let i = self.new_temp(elem, span);
        let end = self.new_temp(elem, span);
        self.push_assign(Place::local(i), Rvalue::Use(Operand::Copy(range.field(start_f, elem))), span);
        self.push_assign(Place::local(end), Rvalue::Use(Operand::Copy(range.field(end_f, elem))), span);
        let done = inclusive.then(|| {
            let d = self.new_temp(self.tcx.bool(), span);
            let f = self.bool_const(false);
            self.push_assign(Place::local(d), Rvalue::Use(f), span);
            d
        });
        let head = self.new_block();
        let exit = self.new_block();
        self.goto_and_continue(head, span);
        let value = self.range_next(i, end, done, elem, exit, span);
        self.breakables.push(Breakable {
            expr: id,
            depth: self.scopes.len(),
            break_block: exit,
            continue_block: Some(head),
            dest: dest.clone(),
        });
        self.in_temp_scope(|b| {
            b.declare_bindings(pat);
            b.bind_irrefutable(Place::local(value), pat, None);
            for local in b.pattern_locals(pat) {
                b.schedule_local(b.temp_scope, local, span);
            }
            b.for_effect(b.full(body));
        });
        self.goto(head, span);
        self.breakables.pop();
        self.cur = exit;
        self.push_assign_unit(dest, span);
    }

    /// `for pat in iterable { body }` as rustc desugars it:
    /// `let mut it = IntoIterator::into_iter(iterable);`
    /// `loop { match Iterator::next(&mut it) { None => break, Some(pat) => body } }`,
    /// with `it` living (and dropped) with the loop's statement.
    fn for_iterator_into(&mut self, dest: Place, id: ExprId, pat: PatId, iter: ExprId, body: ExprId, f: &ForLoop) {
        let span = self.espan(id);
        let (iterable_ty, iter_ty, item_ty) =
            (self.cx.resolved(f.iterable), self.cx.resolved(f.iter), self.cx.resolved(f.item));
        let Some(option) = self.cx.lang.option else {
            self.unsupported(span, "`for` without the library's `Option`");
            return;
        };
        let iterable = self.as_operand(self.full(iter));
        let state = self.temp(iter_ty, span);
        self.emit_call(
            Callee::Fn(f.into_iter, vec![iterable_ty].into()),
            vec![iterable],
            Place::local(state),
            false,
            span,
        );
        let head = self.new_block();
        let exit = self.new_block();
        self.goto_and_continue(head, span);
        self.breakables.push(Breakable {
            expr: id,
            depth: self.scopes.len(),
            break_block: exit,
            continue_block: Some(head),
            dest: dest.clone(),
        });
        let next_ty = self.tcx.mk_adt(option, vec![item_ty].into());
        self.in_temp_scope(|b| {
            let r = b.temp(b.tcx.mk_ref(iter_ty, Mutability::Mut), span);
            b.push_assign(Place::local(r), Rvalue::Ref(Mutability::Mut, Place::local(state)), span);
            let next = b.temp(next_ty, span);
            b.emit_call(
                Callee::Fn(f.next, vec![iter_ty].into()),
                vec![Operand::Move(Place::local(r))],
                Place::local(next),
                false,
                span,
            );
            let d = b.new_temp(b.cx.discr_ty(), span);
            b.push_assign(Place::local(d), Rvalue::Discriminant(Place::local(next)), span);
            let some = b.new_block();
            b.terminate(
                TerminatorKind::SwitchInt {
                    discr: Operand::Move(Place::local(d)),
                    targets: vec![(0, exit)],
                    otherwise: some,
                },
                span,
            );
            b.cur = some;
            let value = Place::local(next).project(PlaceElem::Downcast(1)).field(0, item_ty);
            b.declare_bindings(pat);
            b.bind_irrefutable(value, pat, None);
            for local in b.pattern_locals(pat) {
                b.schedule_local(b.temp_scope, local, span);
            }
            b.for_effect(b.full(body));
        });
        self.goto(head, span);
        self.breakables.pop();
        self.cur = exit;
        self.push_assign_unit(dest, span);
    }

    /// The iterator's `next`: jumps to `exit` when exhausted, else leaves
    /// the yielded value in a fresh temporary and advances `i`.
    fn range_next(
        &mut self,
        i: Local,
        end: Local,
        done: Option<Local>,
        elem: Ty,
        exit: crate::mir::BasicBlock,
        span: Span,
    ) -> Local {
        let (iv, ev) = (Operand::Copy(Place::local(i)), Operand::Copy(Place::local(end)));
        if let Some(d) = done {
            let check = self.new_block();
            self.branch(Operand::Copy(Place::local(d)), exit, check, span);
            self.cur = check;
        }
        let cmp = if done.is_some() { BinOp::Le } else { BinOp::Lt };
        let more = self.compare(cmp, iv.clone(), ev.clone(), span);
        let body = self.new_block();
        self.branch(Operand::Move(Place::local(more)), body, exit, span);
        self.cur = body;
        let value = self.new_temp(elem, span);
        self.push_assign(Place::local(value), Rvalue::Use(iv.clone()), span);
        let one = self.scalar(elem, 1);
        let incr = Rvalue::BinaryOp(BinOp::Add, iv.clone(), one);
        let Some(d) = done else {
            self.push_assign(Place::local(i), incr, span);
            return value;
        };
        let below = self.compare(BinOp::Lt, iv, ev, span);
        let (inc, last, next) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(Operand::Move(Place::local(below)), inc, last, span);
        self.cur = inc;
        self.push_assign(Place::local(i), incr, span);
        self.goto(next, span);
        self.cur = last;
        let t = self.bool_const(true);
        self.push_assign(Place::local(d), Rvalue::Use(t), span);
        self.goto_and_continue(next, span);
        value
    }

    /// `Range<int>` / `RangeInclusive<int>`: the def, element type and
    /// whether it is inclusive.
    fn int_range(&self, ty: Ty) -> Option<(DefId, Ty, bool)> {
        let TyKind::Adt(def, substs) = self.tcx.kind(ty) else {
            return None;
        };
        let lang = self.cx.lang;
        let inclusive = if Some(def) == lang.range {
            false
        } else if Some(def) == lang.range_inclusive {
            true
        } else {
            return None;
        };
        let elem = *substs.first()?;
        self.tcx.is_integral(elem).then_some((def, elem, inclusive))
    }

    pub(crate) fn field_by_name(&self, adt: DefId, name: &str) -> Option<u32> {
        let info = self.cx.program.items.adts.get(&adt)?;
        let sym = Symbol::intern(name);
        info.variants.first()?.fields.iter().position(|f| f.name == sym).map(|i| i as u32)
    }
}
