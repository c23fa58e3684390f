//! Built-in binary operators on primitive types.

use super::FnCtxt;
use crate::ty::{InferKind, Ty, TyKind};
use crate::Adjust;
use ferrum_hir::hir::{BinOp, ExprId};
use ferrum_span::Diagnostic;

#[derive(Clone, Copy, PartialEq)]
enum Operand {
    Int,
    Float,
    Bool,
    Char,
    Ptr,
    Unit,
    Unknown,
    Error,
    Other,
}

impl FnCtxt<'_> {
    fn classify(&self, ty: Ty) -> Operand {
        match self.kind(ty) {
            TyKind::Int(_) | TyKind::Uint(_) | TyKind::Infer(_, InferKind::Int) => Operand::Int,
            TyKind::Float(_) | TyKind::Infer(_, InferKind::Float) => Operand::Float,
            TyKind::Bool => Operand::Bool,
            TyKind::Char => Operand::Char,
            TyKind::RawPtr(..) | TyKind::FnPtr(_) => Operand::Ptr,
            TyKind::Tuple(t) if t.is_empty() => Operand::Unit,
            TyKind::Infer(_, InferKind::General) => Operand::Unknown,
            TyKind::Error | TyKind::Never => Operand::Error,
            _ => Operand::Other,
        }
    }

    /// Peels references off an operand of a comparison or arithmetic
    /// operator (`&a == &b`, `x + *y` via `&i32: Add`), recording derefs.
    fn peel_operand_refs(&mut self, expr: ExprId, ty: Ty) -> Ty {
        let mut ty = ty;
        let mut derefs = 0;
        while let TyKind::Ref(inner, _) = self.kind(ty) {
            ty = inner;
            derefs += 1;
        }
        if derefs > 0 && self.classify(ty) != Operand::Other {
            self.results.adjustments.entry(expr).or_default().extend(std::iter::repeat_n(Adjust::Deref, derefs));
            return ty;
        }
        if derefs > 0 {
            return self.expr_ty(expr);
        }
        ty
    }

    pub(super) fn check_binary(&mut self, expr: ExprId, op: BinOp, l: ExprId, r: ExprId, expected: Option<Ty>) -> Ty {
        let tcx = self.tcx;
        if matches!(op, BinOp::And | BinOp::Or) {
            let b = tcx.bool();
            let lt = self.check_expr(l, Some(b));
            self.demand_eq(self.span(l), b, lt);
            let saved = self.diverges;
            let rt = self.check_expr(r, Some(b));
            self.demand_eq(self.span(r), b, rt);
            self.diverges = saved;
            return b;
        }
        let is_cmp = matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
        let lhs_expected = if is_cmp || matches!(op, BinOp::Shl | BinOp::Shr) { None } else { expected };
        let lt = self.check_expr(l, lhs_expected);
        let lt = self.peel_operand_refs(l, lt);
        let rhs_expected = if matches!(op, BinOp::Shl | BinOp::Shr) { None } else { Some(lt) };
        let rt = self.check_expr(r, rhs_expected);
        let rt = self.peel_operand_refs(r, rt);
        let result = self.binary_result(op, lt, rt);
        match result {
            Some(ty) => ty,
            None => {
                self.report_bad_binary(expr, op, lt, rt);
                tcx.error()
            }
        }
    }

    /// The result type of a built-in operator, unifying operand types as
    /// needed; `None` if the operator doesn't apply.
    fn binary_result(&mut self, op: BinOp, lt: Ty, rt: Ty) -> Option<Ty> {
        let tcx = self.tcx;
        let (lc, rc) = (self.classify(lt), self.classify(rt));
        if lc == Operand::Error || rc == Operand::Error {
            return Some(match op {
                BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => tcx.bool(),
                _ => tcx.error(),
            });
        }
        match op {
            BinOp::Shl | BinOp::Shr => {
                let ok = matches!(lc, Operand::Int | Operand::Unknown) && matches!(rc, Operand::Int | Operand::Unknown);
                ok.then_some(lt)
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem => {
                let ok = matches!(lc, Operand::Int | Operand::Float | Operand::Unknown)
                    && matches!(rc, Operand::Int | Operand::Float | Operand::Unknown);
                (ok && self.infcx.unify(lt, rt).is_ok()).then_some(lt)
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                let ok = matches!(lc, Operand::Int | Operand::Bool | Operand::Unknown)
                    && matches!(rc, Operand::Int | Operand::Bool | Operand::Unknown);
                (ok && self.infcx.unify(lt, rt).is_ok()).then_some(lt)
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let ok = lc != Operand::Other && rc != Operand::Other;
                (ok && self.infcx.unify(lt, rt).is_ok()).then(|| tcx.bool())
            }
            BinOp::And | BinOp::Or => unreachable!("handled by check_binary"),
        }
    }

    fn report_bad_binary(&mut self, expr: ExprId, op: BinOp, lt: Ty, rt: Ty) {
        let (ls, rs) = (self.ty_str(lt), self.ty_str(rt));
        let (lc, rc) = (self.classify(lt), self.classify(rt));
        let both_scalar = lc != Operand::Other && rc != Operand::Other;
        let diag = if both_scalar {
            Diagnostic::error("mismatched types").code("E0308").primary(self.span(expr), format!("expected `{ls}`, found `{rs}`"))
        } else if lc == Operand::Other && matches!(self.kind(lt), TyKind::Adt(..) | TyKind::Tuple(_) | TyKind::Array(..) | TyKind::Ref(..)) && matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) && self.resolve(lt) == self.resolve(rt) && !matches!(self.kind(lt), TyKind::Adt(..)) {
            Diagnostic::error(format!("unsupported: comparing values of type `{ls}` is not supported yet"))
                .primary(self.span(expr), "not supported yet")
        } else {
            Diagnostic::error(format!("binary operation `{}` cannot be applied to type `{ls}`", op_str(op)))
                .code("E0369")
                .primary(self.span(expr), format!("`{}` cannot be applied to `{ls}`", op_str(op)))
        };
        self.error(diag);
    }

    pub(super) fn check_assign_op(&mut self, expr: ExprId, op: BinOp, l: ExprId, r: ExprId) {
        let lt = self.check_expr(l, None);
        let rhs_expected = if matches!(op, BinOp::Shl | BinOp::Shr) { None } else { Some(lt) };
        let rt = self.check_expr(r, rhs_expected);
        let rt = self.peel_operand_refs(r, rt);
        if self.binary_result(op, lt, rt).is_none() {
            let (ls, rs) = (self.ty_str(lt), self.ty_str(rt));
            let _ = rs;
            self.error(
                Diagnostic::error(format!("binary assignment operation `{}=` cannot be applied to type `{ls}`", op_str(op)))
                    .code("E0368")
                    .primary(self.span(expr), format!("cannot use `{}=` on type `{ls}`", op_str(op))),
            );
        }
    }
}

pub fn op_str(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::And => "&&",
        BinOp::Or => "||",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::Eq => "==",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Ne => "!=",
        BinOp::Ge => ">=",
        BinOp::Gt => ">",
    }
}
