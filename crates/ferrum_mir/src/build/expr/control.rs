//! Assignment and the jumps: `return`, `break`, `continue`.

use crate::build::Builder;
use crate::mir::{Operand, Place, Rvalue, TerminatorKind};
use ferrum_hir::hir::ExprId;
use ferrum_span::Span;

use super::Category;

impl Builder<'_, '_> {
    /// `lhs = rhs`: the value first, then the place; an initialised place
    /// of a type that needs drop is dropped before it is overwritten.
    pub(crate) fn build_assign(&mut self, lhs: ExprId, rhs: ExprId, span: Span) {
        let (l, r) = (self.full(lhs), self.full(rhs));
        let ty = self.ety(l);
        if self.needs_drop(ty) {
            // Move the new value out first: `x = x.next` must not read `x`
            // after it is dropped.
            let value = if self.category(r) == Category::Place {
                Operand::Move(Place::local(self.as_temp(r)))
            } else {
                self.as_operand(r)
            };
            let place = self.as_place(l);
            let next = self.new_block();
            self.terminate(TerminatorKind::Drop { place: place.clone(), target: next }, span);
            self.cur = next;
            self.push_assign(place, Rvalue::Use(value), span);
            return;
        }
        let value = if self.is_pure(lhs) { self.as_rvalue(r) } else { Rvalue::Use(self.stable_operand(r)) };
        let place = self.as_place(l);
        self.push_assign(place, value, span);
    }

    /// An operand that later evaluation cannot change: places are copied
    /// into a temporary.
    fn stable_operand(&mut self, e: super::ExprRef) -> Operand {
        if self.category(e) == Category::Place {
            Operand::Move(Place::local(self.as_temp(e)))
        } else {
            self.as_operand(e)
        }
    }

    pub(crate) fn build_return(&mut self, value: Option<ExprId>, span: Span) {
        match value {
            Some(v) => self.expr_into(Place::return_place(), self.full(v)),
            None => self.push_assign_unit(Place::return_place(), span),
        }
        self.exit_scopes_to(0);
        let ret = self.return_block;
        self.goto(ret, span);
        self.diverge();
    }

    pub(crate) fn build_break(&mut self, target: Option<ExprId>, value: Option<ExprId>, span: Span) {
        let Some(b) = self.find_breakable(target, false) else {
            self.error(span, "`break` outside of a loop or labeled block");
            self.diverge();
            return;
        };
        match value {
            Some(v) => self.expr_into(b.dest.clone(), self.full(v)),
            None => {
                let ty = crate::place_ty::place_ty(self.cx, &self.locals, &b.dest);
                if self.tcx.is_unit(ty) {
                    self.push_assign_unit(b.dest.clone(), span);
                }
            }
        }
        self.exit_scopes_to(b.depth);
        self.goto(b.break_block, span);
        self.diverge();
    }

    pub(crate) fn build_continue(&mut self, target: Option<ExprId>, span: Span) {
        let Some(b) = self.find_breakable(target, true) else {
            self.error(span, "`continue` outside of a loop");
            self.diverge();
            return;
        };
        self.exit_scopes_to(b.depth);
        if let Some(c) = b.continue_block {
            self.goto(c, span);
        } else {
            self.terminate(TerminatorKind::Unreachable, span);
        }
        self.diverge();
    }
}
