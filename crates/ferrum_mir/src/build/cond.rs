//! Conditions: `if`/`else`, `if let` and let-chains, `&&`/`||` with
//! short-circuit control flow, `!` folded into swapped branches.
//!
//! [`Builder::then_else`] lowers a condition straight into jumps to a
//! "then" and an "else" block. A plain boolean operand is evaluated in its
//! own temporary scope (an `if` condition's temporaries die before either
//! branch runs); `let` conditions bind in a scope that covers the "then"
//! branch and is left, with its drops, on the way to "else".

use super::Builder;
use crate::mir::{BasicBlock, Operand, Place, Rvalue};
use ferrum_hir::hir::{BinOp, ExprId, ExprKind, UnOp};

impl Builder<'_, '_> {
    pub(crate) fn if_into(&mut self, dest: Place, cond: ExprId, then: ExprId, else_: Option<ExprId>) {
        let span = self.espan(cond);
        let (then_blk, else_blk, join) = (self.new_block(), self.new_block(), self.new_block());
        if self.has_let(cond) {
            let scope = self.push_scope();
            let saved = std::mem::replace(&mut self.temp_scope, scope);
            self.then_else(cond, then_blk, else_blk);
            self.temp_scope = saved;
            self.cur = then_blk;
            self.expr_into(dest.clone(), self.full(then));
            let drops = self.scopes[scope].drops.clone();
            self.pop_scope();
            self.goto(join, span);
            self.cur = else_blk;
            self.emit_drops(drops.into_iter().rev());
        } else {
            self.then_else(cond, then_blk, else_blk);
            self.cur = then_blk;
            self.expr_into(dest.clone(), self.full(then));
            self.goto(join, span);
            self.cur = else_blk;
        }
        match else_ {
            Some(e) => self.expr_into(dest, self.full(e)),
            None => self.push_assign_unit(dest, span),
        }
        self.goto_and_continue(join, span);
    }

    /// Whether a condition contains `let` (directly or in an `&&` chain).
    fn has_let(&self, cond: ExprId) -> bool {
        match self.kind(cond) {
            ExprKind::Let { .. } => true,
            ExprKind::Binary(BinOp::And, a, b) => self.has_let(*a) || self.has_let(*b),
            _ => false,
        }
    }

    /// Lowers `cond` from the current block into jumps to `then` or `else_`.
    pub(crate) fn then_else(&mut self, cond: ExprId, then: BasicBlock, else_: BasicBlock) {
        let plain = self.adjustments(cond).is_empty() && !self.is_overloaded(cond);
        match self.kind(cond) {
            ExprKind::Binary(BinOp::And, a, b) if plain => {
                let mid = self.new_block();
                self.then_else(*a, mid, else_);
                self.cur = mid;
                self.then_else(*b, then, else_);
            }
            ExprKind::Binary(BinOp::Or, a, b) if plain => {
                let mid = self.new_block();
                self.then_else(*a, then, mid);
                self.cur = mid;
                self.then_else(*b, then, else_);
            }
            ExprKind::Unary(UnOp::Not, a) if plain && self.is_bool(*a) => self.then_else(*a, else_, then),
            ExprKind::Let { pat, expr } if plain => {
                let place = self.as_place(self.full(*expr));
                self.declare_bindings(*pat);
                self.bind_irrefutable(place, *pat, Some(else_));
                for local in self.pattern_locals(*pat) {
                    self.schedule_local(self.temp_scope, local, self.espan(cond));
                }
                self.goto(then, self.espan(cond));
            }
            _ => {
                let span = self.espan(cond);
                let c = self.new_temp(self.tcx.bool(), span);
                self.in_temp_scope(|b| b.expr_into(Place::local(c), b.full(cond)));
                self.branch(Operand::Move(Place::local(c)), then, else_, span);
            }
        }
    }

    fn is_bool(&self, e: ExprId) -> bool {
        self.expr_ty(e) == self.tcx.bool()
    }

    /// A condition used as a value: `a && b`, `a || b`, `let p = e`.
    pub(crate) fn bool_cond_into(&mut self, dest: Place, id: ExprId) {
        let span = self.espan(id);
        let (t, f, join) = (self.new_block(), self.new_block(), self.new_block());
        self.then_else(id, t, f);
        self.cur = t;
        let one = self.bool_const(true);
        self.push_assign(dest.clone(), Rvalue::Use(one), span);
        self.goto(join, span);
        self.cur = f;
        let zero = self.bool_const(false);
        self.push_assign(dest, Rvalue::Use(zero), span);
        self.goto_and_continue(join, span);
    }
}
