//! Rvalues: borrows, adjustments, aggregates (tuples, arrays, structs,
//! enum variants, unions), and dispatch to arithmetic and casts.

use super::{Category, ExprRef};
use crate::build::Builder;
use crate::mir::{AggregateKind, CastKind, Operand, Place, Rvalue};
use ferrum_hir::hir::{AdtKind, DefKind, ExprId, ExprKind, FieldInit, Mutability, Res, UnOp};
use ferrum_ty::ty::{Ty, TyKind};
use ferrum_ty::{Adjust, ValueRes};

impl<'a> Builder<'a, '_> {
    /// The value of `e` as one rvalue (control flow is evaluated into a
    /// temporary first).
    pub(crate) fn as_rvalue(&mut self, e: ExprRef) -> Rvalue {
        match self.category(e) {
            Category::Constant | Category::Place => return Rvalue::Use(self.as_operand(e)),
            Category::Into => return Rvalue::Use(Operand::Move(Place::local(self.as_temp(e)))),
            Category::Rvalue => {}
        }
        if let Some(adj) = self.outer_adjust(e) {
            return self.adjust_rvalue(e, adj);
        }
        let id = e.id;
        let span = self.espan(id);
        match self.kind(id) {
            ExprKind::Unary(UnOp::Neg, x) => self.neg_rvalue(*x, span),
            ExprKind::Unary(_, x) => {
                let op = self.as_operand(self.full(*x));
                Rvalue::UnaryOp(crate::mir::UnOp::Not, op)
            }
            ExprKind::Binary(op, a, b) => self.binary_expr(*op, *a, *b, span),
            ExprKind::Assign(l, r) => {
                self.build_assign(*l, *r, span);
                Rvalue::Use(self.unit_operand())
            }
            ExprKind::AssignOp(op, l, r) => {
                self.build_assign_op(*op, *l, *r, span);
                Rvalue::Use(self.unit_operand())
            }
            ExprKind::Cast(x, _) => self.cast_rvalue(self.full(*x), self.expr_ty(id), span),
            ExprKind::Ref { mutability, expr } => self.borrow(*mutability, self.full(*expr)),
            ExprKind::RawRef { mutability, expr } => Rvalue::AddressOf(*mutability, self.as_place(self.full(*expr))),
            ExprKind::Tuple(es) => Rvalue::Aggregate(AggregateKind::Tuple, self.operand_list(es)),
            ExprKind::Array(es) => {
                let elem = self.elem_ty(self.expr_ty(id));
                Rvalue::Aggregate(AggregateKind::Array(elem), self.operand_list(es))
            }
            ExprKind::Repeat { value, .. } => {
                let n = match self.tcx.kind(self.expr_ty(id)) {
                    TyKind::Array(_, n) => n,
                    _ => self.tcx.mk_const(0),
                };
                Rvalue::Repeat(self.as_operand(self.full(*value)), n)
            }
            ExprKind::Struct { res, fields, base, .. } => self.struct_rvalue(id, *res, fields, *base),
            ExprKind::Path(_) => self.unit_ctor_rvalue(id),
            ExprKind::Closure { .. } => self.closure_rvalue(id),
            _ => Rvalue::Use(Operand::Move(Place::local(self.as_temp(e)))),
        }
    }

    fn operand_list(&mut self, es: &[ExprId]) -> Vec<Operand> {
        let refs: Vec<ExprRef> = es.iter().map(|&e| self.full(e)).collect();
        self.as_operands(&refs)
    }

    pub(crate) fn elem_ty(&self, ty: Ty) -> Ty {
        match self.tcx.kind(ty) {
            TyKind::Array(t, _) | TyKind::Slice(t) => t,
            _ => self.tcx.error(),
        }
    }

    /// `&e` or `&mut e`. A shared borrow of a constant rvalue borrows a
    /// static it is promoted to, as in rustc, so that the reference may
    /// outlive the body (`fn names() -> &'static [&'static str]`).
    fn borrow(&mut self, m: Mutability, e: ExprRef) -> Rvalue {
        if m == Mutability::Not {
            if let Some(c) = self.promote(e) {
                return Rvalue::Use(Operand::Constant(Box::new(c)));
            }
        }
        Rvalue::Ref(m, self.as_place(e))
    }

    fn adjust_rvalue(&mut self, e: ExprRef, adj: Adjust) -> Rvalue {
        let inner = self.inner(e);
        let target = self.ety(e);
        match adj {
            Adjust::Borrow(m) => self.borrow(m, inner),
            Adjust::RefToRawPtr(m) => match self.tcx.kind(self.ety(inner)) {
                TyKind::Ref(..) => Rvalue::AddressOf(m, self.as_place(inner).deref()),
                _ => Rvalue::Cast(CastKind::PtrToPtr, self.as_operand(inner), target),
            },
            Adjust::ReborrowShared => Rvalue::Ref(Mutability::Not, self.as_place(inner).deref()),
            Adjust::Unsize(t) => Rvalue::Cast(CastKind::Unsize, self.as_operand(inner), t),
            Adjust::ReifyFnPointer => Rvalue::Cast(CastKind::FnToPtr, self.as_operand(inner), target),
            Adjust::ClosureFnPointer(t) => Rvalue::Cast(CastKind::ClosureFnPtr, self.as_operand(inner), t),
            Adjust::Deref | Adjust::OverloadedDeref { .. } | Adjust::NeverToAny(_) => Rvalue::Use(self.as_operand(e)),
        }
    }

    fn unit_ctor_rvalue(&mut self, id: ExprId) -> Rvalue {
        match self.value_res(id) {
            Some(ValueRes::UnitCtor { adt, variant, substs }) => {
                Rvalue::Aggregate(AggregateKind::Adt(*adt, *variant, substs.clone()), Vec::new())
            }
            _ => Rvalue::Use(self.unit_operand()),
        }
    }

    /// The variant index a struct literal's `res` names.
    pub(crate) fn variant_of_res(&self, res: Res) -> u32 {
        match res {
            Res::Variant(def) | Res::Def(def) => match self.cx.program.krate.defs[def].kind {
                DefKind::Variant { index, .. } => index,
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Field index of a struct-literal field, by name in the variant.
    fn literal_field_index(&self, ty: Ty, variant: u32, field: &FieldInit) -> Option<usize> {
        if let TyKind::Adt(def, _) = self.tcx.kind(ty) {
            let info = self.cx.program.items.adts.get(&def)?.variants.get(variant as usize)?;
            if let Some(i) = info.fields.iter().position(|f| f.name == field.name) {
                return Some(i);
            }
        }
        self.res.field_indices.get(field.expr).map(|&i| i as usize)
    }

    fn struct_rvalue(&mut self, id: ExprId, res: Res, fields: &'a [FieldInit], base: Option<ExprId>) -> Rvalue {
        let ty = self.expr_ty(id);
        let TyKind::Adt(def, substs) = self.tcx.kind(ty) else {
            return Rvalue::Use(self.unit_operand());
        };
        let variant = self.variant_of_res(res);
        let field_tys = self.cx.variant_field_tys(ty, variant).unwrap_or_default();
        let ops = self.operand_list(&fields.iter().map(|f| f.expr).collect::<Vec<_>>());
        let mut slots: Vec<Option<Operand>> = vec![None; field_tys.len()];
        for (field, op) in fields.iter().zip(ops) {
            if let Some(slot) = self.literal_field_index(ty, variant, field).and_then(|i| slots.get_mut(i)) {
                *slot = Some(op);
            }
        }
        if let Some(base) = base {
            let base_place = self.as_place(self.full(base));
            for (i, slot) in slots.iter_mut().enumerate() {
                if slot.is_none() {
                    let fty = field_tys[i];
                    *slot = Some(self.consume(base_place.field(i as u32, fty), fty));
                }
            }
        }
        let ops = slots.into_iter().map(|s| s.unwrap_or_else(|| self.unit_operand())).collect();
        Rvalue::Aggregate(AggregateKind::Adt(def, variant, substs), ops)
    }

    pub(crate) fn is_union_literal(&self, id: ExprId) -> bool {
        if !matches!(self.kind(id), ExprKind::Struct { .. }) {
            return false;
        }
        match self.tcx.kind(self.expr_ty(id)) {
            TyKind::Adt(def, _) => self.cx.program.items.adts.get(&def).is_some_and(|a| a.kind == AdtKind::Union),
            _ => false,
        }
    }

    /// `U { f: v }` writes only field `f` of the union.
    pub(crate) fn union_into(&mut self, dest: Place, id: ExprId) {
        let ExprKind::Struct { fields, .. } = self.kind(id) else {
            return;
        };
        let ty = self.expr_ty(id);
        let field_tys = self.cx.variant_field_tys(ty, 0).unwrap_or_default();
        for field in fields {
            let Some(i) = self.literal_field_index(ty, 0, field) else {
                continue;
            };
            let op = self.as_operand(self.full(field.expr));
            let fty = field_tys.get(i).copied().unwrap_or_else(|| self.tcx.error());
            self.push_assign(dest.field(i as u32, fty), Rvalue::Use(op), self.espan(field.expr));
        }
    }
}
