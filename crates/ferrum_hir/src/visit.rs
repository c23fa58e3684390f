//! Walking a body's expression and pattern trees: the one place that knows
//! which children each node kind has.

use crate::hir::{Body, ExprId, ExprKind, PatId, PatKind, Stmt};

/// Calls `f` on every direct child expression of `expr`, in evaluation
/// order. Nested closures are children like any other expression.
pub fn expr_children(body: &Body, expr: ExprId, f: &mut dyn FnMut(ExprId)) {
    match &body.exprs[expr].kind {
        ExprKind::Lit(_) | ExprKind::Path(_) | ExprKind::Continue { .. } | ExprKind::Err => {}
        ExprKind::Unary(_, e)
        | ExprKind::Field(e, _)
        | ExprKind::Cast(e, _)
        | ExprKind::Ref { expr: e, .. }
        | ExprKind::RawRef { expr: e, .. }
        | ExprKind::Try(e)
        | ExprKind::Let { expr: e, .. }
        | ExprKind::Loop { body: e, .. }
        | ExprKind::Repeat { value: e, .. } => f(*e),
        ExprKind::Binary(_, a, b) | ExprKind::Assign(a, b) | ExprKind::AssignOp(_, a, b) | ExprKind::Index(a, b) => {
            f(*a);
            f(*b);
        }
        ExprKind::Call(callee, args) => {
            f(*callee);
            args.iter().for_each(|&a| f(a));
        }
        ExprKind::MethodCall { receiver, args, .. } => {
            f(*receiver);
            args.iter().for_each(|&a| f(a));
        }
        ExprKind::Block { block, .. } => {
            for stmt in &block.stmts {
                match stmt {
                    Stmt::Let { init, else_block, .. } => {
                        init.iter().chain(else_block).for_each(|&e| f(e));
                    }
                    Stmt::Expr { expr, .. } => f(*expr),
                }
            }
            block.tail.iter().for_each(|&e| f(e));
        }
        ExprKind::If { cond, then, else_ } => {
            f(*cond);
            f(*then);
            else_.iter().for_each(|&e| f(e));
        }
        ExprKind::For { iter, body: b, .. } => {
            f(*iter);
            f(*b);
        }
        ExprKind::Match { scrutinee, arms } => {
            f(*scrutinee);
            for arm in arms {
                arm.guard.iter().for_each(|&g| f(g));
                f(arm.body);
            }
        }
        ExprKind::Break { value, .. } | ExprKind::Return(value) => value.iter().for_each(|&e| f(e)),
        ExprKind::Tuple(es) | ExprKind::Array(es) => es.iter().for_each(|&e| f(e)),
        ExprKind::Struct { fields, base, .. } => {
            fields.iter().for_each(|fi| f(fi.expr));
            base.iter().for_each(|&e| f(e));
        }
        ExprKind::Closure { body: b, .. } => f(*b),
    }
}

/// The patterns an expression introduces directly (`let`, `match` arms,
/// `for`, `if let`, closure parameters).
pub fn expr_pats(body: &Body, expr: ExprId, f: &mut dyn FnMut(PatId)) {
    match &body.exprs[expr].kind {
        ExprKind::Let { pat, .. } | ExprKind::For { pat, .. } => f(*pat),
        ExprKind::Match { arms, .. } => arms.iter().for_each(|a| f(a.pat)),
        ExprKind::Block { block, .. } => {
            for stmt in &block.stmts {
                if let Stmt::Let { pat, .. } = stmt {
                    f(*pat);
                }
            }
        }
        ExprKind::Closure { params, .. } => params.iter().for_each(|(p, _)| f(*p)),
        _ => {}
    }
}

/// Calls `f` on every direct sub-pattern of `pat`.
pub fn pat_children(body: &Body, pat: PatId, f: &mut dyn FnMut(PatId)) {
    match &body.pats[pat].kind {
        PatKind::Wild | PatKind::Lit(_) | PatKind::Range { .. } | PatKind::Path(_) | PatKind::Err => {}
        PatKind::Binding { sub, .. } => sub.iter().for_each(|&p| f(p)),
        PatKind::Tuple { pats, .. } | PatKind::Or(pats) => pats.iter().for_each(|&p| f(p)),
        PatKind::Adt { fields, .. } => fields.iter().for_each(|fp| f(fp.pat)),
        PatKind::Ref { pat, .. } | PatKind::Box(pat) => f(*pat),
        PatKind::Slice { prefix, rest, suffix } => {
            prefix.iter().chain(rest).chain(suffix).for_each(|&p| f(p));
        }
    }
}

/// Calls `f` on `pat` and every pattern below it.
pub fn walk_pat(body: &Body, pat: PatId, f: &mut dyn FnMut(PatId)) {
    f(pat);
    pat_children(body, pat, &mut |p| walk_pat(body, p, f));
}

/// Calls `f` on `expr` and every expression below it, parents first.
pub fn walk_expr(body: &Body, expr: ExprId, f: &mut dyn FnMut(ExprId)) {
    f(expr);
    expr_children(body, expr, &mut |e| walk_expr(body, e, f));
}
