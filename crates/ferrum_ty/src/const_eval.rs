//! Evaluation of the integer constant expressions a type needs: array
//! lengths, repeat counts and enum discriminants.
//!
//! Only what can be computed from HIR alone: literals, arithmetic, casts,
//! blocks with a tail, and paths to other constants. Anything else is
//! `None` and the caller reports it.

use ferrum_hir::hir::{BinOp, Body, BodyId, Crate, DefKind, ExprId, ExprKind, Lit, Res, UnOp, ValuePath};

pub fn eval_int(krate: &Crate, body: BodyId) -> Option<i128> {
    let body = &krate.bodies[body];
    eval_expr(krate, body, body.value, 0)
}

fn eval_expr(krate: &Crate, body: &Body, expr: ExprId, depth: u32) -> Option<i128> {
    if depth > 64 {
        return None;
    }
    match &body.exprs[expr].kind {
        ExprKind::Lit(Lit::Int(v, _)) => i128::try_from(*v).ok(),
        ExprKind::Lit(Lit::Byte(b)) => Some(*b as i128),
        ExprKind::Lit(Lit::Char(c)) => Some(*c as i128),
        ExprKind::Lit(Lit::Bool(b)) => Some(*b as i128),
        ExprKind::Unary(UnOp::Neg, e) => eval_expr(krate, body, *e, depth + 1)?.checked_neg(),
        ExprKind::Unary(UnOp::Not, e) => Some(!eval_expr(krate, body, *e, depth + 1)?),
        ExprKind::Binary(op, l, r) => {
            let l = eval_expr(krate, body, *l, depth + 1)?;
            let r = eval_expr(krate, body, *r, depth + 1)?;
            match op {
                BinOp::Add => l.checked_add(r),
                BinOp::Sub => l.checked_sub(r),
                BinOp::Mul => l.checked_mul(r),
                BinOp::Div => l.checked_div(r),
                BinOp::Rem => l.checked_rem(r),
                BinOp::BitAnd => Some(l & r),
                BinOp::BitOr => Some(l | r),
                BinOp::BitXor => Some(l ^ r),
                BinOp::Shl => l.checked_shl(u32::try_from(r).ok()?),
                BinOp::Shr => l.checked_shr(u32::try_from(r).ok()?),
                _ => None,
            }
        }
        ExprKind::Cast(e, _) => eval_expr(krate, body, *e, depth + 1),
        ExprKind::Block { block, .. } if block.stmts.is_empty() => eval_expr(krate, body, block.tail?, depth + 1),
        ExprKind::Path(ValuePath::Resolved { res: Res::Def(def), .. }) => match &krate.defs[*def].kind {
            DefKind::Const { body: Some(b), .. } => {
                let b = &krate.bodies[*b];
                eval_expr(krate, b, b.value, depth + 1)
            }
            _ => None,
        },
        _ => None,
    }
}
