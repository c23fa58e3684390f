//! Built-in binary operators on primitive types.

use super::FnCtxt;
use crate::ty::{InferKind, Ty, TyKind};
use crate::{Adjust, ValueRes};
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
            None => match self.overloaded_binary(expr, op, l, lt, r, rt) {
                Some(ty) => ty,
                None => {
                    self.report_bad_binary(expr, op, lt, rt);
                    tcx.error()
                }
            },
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

    /// An operator on a type that isn't a primitive: a call of the
    /// operator trait's method (`Add::add`, `PartialEq::eq`, ...). The
    /// operands' reference peeling is undone: the trait sees them as written.
    fn overloaded_binary(&mut self, expr: ExprId, op: BinOp, l: ExprId, lt: Ty, r: ExprId, rt: Ty) -> Option<Ty> {
        let (lang, method) = operator_trait(op)?;
        let trait_ = self.krate.lang_item(lang)?;
        let lt = self.unpeel(l, lt);
        let rt = self.unpeel(r, rt);
        let method_def = crate::impls::assoc_item(self.krate, trait_, ferrum_span::Symbol::intern(method))?;
        let goal = crate::items::TraitRef { trait_, substs: vec![lt, rt].into() };
        let snapshot = self.infcx.snapshot();
        let rt = if self.select(&goal).holds() {
            rt
        } else {
            self.infcx.rollback_to(snapshot);
            self.coerce_operator_rhs(trait_, lt, r, rt)?
        };
        let goal = crate::items::TraitRef { trait_, substs: vec![lt, rt].into() };
        let span = self.span(expr);
        self.register_trait(goal.clone(), span);
        self.results.value_res.insert(expr, ValueRes::Fn(method_def, vec![lt, rt].into()));
        let output = self.tcx.subst(self.items.fn_sigs[&method_def].output, &[lt, rt]);
        Some(self.normalize(output, span))
    }

    /// Removes the derefs `peel_operand_refs` recorded on an operand.
    fn unpeel(&mut self, expr: ExprId, ty: Ty) -> Ty {
        if let Some(adjusts) = self.results.adjustments.get_mut(expr) {
            if adjusts.iter().all(|a| *a == Adjust::Deref) && !adjusts.is_empty() {
                adjusts.clear();
                return self.expr_ty(expr);
            }
        }
        ty
    }

    fn report_bad_binary(&mut self, expr: ExprId, op: BinOp, lt: Ty, rt: Ty) {
        let (ls, rs) = (self.ty_str(lt), self.ty_str(rt));
        let same = self.resolve(lt) == self.resolve(rt);
        let is_cmp = matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
        let structural = matches!(
            self.kind(lt),
            TyKind::Tuple(_) | TyKind::Array(..) | TyKind::Slice(_) | TyKind::Ref(..) | TyKind::Str
        );
        let span = self.span(expr);
        let op_span = self.operator_span(expr, op);
        let diag = if is_cmp && same && structural {
            Diagnostic::error(format!("unsupported: comparing values of type `{ls}` is not supported yet"))
                .primary(span, "not supported yet")
        } else if same || is_cmp && self.classify(lt) == Operand::Other {
            let message = match arith_verb(op) {
                Some(_) if !is_cmp => {
                    format!("{} `{ls}` {} `{rs}`", arith_verb(op).unwrap().0, arith_verb(op).unwrap().1)
                }
                _ => format!("binary operation `{}` cannot be applied to type `{ls}`", op_str(op)),
            };
            Diagnostic::error(message).code("E0369").primary(op_span, "")
        } else if is_cmp {
            Diagnostic::error("mismatched types")
                .code("E0308")
                .primary(self.span_of_rhs(expr), format!("expected `{ls}`, found `{rs}`"))
        } else {
            let message = match arith_verb(op) {
                Some((verb, prep)) if matches!(op, BinOp::Add) => format!("{verb} `{rs}` {prep} `{ls}`"),
                Some((verb, prep)) if matches!(op, BinOp::Sub) => format!("{verb} `{rs}` {prep} `{ls}`"),
                Some((verb, prep)) => format!("{verb} `{ls}` {prep} `{rs}`"),
                None => format!("no implementation for `{ls} {} {rs}`", op_str(op)),
            };
            Diagnostic::error(message)
                .code("E0277")
                .primary(op_span, format!("no implementation for `{ls} {} {rs}`", op_str(op)))
        };
        self.error(diag);
    }

    /// The operator of binary `expr`, where rustc points: between the
    /// operands (the HIR keeps no span for it), assuming the spacing on
    /// both sides is the same, as `rustfmt` writes it.
    fn operator_span(&self, expr: ExprId, op: BinOp) -> ferrum_span::Span {
        let span = self.span(expr);
        let ferrum_hir::hir::ExprKind::Binary(_, l, r) = &self.body.exprs[expr].kind else { return span };
        let (gap_lo, gap_hi) = (self.span(*l).hi, self.span(*r).lo);
        let len = op_str(op).len() as u32;
        if gap_hi < gap_lo + len || self.span(*l).file != span.file {
            return span;
        }
        let lo = gap_lo + (gap_hi - gap_lo - len) / 2;
        ferrum_span::Span { lo, hi: lo + len, ..span }
    }

    fn span_of_rhs(&self, expr: ExprId) -> ferrum_span::Span {
        match &self.body.exprs[expr].kind {
            ferrum_hir::hir::ExprKind::Binary(_, _, r) => self.span(*r),
            _ => self.span(expr),
        }
    }

    pub(super) fn check_assign_op(&mut self, expr: ExprId, op: BinOp, l: ExprId, r: ExprId) {
        let lt = self.check_expr(l, None);
        let rhs_expected = if matches!(op, BinOp::Shl | BinOp::Shr) { None } else { Some(lt) };
        let rt = self.check_expr(r, rhs_expected);
        let rt = self.peel_operand_refs(r, rt);
        if self.binary_result(op, lt, rt).is_none() && !self.overloaded_assign_op(expr, op, lt, r, rt) {
            let (ls, rs) = (self.ty_str(lt), self.ty_str(rt));
            let _ = rs;
            self.error(
                Diagnostic::error(format!(
                    "binary assignment operation `{}=` cannot be applied to type `{ls}`",
                    op_str(op)
                ))
                .code("E0368")
                .primary(self.span(expr), format!("cannot use `{}=` on type `{ls}`", op_str(op))),
            );
        }
    }
}

impl FnCtxt<'_> {
    /// The right operand's type when the left one has exactly one impl of
    /// the operator trait and the operand coerces to it, as rustc does
    /// (`s + &t` with `t: String` uses `String: Add<&str>`); the coercion
    /// is recorded on the operand.
    fn coerce_operator_rhs(&mut self, trait_: ferrum_hir::hir::DefId, lt: Ty, r: ExprId, rt: Ty) -> Option<Ty> {
        let var = self.new_var();
        let goal = crate::items::TraitRef { trait_, substs: vec![lt, var].into() };
        let snapshot = self.infcx.snapshot();
        let target = match self.select(&goal) {
            crate::traits::Selection::Impl { .. } => self.resolve(var),
            _ => {
                self.infcx.rollback_to(snapshot);
                return None;
            }
        };
        match self.try_coerce(rt, target, self.span(r)) {
            Some(adjusts) if !self.infcx.is_unresolved_var(target) => {
                if !adjusts.is_empty() {
                    self.results.adjustments.entry(r).or_default().extend(adjusts);
                }
                Some(target)
            }
            _ => {
                self.infcx.rollback_to(snapshot);
                None
            }
        }
    }

    /// `a op= b` on a type that isn't a primitive: a call of the compound
    /// assignment trait's method (`AddAssign::add_assign`, ...).
    fn overloaded_assign_op(&mut self, expr: ExprId, op: BinOp, lt: Ty, r: ExprId, rt: Ty) -> bool {
        let Some((lang, method)) = operator_trait(op) else { return false };
        let Some(trait_) = self.krate.lang_item(&format!("{lang}_assign")) else { return false };
        let rt = self.unpeel(r, rt);
        let name = ferrum_span::Symbol::intern(&format!("{method}_assign"));
        let Some(method_def) = crate::impls::assoc_item(self.krate, trait_, name) else { return false };
        let goal = crate::items::TraitRef { trait_, substs: vec![lt, rt].into() };
        let snapshot = self.infcx.snapshot();
        let rt = if self.select(&goal).holds() {
            rt
        } else {
            self.infcx.rollback_to(snapshot);
            match self.coerce_operator_rhs(trait_, lt, r, rt) {
                Some(rt) => rt,
                None => return false,
            }
        };
        let goal = crate::items::TraitRef { trait_, substs: vec![lt, rt].into() };
        self.register_trait(goal, self.span(expr));
        self.results.value_res.insert(expr, ValueRes::Fn(method_def, vec![lt, rt].into()));
        true
    }
}

/// The lang item of the trait behind an operator, and its method.
fn operator_trait(op: BinOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        BinOp::Add => ("add", "add"),
        BinOp::Sub => ("sub", "sub"),
        BinOp::Mul => ("mul", "mul"),
        BinOp::Div => ("div", "div"),
        BinOp::Rem => ("rem", "rem"),
        BinOp::BitAnd => ("bitand", "bitand"),
        BinOp::BitOr => ("bitor", "bitor"),
        BinOp::BitXor => ("bitxor", "bitxor"),
        BinOp::Shl => ("shl", "shl"),
        BinOp::Shr => ("shr", "shr"),
        BinOp::Eq => ("eq", "eq"),
        BinOp::Ne => ("eq", "ne"),
        BinOp::Lt => ("partial_ord", "lt"),
        BinOp::Le => ("partial_ord", "le"),
        BinOp::Gt => ("partial_ord", "gt"),
        BinOp::Ge => ("partial_ord", "ge"),
        BinOp::And | BinOp::Or => return None,
    })
}

/// rustc's wording for arithmetic on unsupported types: `cannot add`
/// `B` `to` `A`, `cannot multiply` `A` `by` `B`, ...
fn arith_verb(op: BinOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        BinOp::Add => ("cannot add", "to"),
        BinOp::Sub => ("cannot subtract", "from"),
        BinOp::Mul => ("cannot multiply", "by"),
        BinOp::Div => ("cannot divide", "by"),
        BinOp::Rem => ("cannot calculate the remainder of", "divided by"),
        _ => return None,
    })
}

pub fn op_str(op: BinOp) -> &'static str {
    op.as_str()
}
