//! Closures: the body of a closure as a function of its environment and
//! its argument tuple, the aggregate that captures the environment, and
//! calls through the `Fn*` traits.
//!
//! A closure body's MIR has two arguments: `_1` the environment (`&C` for
//! an `Fn` closure, `&mut C` for `FnMut`, `C` by value for `FnOnce`) and
//! `_2` the tuple of the call's arguments, so that `Fn::call(&c, (a, b))`
//! runs the body directly with no untupling in the engines.

use super::Builder;
use crate::mir::{AggregateKind, Callee, Operand, Place, Rvalue};
use ferrum_hir::hir::{ExprId, ExprKind, Mutability};
use ferrum_ty::ty::Ty;
use ferrum_ty::{CaptureMode, ClosureInfo, ClosureKind, ValueRes};

impl<'a> Builder<'a, '_> {
    pub(super) fn closure_info(&self, expr: ExprId) -> Option<&'a ClosureInfo> {
        self.res.closures.get(&expr)
    }

    /// The type of a closure body's environment argument.
    pub(crate) fn closure_env_ty(&self, closure_ty: Ty, kind: ClosureKind) -> Ty {
        match kind {
            ClosureKind::Fn => self.tcx.mk_ref(closure_ty, Mutability::Not),
            ClosureKind::FnMut => self.tcx.mk_ref(closure_ty, Mutability::Mut),
            ClosureKind::FnOnce => closure_ty,
        }
    }

    pub(super) fn build_closure_entry(&mut self, expr: ExprId) {
        let ExprKind::Closure { params, body, .. } = &self.hir.exprs[expr].kind else { return };
        let Some(info) = self.closure_info(expr) else { return };
        let span = self.hir.exprs[expr].span;
        self.span = span;
        let closure_ty = self.expr_ty(expr);
        let ret = self.cx.resolved(info.output);
        let inputs: Vec<Ty> = info.inputs.iter().map(|&t| self.cx.resolved(t)).collect();
        let env_ty = self.closure_env_ty(closure_ty, info.kind);
        let args_ty = self.tcx.mk_tuple(inputs.clone());
        self.new_local(ret, None, true, span);
        let env = self.new_local(env_ty, None, false, span);
        let args = self.new_local(args_ty, None, false, span);
        self.arg_count = 2;
        let args_scope = self.push_scope();
        self.temp_scope = args_scope;
        self.block_scope = args_scope;
        if info.kind == ClosureKind::FnOnce {
            self.schedule_drop(args_scope, env, env_ty, span);
        }
        let env_place = match info.kind {
            ClosureKind::FnOnce => Place::local(env),
            _ => Place::local(env).deref(),
        };
        for (i, cap) in info.captures.iter().enumerate() {
            let field = env_place.field(i as u32, self.cx.resolved(cap.ty));
            let place = match cap.mode {
                CaptureMode::ByValue => field,
                CaptureMode::ByRef(_) => field.deref(),
            };
            self.upvars.insert(cap.binding, place);
        }
        for (i, (&(pat, _), &ty)) in params.iter().zip(&inputs).enumerate() {
            let binding = self.simple_binding(pat);
            let name = binding.map(|b| self.hir.bindings[b].name);
            let mutable = binding.is_some_and(|b| self.hir.bindings[b].mutable);
            let local = self.new_local(ty, name, mutable, self.hir.pats[pat].span);
            let from = Place::local(args).field(i as u32, ty);
            let value = self.consume(from, ty);
            self.push_assign(Place::local(local), Rvalue::Use(value), span);
            self.bind_param(pat, local);
        }
        let body = *body;
        self.expr_into(Place::return_place(), self.full(body));
        self.pop_scope();
        let ret_block = self.return_block;
        self.goto(ret_block, span);
        self.cur = ret_block;
        self.terminate(crate::mir::TerminatorKind::Return, span);
    }

    /// The closure value: its captured variables, moved or borrowed.
    pub(crate) fn closure_rvalue(&mut self, expr: ExprId) -> Rvalue {
        let ty = self.expr_ty(expr);
        let span = self.espan(expr);
        let Some(info) = self.closure_info(expr) else {
            return Rvalue::Aggregate(AggregateKind::Closure(ty), Vec::new());
        };
        let mut ops = Vec::with_capacity(info.captures.len());
        for cap in &info.captures {
            let place = self.local_place(cap.binding, expr);
            let op = match cap.mode {
                CaptureMode::ByValue => self.consume(place, self.cx.resolved(cap.ty)),
                CaptureMode::ByRef(m) => {
                    let r = self.temp(self.cx.resolved(cap.ty), span);
                    self.push_assign(Place::local(r), Rvalue::Ref(m, place), span);
                    Operand::Move(Place::local(r))
                }
            };
            ops.push(op);
        }
        Rvalue::Aggregate(AggregateKind::Closure(ty), ops)
    }

    /// `f(a, b)` on a callable value: `Fn::call(&f, (a, b))`,
    /// `FnMut::call_mut(&mut f, (a, b))` or `FnOnce::call_once(f, (a, b))`.
    pub(crate) fn overloaded_call_into(&mut self, dest: Place, id: ExprId, callee: ExprId, args: &[ExprId]) -> bool {
        let Some(ValueRes::Fn(method, substs)) = self.value_res(id).cloned() else { return false };
        let Some(kind) = self.fn_trait_method_kind(method) else { return false };
        let span = self.espan(id);
        let callee = self.full(callee);
        let receiver = match kind {
            ClosureKind::Fn => self.borrow_operand(callee, Mutability::Not),
            ClosureKind::FnMut => self.borrow_operand(callee, Mutability::Mut),
            ClosureKind::FnOnce => self.as_operand(callee),
        };
        let ops = self.exprs_operands(args);
        let tuple_ty = substs.get(1).copied().unwrap_or_else(|| self.tcx.unit());
        let tuple = self.temp(self.cx.resolved(tuple_ty), span);
        self.push_assign(Place::local(tuple), Rvalue::Aggregate(AggregateKind::Tuple, ops), span);
        let diverges = self.is_never(self.expr_ty(id));
        self.emit_call(
            Callee::Fn(method, substs),
            vec![receiver, Operand::Move(Place::local(tuple))],
            dest,
            diverges,
            span,
        );
        true
    }

    /// Which `Fn*` trait declares `method`, if one does.
    fn fn_trait_method_kind(&self, method: ferrum_hir::hir::DefId) -> Option<ClosureKind> {
        let krate = &self.cx.program.krate;
        ClosureKind::of_trait(krate, krate.defs[method].parent?)
    }
}
