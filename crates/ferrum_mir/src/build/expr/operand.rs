//! Operands: constants, copies and moves of places, temporaries; and the
//! left-to-right evaluation of operand lists.

use super::{Category, ExprRef};
use crate::build::Builder;
use crate::mir::{ConstKind, Constant, Operand, Place};
use ferrum_hir::hir::{BinOp, ExprKind};
use ferrum_ty::ty::Ty;

impl Builder<'_, '_> {
    /// The value of `e` as an operand.
    pub(crate) fn as_operand(&mut self, e: ExprRef) -> Operand {
        match self.category(e) {
            Category::Constant => Operand::Constant(Box::new(self.as_constant(e))),
            Category::Place => {
                let ty = self.ety(e);
                let place = self.as_place(e);
                self.consume(place, ty)
            }
            _ => Operand::Move(Place::local(self.as_temp(e))),
        }
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
