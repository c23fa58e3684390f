//! Operands: constants, copies and moves of places, temporaries; and the
//! left-to-right evaluation of operand lists.

use super::{Category, ExprRef};
use crate::build::Builder;
use crate::mir::{ConstKind, Constant, Operand, Place, Rvalue};
use ferrum_hir::hir::{BinOp, ExprId, ExprKind, UnOp};
use ferrum_ty::ty::Ty;

impl Builder<'_, '_> {
    /// The value of `e` as an operand.
    pub(crate) fn as_operand(&mut self, e: ExprRef) -> Operand {
        match self.category(e) {
            Category::Constant => Operand::Constant(Box::new(self.as_constant(e))),
            Category::Place => {
                let ty = self.ety(e);
                if let Some(boxed) = self.moved_out_box(e, ty) {
                    return self.move_out_of_box(boxed, ty);
                }
                let place = self.as_place(e);
                self.consume(place, ty)
            }
            _ => Operand::Move(Place::local(self.as_temp(e))),
        }
    }

    /// `*b` of a `Box` whose (non-`Copy`) contents are moved: the box.
    fn moved_out_box(&self, e: ExprRef, ty: Ty) -> Option<ExprId> {
        if self.outer_adjust(e).is_some() || self.is_copy(ty) {
            return None;
        }
        let ExprKind::Unary(UnOp::Deref, inner) = self.kind(e.id) else { return None };
        self.cx.is_box(self.ety(self.full(*inner))).then_some(*inner)
    }

    /// `let x = *b;`: the contents are read out, then the allocation is
    /// freed by the library's `box_free`, which takes the box (so it is
    /// not dropped again).
    fn move_out_of_box(&mut self, boxed: ExprId, ty: Ty) -> Operand {
        let span = self.espan(boxed);
        let b = self.full(boxed);
        let box_ty = self.ety(b);
        let box_place = self.as_place(b);
        let contents = self.deref_place(box_place.clone());
        let value = self.temp(ty, span);
        self.push_assign(Place::local(value), Rvalue::Use(Operand::Move(contents)), span);
        match self.cx.program.krate.lang_item("box_free") {
            Some(free) => {
                let unit = self.temp(self.tcx.unit(), span);
                let substs: Vec<Ty> = match self.tcx.kind(box_ty) {
                    ferrum_ty::ty::TyKind::Adt(_, s) => s.to_vec(),
                    _ => vec![ty],
                };
                self.emit_call(
                    crate::mir::Callee::Fn(free, substs.into()),
                    vec![Operand::Move(box_place)],
                    Place::local(unit),
                    false,
                    span,
                );
            }
            None => self.error(span, "the library has no `box_free` lang item"),
        }
        Operand::Move(Place::local(value))
    }

    /// Reads a place: a copy for `Copy` types, else a move.
    pub(crate) fn consume(&self, place: Place, ty: Ty) -> Operand {
        if self.is_copy(ty) {
            Operand::Copy(place)
        } else {
            Operand::Move(place)
        }
    }

    /// Operands of a list evaluated left to right. A place is read
    /// directly unless a later operand could change it, in which case it
    /// is read into a temporary first (`f(x, { x = 5; 1 })`).
    pub(crate) fn as_operands(&mut self, es: &[ExprRef]) -> Vec<Operand> {
        let mut out = Vec::with_capacity(es.len());
        for (i, &e) in es.iter().enumerate() {
            let later_pure = es[i + 1..].iter().all(|&l| self.is_pure(l.id));
            if later_pure || self.category(e) != Category::Place {
                out.push(self.as_operand(e));
            } else {
                out.push(Operand::Move(Place::local(self.as_temp(e))));
            }
        }
        out
    }

    /// Whether evaluating the expression cannot write to memory (it may
    /// still panic).
    pub(crate) fn is_pure(&self, id: ferrum_hir::hir::ExprId) -> bool {
        if self.is_overloaded(id) {
            return false;
        }
        match self.kind(id) {
            ExprKind::Lit(_) | ExprKind::Path(_) => true,
            ExprKind::Field(e, _) | ExprKind::Unary(_, e) | ExprKind::Cast(e, _) => self.is_pure(*e),
            ExprKind::Ref { expr, .. } | ExprKind::RawRef { expr, .. } => self.is_pure(*expr),
            ExprKind::Binary(op, a, b) => !matches!(op, BinOp::And | BinOp::Or) && self.is_pure(*a) && self.is_pure(*b),
            ExprKind::Index(a, b) => self.is_pure(*a) && self.is_pure(*b),
            ExprKind::Tuple(es) | ExprKind::Array(es) => es.iter().all(|&e| self.is_pure(e)),
            ExprKind::Struct { fields, base, .. } => {
                fields.iter().all(|f| self.is_pure(f.expr)) && base.is_none_or(|b| self.is_pure(b))
            }
            _ => false,
        }
    }

    pub(crate) fn constant_operand(&self, ty: Ty, kind: ConstKind) -> Operand {
        Operand::Constant(Box::new(Constant { ty, kind }))
    }

    /// A scalar constant of an integer, bool or char type.
    pub(crate) fn scalar(&self, ty: Ty, value: u128) -> Operand {
        let bits = crate::tys::scalar_bits(self.tcx, ty).unwrap_or(128);
        self.constant_operand(ty, ConstKind::Scalar(crate::tys::truncate(value, bits)))
    }

    pub(crate) fn usize_const(&self, value: u128) -> Operand {
        self.scalar(self.tcx.usize(), value)
    }

    pub(crate) fn bool_const(&self, value: bool) -> Operand {
        self.scalar(self.tcx.bool(), value as u128)
    }

    pub(crate) fn unit_operand(&self) -> Operand {
        self.constant_operand(self.tcx.unit(), ConstKind::ZeroSized)
    }
}
