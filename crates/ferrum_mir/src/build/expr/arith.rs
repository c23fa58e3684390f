//! Built-in arithmetic with rustc's debug-mode checks: overflow of
//! `+ - *` (`CheckedBinaryOp` + `Assert`), division and remainder by zero
//! and `MIN / -1`, shift amounts of at least the bit width, and `-MIN`.
//! Floats, comparisons and bit operations are plain `BinaryOp`s.

use crate::build::Builder;
use crate::mir::{AssertMessage, BinOp, CastKind, ConstKind, Local, Operand, Place, Rvalue, TerminatorKind, UnOp};
use crate::tys::{int_bits, signed_min, truncate, unsigned_of};
use ferrum_hir::hir::{BinOp as HirBinOp, ExprId};
use ferrum_span::Span;
use ferrum_ty::ty::Ty;

/// The MIR operator of a (non-short-circuit) HIR operator.
pub(crate) fn mir_binop(op: HirBinOp) -> BinOp {
    match op {
        HirBinOp::Add => BinOp::Add,
        HirBinOp::Sub => BinOp::Sub,
        HirBinOp::Mul => BinOp::Mul,
        HirBinOp::Div => BinOp::Div,
        HirBinOp::Rem => BinOp::Rem,
        HirBinOp::BitXor => BinOp::BitXor,
        HirBinOp::BitAnd | HirBinOp::And => BinOp::BitAnd,
        HirBinOp::BitOr | HirBinOp::Or => BinOp::BitOr,
        HirBinOp::Shl => BinOp::Shl,
        HirBinOp::Shr => BinOp::Shr,
        HirBinOp::Eq => BinOp::Eq,
        HirBinOp::Lt => BinOp::Lt,
        HirBinOp::Le => BinOp::Le,
        HirBinOp::Ne => BinOp::Ne,
        HirBinOp::Ge => BinOp::Ge,
        HirBinOp::Gt => BinOp::Gt,
    }
}

/// The value of a scalar constant operand.
fn const_scalar(op: &Operand) -> Option<u128> {
    match op {
        Operand::Constant(c) => match c.kind {
            ConstKind::Scalar(v) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

/// The same operand, read without moving (for values used twice).
pub(crate) fn copy_of(op: &Operand) -> Operand {
    match op {
        Operand::Move(p) => Operand::Copy(p.clone()),
        other => other.clone(),
    }
}

impl Builder<'_, '_> {
    pub(crate) fn binary_expr(&mut self, op: HirBinOp, a: ExprId, b: ExprId, span: Span) -> Rvalue {
        let (a, b) = (self.full(a), self.full(b));
        let (lty, rty) = (self.ety(a), self.ety(b));
        let mut ops = self.as_operands(&[a, b]).into_iter();
        let (l, r) =
            (ops.next().unwrap_or_else(|| self.unit_operand()), ops.next().unwrap_or_else(|| self.unit_operand()));
        self.binary_rvalue(mir_binop(op), lty, rty, l, r, span)
    }

    /// `l op r` on operands of type `ty` (`rty` for the right one), with
    /// the checks integer arithmetic needs.
    pub(crate) fn binary_rvalue(&mut self, op: BinOp, ty: Ty, rty: Ty, l: Operand, r: Operand, span: Span) -> Rvalue {
        if !self.tcx.is_integral(ty) {
            return Rvalue::BinaryOp(op, l, r);
        }
        let (l, r) = (copy_of(&l), copy_of(&r));
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => self.checked_op(op, ty, l, r, span),
            BinOp::Div | BinOp::Rem => {
                self.division_checks(op, ty, &l, &r, span);
                Rvalue::BinaryOp(op, l, r)
            }
            BinOp::Shl | BinOp::Shr => {
                self.shift_check(op, ty, rty, &r, span);
                Rvalue::BinaryOp(op, l, r)
            }
            _ => Rvalue::BinaryOp(op, l, r),
        }
    }

    /// `_t = OpWithOverflow(l, r); assert(!_t.1); _t.0`.
    fn checked_op(&mut self, op: BinOp, ty: Ty, l: Operand, r: Operand, span: Span) -> Rvalue {
        let bool_ty = self.tcx.bool();
        let pair = self.new_temp(self.tcx.mk_tuple(vec![ty, bool_ty]), span);
        self.push_assign(Place::local(pair), Rvalue::CheckedBinaryOp(op, l, r), span);
        let overflowed = Operand::Move(Place::local(pair).field(1, bool_ty));
        self.assert(overflowed, false, AssertMessage::Overflow(op), span);
        Rvalue::Use(Operand::Move(Place::local(pair).field(0, ty)))
    }

    /// Division by zero, then (signed) `MIN / -1` overflow; a constant
    /// divisor needs only the checks it can fail.
    fn division_checks(&mut self, op: BinOp, ty: Ty, l: &Operand, r: &Operand, span: Span) {
        let divisor = const_scalar(r);
        if divisor.is_none_or(|d| d == 0) {
            let zero = self.scalar(ty, 0);
            let is_zero = self.compare(BinOp::Eq, r.clone(), zero, span);
            let msg = if op == BinOp::Div { AssertMessage::DivisionByZero } else { AssertMessage::RemainderByZero };
            self.assert(Operand::Move(Place::local(is_zero)), false, msg, span);
        }
        let bits = int_bits(self.tcx, ty).unwrap_or(64);
        let minus_one = truncate(u128::MAX, bits);
        if !self.tcx.is_signed(ty) || divisor.is_some_and(|d| d != minus_one) {
            return;
        }
        let minus_one = self.scalar(ty, minus_one);
        let min = self.scalar(ty, signed_min(bits));
        let is_minus_one = self.compare(BinOp::Eq, r.clone(), minus_one, span);
        let is_min = self.compare(BinOp::Eq, l.clone(), min, span);
        let both = self.new_temp(self.tcx.bool(), span);
        let rv = Rvalue::BinaryOp(
            BinOp::BitAnd,
            Operand::Move(Place::local(is_minus_one)),
            Operand::Move(Place::local(is_min)),
        );
        self.push_assign(Place::local(both), rv, span);
        self.assert(Operand::Move(Place::local(both)), false, AssertMessage::Overflow(op), span);
    }

    /// `assert(Lt(r as unsigned, bits))`, unless the amount is a constant
    /// in range.
    fn shift_check(&mut self, op: BinOp, ty: Ty, rty: Ty, r: &Operand, span: Span) {
        let bits = int_bits(self.tcx, ty).unwrap_or(64);
        let rbits = int_bits(self.tcx, rty).unwrap_or(64);
        if const_scalar(r).is_some_and(|a| a < bits as u128 && (!self.tcx.is_signed(rty) || a >> (rbits - 1) == 0)) {
            return;
        }
        let rty_u = unsigned_of(self.tcx, rty);
        let amount = if self.tcx.is_signed(rty) {
            let t = self.new_temp(rty_u, span);
            self.push_assign(Place::local(t), Rvalue::Cast(CastKind::IntToInt, r.clone(), rty_u), span);
            Operand::Move(Place::local(t))
        } else {
            r.clone()
        };
        let limit = self.scalar(rty_u, bits as u128);
        let ok = self.compare(BinOp::Lt, amount, limit, span);
        self.assert(Operand::Move(Place::local(ok)), true, AssertMessage::Overflow(op), span);
    }

    /// `-x`: for signed integers, asserts `x != MIN` first.
    pub(crate) fn neg_rvalue(&mut self, x: ExprId, span: Span) -> Rvalue {
        let x = self.full(x);
        let ty = self.ety(x);
        let op = self.as_operand(x);
        if self.tcx.is_integral(ty) && self.tcx.is_signed(ty) {
            let op = copy_of(&op);
            let bits = int_bits(self.tcx, ty).unwrap_or(64);
            let min = self.scalar(ty, signed_min(bits));
            let is_min = self.compare(BinOp::Eq, op.clone(), min, span);
            self.assert(Operand::Move(Place::local(is_min)), false, AssertMessage::OverflowNeg, span);
            return Rvalue::UnaryOp(UnOp::Neg, op);
        }
        Rvalue::UnaryOp(UnOp::Neg, op)
    }

    /// `l op= r` on primitives: the right operand first, then the place.
    pub(crate) fn build_assign_op(&mut self, op: HirBinOp, l: ExprId, r: ExprId, span: Span) {
        let (l, r) = (self.full(l), self.full(r));
        let (lty, rty) = (self.ety(l), self.ety(r));
        let rhs = self.as_operand(r);
        let place = self.as_place(l);
        let rv = self.binary_rvalue(mir_binop(op), lty, rty, Operand::Copy(place.clone()), rhs, span);
        self.push_assign(place, rv, span);
    }

    /// `_t = op(l, r)` into a fresh boolean temporary.
    pub(crate) fn compare(&mut self, op: BinOp, l: Operand, r: Operand, span: Span) -> Local {
        let t = self.new_temp(self.tcx.bool(), span);
        self.push_assign(Place::local(t), Rvalue::BinaryOp(op, l, r), span);
        t
    }

    /// `assert(cond == expected, msg)`, continuing in a new block.
    pub(crate) fn assert(&mut self, cond: Operand, expected: bool, msg: AssertMessage, span: Span) {
        let next = self.new_block();
        self.terminate(TerminatorKind::Assert { cond, expected, msg, target: next }, span);
        self.cur = next;
    }
}
