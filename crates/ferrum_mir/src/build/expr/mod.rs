//! Expression lowering, by category (as rustc's `mir_build::build::expr`).
//!
//! An [`ExprRef`] is an expression with a prefix of its adjustments
//! applied, so `&*x` from autoref and `x` itself are lowered by the same
//! code. [`Category`] decides how an expression is best lowered:
//! places are projected, constants become operands, rvalues are computed
//! in one assignment, and control flow writes into a destination.

mod arith;
mod call;
mod cast;
mod constant;
mod control;
mod operand;
mod place;
mod rvalue;

use super::Builder;
use crate::mir::{BodyOwner, ConstKind, Constant, Local, Place, TerminatorKind};
use ferrum_hir::hir::{BinOp, ExprId, ExprKind, Mutability, UnOp, ValuePath};
use ferrum_span::Span;
use ferrum_ty::ty::{FnSig, Ty, TyKind};
use ferrum_ty::{Adjust, ValueRes};

/// An expression with its first `adj` adjustments applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ExprRef {
    pub(crate) id: ExprId,
    pub(crate) adj: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    /// Denotes a memory location: a local, static, field, index or deref.
    Place,
    /// A compile-time value: literal, fn item, `const`.
    Constant,
    /// Computed by one rvalue (arithmetic, aggregates, casts, borrows).
    Rvalue,
    /// Needs control flow or a call: written into a destination.
    Into,
}

impl<'a> Builder<'a, '_> {
    pub(crate) fn adjustments(&self, id: ExprId) -> &'a [Adjust] {
        self.res.adjustments.get(id).map_or(&[], |v| v.as_slice())
    }

    /// The expression with all its adjustments (how its value is used).
    pub(crate) fn full(&self, id: ExprId) -> ExprRef {
        ExprRef { id, adj: self.adjustments(id).len() }
    }

    pub(crate) fn outer_adjust(&self, e: ExprRef) -> Option<Adjust> {
        (e.adj > 0).then(|| self.adjustments(e.id)[e.adj - 1].clone())
    }

    pub(crate) fn inner(&self, e: ExprRef) -> ExprRef {
        ExprRef { id: e.id, adj: e.adj - 1 }
    }

    pub(crate) fn kind(&self, id: ExprId) -> &'a ExprKind {
        &self.hir.exprs[id].kind
    }

    pub(crate) fn espan(&self, id: ExprId) -> Span {
        self.hir.exprs[id].span
    }

    /// The type of `e` after its applied adjustments.
    pub(crate) fn ety(&self, e: ExprRef) -> Ty {
        let mut ty = self.expr_ty(e.id);
        for adj in &self.adjustments(e.id)[..e.adj] {
            ty = self.adjusted_ty(ty, adj);
        }
        ty
    }

    fn adjusted_ty(&self, ty: Ty, adj: &Adjust) -> Ty {
        let tcx = self.tcx;
        let pointee = |t: Ty| self.deref_ty(t).unwrap_or_else(|| tcx.error());
        match adj {
            Adjust::Deref => pointee(ty),
            Adjust::Borrow(m) => tcx.mk_ref(ty, *m),
            Adjust::RefToRawPtr(m) => tcx.mk_ptr(pointee(ty), *m),
            Adjust::ReborrowShared => tcx.mk_ref(pointee(ty), Mutability::Not),
            Adjust::Unsize(t) | Adjust::NeverToAny(t) | Adjust::ClosureFnPointer(t) => *t,
            Adjust::OverloadedDeref { target, .. } => *target,
            Adjust::ReifyFnPointer => self.fn_ptr_ty(ty).unwrap_or_else(|| tcx.error()),
        }
    }

    /// The target of a builtin deref: references, raw pointers, `Box`.
    pub(crate) fn deref_ty(&self, ty: Ty) -> Option<Ty> {
        match self.tcx.kind(ty) {
            TyKind::Ref(t, _) | TyKind::RawPtr(t, _) => Some(t),
            TyKind::Adt(_, substs) if self.cx.is_box(ty) => substs.first().copied(),
            _ => None,
        }
    }

    /// The function pointer type a function item reifies to.
    pub(crate) fn fn_ptr_ty(&self, ty: Ty) -> Option<Ty> {
        let TyKind::FnDef(def, substs) = self.tcx.kind(ty) else {
            return None;
        };
        let sig = self.cx.program.items.fn_sigs.get(&def)?;
        let sig = FnSig {
            inputs: sig.inputs.iter().map(|&t| self.tcx.subst(t, &substs)).collect(),
            output: self.tcx.subst(sig.output, &substs),
            is_unsafe: sig.is_unsafe,
        };
        Some(self.tcx.intern(TyKind::FnPtr(sig)))
    }

    pub(crate) fn value_res(&self, id: ExprId) -> Option<&ValueRes> {
        self.res.value_res.get(id)
    }

    /// Whether a binary/unary/index expression calls a user operator impl.
    pub(crate) fn is_overloaded(&self, id: ExprId) -> bool {
        matches!(self.value_res(id), Some(ValueRes::Fn(..)))
            && matches!(
                self.kind(id),
                ExprKind::Binary(..) | ExprKind::Unary(..) | ExprKind::AssignOp(..) | ExprKind::Index(..)
            )
    }

    pub(crate) fn category(&self, e: ExprRef) -> Category {
        if let Some(adj) = self.outer_adjust(e) {
            return match adj {
                Adjust::Deref | Adjust::OverloadedDeref { .. } => Category::Place,
                Adjust::NeverToAny(_) => Category::Into,
                _ => Category::Rvalue,
            };
        }
        let id = e.id;
        match self.kind(id) {
            ExprKind::Lit(_) => Category::Constant,
            ExprKind::Path(_) => self.path_category(id),
            ExprKind::Field(..) | ExprKind::Index(..) => Category::Place,
            ExprKind::Unary(UnOp::Deref, _) => Category::Place,
            ExprKind::Unary(UnOp::Neg, inner) if self.is_negated_literal(*inner) => Category::Constant,
            _ if self.is_overloaded(id) => Category::Into,
            ExprKind::Binary(BinOp::And | BinOp::Or, ..) => Category::Into,
            ExprKind::Unary(..) | ExprKind::Binary(..) | ExprKind::Assign(..) | ExprKind::AssignOp(..) => {
                Category::Rvalue
            }
            ExprKind::Cast(..) | ExprKind::Ref { .. } | ExprKind::RawRef { .. } => Category::Rvalue,
            ExprKind::Tuple(_)
            | ExprKind::Array(_)
            | ExprKind::Repeat { .. }
            | ExprKind::Struct { .. }
            | ExprKind::Closure { .. } => Category::Rvalue,
            _ => Category::Into,
        }
    }

    fn path_category(&self, id: ExprId) -> Category {
        match self.value_res(id) {
            Some(ValueRes::Local(_) | ValueRes::Static(_)) => Category::Place,
            Some(ValueRes::UnitCtor { .. }) => Category::Rvalue,
            Some(_) => Category::Constant,
            None => match self.kind(id) {
                ExprKind::Path(ValuePath::Resolved { res: ferrum_hir::hir::Res::Local(_), .. }) => Category::Place,
                _ => Category::Constant,
            },
        }
    }

    /// `-5`, `-1.5`: folded into one constant as rustc does.
    pub(crate) fn is_negated_literal(&self, inner: ExprId) -> bool {
        self.adjustments(inner).is_empty()
            && matches!(
                self.kind(inner),
                ExprKind::Lit(ferrum_hir::hir::Lit::Int(..) | ferrum_hir::hir::Lit::Float(..))
            )
    }

    /// Writes the value of `e` into `dest`.
    pub(crate) fn expr_into(&mut self, dest: Place, e: ExprRef) {
        if let Some(Adjust::NeverToAny(_)) = self.outer_adjust(e) {
            let inner = self.inner(e);
            self.for_effect(inner);
            return;
        }
        match self.category(e) {
            Category::Into => self.kind_into(dest, e.id),
            _ if e.adj == 0 && self.is_union_literal(e.id) => self.union_into(dest, e.id),
            _ => {
                let span = self.espan(e.id);
                let rvalue = self.as_rvalue(e);
                self.push_assign(dest, rvalue, span);
            }
        }
    }

    /// Lowers the control-flow expressions (category `Into`).
    fn kind_into(&mut self, dest: Place, id: ExprId) {
        let span = self.espan(id);
        match self.kind(id) {
            ExprKind::Block { block, label } => self.block_into(dest, id, block, *label),
            ExprKind::If { cond, then, else_ } => self.if_into(dest, *cond, *then, *else_),
            ExprKind::Let { .. } | ExprKind::Binary(BinOp::And | BinOp::Or, ..) if !self.is_overloaded(id) => {
                self.bool_cond_into(dest, id)
            }
            ExprKind::Loop { body, .. } => self.loop_into(dest, id, *body),
            ExprKind::For { pat, iter, body, .. } => self.for_into(dest, id, *pat, *iter, *body),
            ExprKind::Match { scrutinee, arms } => self.match_into(dest, id, *scrutinee, arms),
            ExprKind::Break { target, value } => self.build_break(*target, *value, span),
            ExprKind::Continue { target } => self.build_continue(*target, span),
            ExprKind::Return(value) => self.build_return(*value, span),
            ExprKind::Call(callee, args) => self.call_into(dest, id, *callee, args),
            ExprKind::MethodCall { receiver, args, method_span, .. } => {
                self.method_call_into(dest, id, *receiver, args, *method_span)
            }
            ExprKind::Binary(..) | ExprKind::Unary(..) | ExprKind::Index(..) | ExprKind::AssignOp(..) => {
                self.overloaded_into(dest, id)
            }
            ExprKind::Try(_) => self.unsupported(span, "the `?` operator"),
            _ => {
                // `Err` expressions (already reported) and anything else
                // that has no value: the point is unreachable.
                self.terminate(TerminatorKind::Unreachable, span);
                self.diverge();
            }
        }
    }

    /// Evaluates `e` for its side effects; its value goes to a temporary
    /// dropped with the enclosing statement.
    pub(crate) fn for_effect(&mut self, e: ExprRef) {
        let ty = self.ety(e);
        if self.tcx.is_unit(ty) || matches!(self.tcx.kind(ty), TyKind::Never) {
            let t = self.new_temp(ty, self.espan(e.id));
            self.expr_into(Place::local(t), e);
        } else {
            self.as_temp(e);
        }
    }

    /// Evaluates `e` into a fresh temporary of the current temporary scope
    /// (or of the block, for lifetime-extended borrows).
    pub(crate) fn as_temp(&mut self, e: ExprRef) -> Local {
        let ty = self.ety(e);
        let span = self.espan(e.id);
        let scope = match self.extended.get(&e.id) {
            Some(&scope) => scope,
            // rustc promotes constant rvalues to statics, so a borrow of
            // one (`[1, 2].iter()` kept in a variable) never dangles; the
            // body's outermost scope gives the same within the body.
            None if self.is_promotable(e.id) => 0,
            None => self.temp_scope,
        };
        let local = self.temp_in(scope, ty, span);
        self.expr_into(Place::local(local), e);
        local
    }

    /// The address of the static `e` is promoted to, when it is a
    /// constant rvalue of a type without parameters in an item's body
    /// (the promoted body is built once, not per instance). A value that
    /// needs dropping is not promoted: its temporary's drop must run.
    pub(crate) fn promote(&mut self, e: ExprRef) -> Option<Constant> {
        let item = match self.owner {
            BodyOwner::Fn(d) | BodyOwner::Const(d) | BodyOwner::Static(d) | BodyOwner::Closure(d, _) => d,
            BodyOwner::AnonConst(_) | BodyOwner::Promoted(..) => return None,
        };
        let ty = self.ety(e);
        if e.adj > 0 || !self.is_promotable(e.id) || self.tcx.has_params(ty) || self.needs_drop(ty) {
            return None;
        }
        let index = e.id.into_raw().into_u32();
        self.promoted.push(BodyOwner::Promoted(item, index));
        let ref_ty = self.tcx.mk_ref(ty, Mutability::Not);
        Some(Constant { ty: ref_ty, kind: ConstKind::PromotedAddr(item, index) })
    }

    /// Whether `e` is a constant rvalue rustc would promote when borrowed:
    /// literals, unit values and constructors, and arrays, tuples,
    /// negations and constructor calls of them.
    fn is_promotable(&self, e: ExprId) -> bool {
        if self.is_overloaded(e) {
            return false;
        }
        let part = |x: ExprId| self.adjustments(x).is_empty() && self.is_promotable(x);
        match self.kind(e) {
            ExprKind::Lit(_) => true,
            ExprKind::Array(es) | ExprKind::Tuple(es) => es.iter().all(|&x| part(x)),
            ExprKind::Repeat { value, .. } => part(*value),
            ExprKind::Unary(UnOp::Neg | UnOp::Not, x) => part(*x),
            ExprKind::Path(_) => matches!(self.value_res(e), Some(ValueRes::UnitCtor { .. })),
            ExprKind::Call(callee, args) => {
                matches!(self.value_res(*callee), Some(ValueRes::Ctor { .. })) && args.iter().all(|&x| part(x))
            }
            ExprKind::Struct { fields, base: None, .. } => fields.iter().all(|f| part(f.expr)),
            _ => false,
        }
    }
}
