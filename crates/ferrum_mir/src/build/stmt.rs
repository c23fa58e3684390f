//! Statements: expression statements (each a temporary scope) and `let`
//! (plain bindings written in place, patterns matched irrefutably,
//! `let ... else` with a diverging else block, lifetime extension of
//! borrowed temporaries in the initialiser).

use super::Builder;
use crate::mir::{Local, Place, StatementKind, TerminatorKind};
use ferrum_hir::hir::{BindingId, ExprId, ExprKind, PatId, PatKind, Stmt};
use ferrum_span::Span;

impl<'a> Builder<'a, '_> {
    pub(crate) fn stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Expr { expr, .. } => self.expr_stmt(*expr),
            Stmt::Let { pat, init, else_block, span, .. } => self.let_stmt(*pat, *init, *else_block, *span),
        }
    }

    fn expr_stmt(&mut self, expr: ExprId) {
        let span = self.espan(expr);
        self.in_temp_scope(|b| {
            let plain = b.adjustments(expr).is_empty() && !b.is_overloaded(expr);
            match b.kind(expr) {
                ExprKind::Assign(l, r) if plain => b.build_assign(*l, *r, span),
                ExprKind::AssignOp(op, l, r) if plain => b.build_assign_op(*op, *l, *r, span),
                _ => b.for_effect(b.full(expr)),
            }
        });
    }

    fn let_stmt(&mut self, pat: PatId, init: Option<ExprId>, else_block: Option<ExprId>, span: Span) {
        let block_scope = self.block_scope;
        let Some(init) = init else {
            self.declare_bindings(pat);
            for local in self.pattern_locals(pat) {
                self.push_stmt(StatementKind::StorageLive(local), span);
                self.schedule_local(block_scope, local, span);
            }
            return;
        };
        self.mark_extended(init, block_scope);
        if let (None, Some(binding)) = (else_block, self.simple_binding(pat)) {
            let local = self.declare_var(binding);
            self.push_stmt(StatementKind::StorageLive(local), span);
            self.schedule_local(block_scope, local, span);
            self.in_temp_scope(|b| b.expr_into(Place::local(local), b.full(init)));
            return;
        }
        self.declare_bindings(pat);
        self.in_temp_scope(|b| {
            let place = b.as_place(b.full(init));
            match else_block {
                None => b.bind_irrefutable(place, pat, None),
                Some(els) => b.let_else(place, pat, els),
            }
        });
        for local in self.pattern_locals(pat) {
            self.schedule_local(block_scope, local, span);
        }
    }

    /// Matches `pat`; on failure runs the (diverging) else block.
    fn let_else(&mut self, place: Place, pat: PatId, els: ExprId) {
        let failure = self.new_block();
        self.bind_irrefutable(place, pat, Some(failure));
        let success = self.cur;
        self.cur = failure;
        self.for_effect(self.full(els));
        self.terminate(TerminatorKind::Unreachable, self.espan(els));
        self.cur = success;
    }

    /// A pattern that is just `x` / `mut x` bound by value.
    pub(crate) fn simple_binding(&self, pat: PatId) -> Option<BindingId> {
        let PatKind::Binding { binding, sub: None } = self.hir.pats[pat].kind else {
            return None;
        };
        let adjusted = self.res.pat_adjustments.get(pat).is_some_and(|a| !a.is_empty());
        (!adjusted && self.binding_mode(binding).is_none()).then_some(binding)
    }

    /// Declares the local of a user binding (once per binding).
    pub(crate) fn declare_var(&mut self, binding: BindingId) -> Local {
        if let Some(&local) = self.vars.get(&binding) {
            return local;
        }
        let b = &self.hir.bindings[binding];
        let (name, mutable, span) = (b.name, b.mutable, b.span);
        let ty = self.binding_ty(binding);
        let local = self.new_local(ty, Some(name), mutable, span);
        self.vars.insert(binding, local);
        local
    }

    /// Marks the temporaries a `let` initialiser borrows at its top level
    /// (`&temp()`, `(&a(), S { r: &b() })`) to live until `scope` ends.
    fn mark_extended(&mut self, e: ExprId, scope: usize) {
        match self.kind(e) {
            ExprKind::Ref { expr, .. } | ExprKind::RawRef { expr, .. } => {
                self.extended.insert(*expr, scope);
                self.mark_extended(*expr, scope);
            }
            ExprKind::Tuple(es) | ExprKind::Array(es) => es.iter().for_each(|&x| self.mark_extended(x, scope)),
            ExprKind::Struct { fields, .. } => fields.iter().for_each(|f| self.mark_extended(f.expr, scope)),
            ExprKind::Cast(x, _) => self.mark_extended(*x, scope),
            ExprKind::Block { block, label: None } => {
                if let Some(tail) = block.tail {
                    self.mark_extended(tail, scope)
                }
            }
            _ => {}
        }
    }
}
