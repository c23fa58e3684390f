//! Calls: functions, methods, function pointers, constructors (as
//! aggregates), overloaded operators, and compiler-side formatting.

use super::ExprRef;
use crate::build::Builder;
use crate::mir::{AggregateKind, Callee, Operand, Place, Rvalue, TerminatorKind};
use ferrum_hir::hir::{BinOp, DefId, ExprId, ExprKind, Mutability};
use ferrum_span::Span;
use ferrum_ty::ty::{Substs, Ty, TyKind};
use ferrum_ty::ValueRes;

impl Builder<'_, '_> {
    pub(crate) fn call_into(&mut self, dest: Place, id: ExprId, callee: ExprId, args: &[ExprId]) {
        if self.overloaded_call_into(dest.clone(), id, callee, args) {
            return;
        }
        let span = self.espan(id);
        let unadjusted = self.adjustments(callee).is_empty();
        // Only a path names its function: an overloaded operator's method
        // is recorded on its expression too (`v[0](x)` calls what
        // `Index::index` returns).
        let named = matches!(self.kind(callee), ExprKind::Path(_));
        let func = match self.value_res(callee).cloned().filter(|_| named) {
            Some(ValueRes::Ctor { adt, variant, substs }) if unadjusted => {
                let ops = self.exprs_operands(args);
                let rv = Rvalue::Aggregate(AggregateKind::Adt(adt, variant, substs), ops);
                self.push_assign(dest, rv, span);
                return;
            }
            Some(ValueRes::Fn(def, substs)) if unadjusted => Callee::Fn(def, substs),
            _ => match self.callee_of_value(callee, span) {
                Some(func) => func,
                None => return,
            },
        };
        let ops = self.exprs_operands(args);
        let diverges = self.is_never(self.expr_ty(id));
        self.emit_call(func, ops, dest, diverges, span);
    }

    /// A callee computed by an expression: a function item or pointer.
    fn callee_of_value(&mut self, callee: ExprId, span: Span) -> Option<Callee> {
        let e = self.full(callee);
        match self.tcx.kind(self.ety(e)) {
            TyKind::FnDef(def, substs) => {
                if !self.is_pure(callee) {
                    self.for_effect(e);
                }
                Some(Callee::Fn(def, substs))
            }
            TyKind::FnPtr(_) => Some(Callee::Indirect(self.as_operand(e))),
            _ => {
                self.unsupported(span, "calling a value of this type (closures need the `Fn` traits)");
                None
            }
        }
    }

    pub(crate) fn exprs_operands(&mut self, es: &[ExprId]) -> Vec<Operand> {
        let refs: Vec<ExprRef> = es.iter().map(|&e| self.full(e)).collect();
        self.as_operands(&refs)
    }

    pub(crate) fn is_never(&self, ty: Ty) -> bool {
        matches!(self.tcx.kind(ty), TyKind::Never)
    }

    /// The receiver (adjusted) is the first argument of the method. The
    /// call's span is the method name's, which `#[track_caller]` reports.
    pub(crate) fn method_call_into(&mut self, dest: Place, id: ExprId, receiver: ExprId, args: &[ExprId], span: Span) {
        let Some(ValueRes::Fn(def, substs)) = self.value_res(id).cloned() else {
            self.unsupported(span, "this method call");
            return;
        };
        let mut es = vec![self.full(receiver)];
        es.extend(args.iter().map(|&a| self.full(a)));
        let ops = self.as_operands(&es);
        let diverges = self.is_never(self.expr_ty(id));
        self.emit_call(Callee::Fn(def, substs), ops, dest, diverges, span);
    }

    /// Ends the block with a call; continues after it unless it diverges.
    pub(crate) fn emit_call(&mut self, func: Callee, args: Vec<Operand>, dest: Place, diverges: bool, span: Span) {
        let target = (!diverges).then(|| self.new_block());
        self.terminate(TerminatorKind::Call { func, args, dest, target }, span);
        match target {
            Some(t) => self.cur = t,
            None => self.diverge(),
        }
    }

    /// `&e` / `&mut e` in a fresh temporary.
    pub(crate) fn borrow_operand(&mut self, e: ExprRef, m: Mutability) -> Operand {
        let span = self.espan(e.id);
        let ty = self.ety(e);
        let place = self.as_place(e);
        let r = self.temp(self.tcx.mk_ref(ty, m), span);
        self.push_assign(Place::local(r), Rvalue::Ref(m, place), span);
        Operand::Move(Place::local(r))
    }

    /// Operators implemented by a library impl (`a == b` on an ADT).
    pub(crate) fn overloaded_into(&mut self, dest: Place, id: ExprId) {
        let span = self.espan(id);
        let Some(ValueRes::Fn(def, substs)) = self.value_res(id).cloned() else {
            self.unsupported(span, "this operator");
            return;
        };
        let args = match self.kind(id) {
            ExprKind::Binary(op, a, b) if is_by_ref_op(*op) => {
                let (a, b) = (self.full(*a), self.full(*b));
                vec![self.borrow_operand(a, Mutability::Not), self.borrow_operand(b, Mutability::Not)]
            }
            ExprKind::Binary(_, a, b) => self.exprs_operands(&[*a, *b]),
            ExprKind::Unary(_, x) => self.exprs_operands(&[*x]),
            ExprKind::AssignOp(_, l, r) => {
                let l = self.full(*l);
                let lhs = self.borrow_operand(l, Mutability::Mut);
                let rhs = self.as_operand(self.full(*r));
                vec![lhs, rhs]
            }
            _ => Vec::new(),
        };
        let diverges = self.is_never(self.expr_ty(id));
        self.emit_call(Callee::Fn(def, substs), args, dest, diverges, span);
    }

    /// `*Index::index(&base, i)` and `*Deref::deref(&x)`: the place behind
    /// the reference the impl returns.
    pub(crate) fn overloaded_place(&mut self, id: ExprId) -> Place {
        let mut span = self.espan(id);
        if let ExprKind::Index(_, index) = self.kind(id) {
            // rustc reports an overloaded index at its `[`, just before the index.
            span.lo = self.espan(*index).lo.saturating_sub(1).max(span.lo);
        }
        let Some(ValueRes::Fn(def, substs)) = self.value_res(id).cloned() else {
            return Place::local(self.new_temp(self.tcx.error(), span));
        };
        let m = self.self_param_mutability(def, &substs);
        let args = match self.kind(id) {
            ExprKind::Index(base, index) => {
                let base = self.full(*base);
                let b = self.borrow_operand(base, m);
                vec![b, self.as_operand(self.full(*index))]
            }
            ExprKind::Unary(_, x) => {
                let x = self.full(*x);
                vec![self.borrow_operand(x, m)]
            }
            _ => Vec::new(),
        };
        let ref_ty = self.tcx.mk_ref(self.expr_ty(id), m);
        let r = self.temp(ref_ty, span);
        self.emit_call(Callee::Fn(def, substs), args, Place::local(r), false, span);
        Place::local(r).deref()
    }

    /// `*Deref::deref(&inner)` (or `deref_mut`) for an autoderef through a
    /// library type.
    pub(crate) fn overloaded_deref_place(&mut self, e: ExprRef, m: Mutability, target: Ty) -> Place {
        let span = self.espan(e.id);
        let inner = self.inner(e);
        let self_ty = self.ety(inner);
        let (lang, name) = match m {
            Mutability::Not => ("deref", "deref"),
            Mutability::Mut => ("deref_mut", "deref_mut"),
        };
        let krate = &self.cx.program.krate;
        let method = krate
            .lang_item(lang)
            .and_then(|t| ferrum_ty::impls::assoc_item(krate, t, ferrum_span::Symbol::intern(name)));
        let Some(method) = method else {
            self.error(span, format!("internal compiler error: no `{lang}` lang item"));
            return Place::local(self.new_temp(target, span));
        };
        let arg = self.borrow_operand(inner, m);
        let r = self.temp(self.tcx.mk_ref(target, m), span);
        self.emit_call(Callee::Fn(method, vec![self_ty].into()), vec![arg], Place::local(r), false, span);
        Place::local(r).deref()
    }

    /// Whether a method takes `&mut self`.
    fn self_param_mutability(&self, def: DefId, substs: &Substs) -> Mutability {
        let sig = self.cx.program.items.fn_sigs.get(&def);
        let first = sig.and_then(|s| s.inputs.first()).map(|&t| self.tcx.subst(t, substs));
        match first.map(|t| self.tcx.kind(t)) {
            Some(TyKind::Ref(_, m)) => m,
            _ => Mutability::Not,
        }
    }
}

/// Comparison operators take their operands by reference.
fn is_by_ref_op(op: BinOp) -> bool {
    matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
}
