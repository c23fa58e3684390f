//! Printing expressions, blocks, statements, match arms and patterns.

use super::Printer;
use crate::ast::{BinOp, Block, ExprId, ExprKind, FieldName, PatId, PatKind, StmtKind, UnOp};

pub(crate) fn binop_str(op: BinOp) -> &'static str {
    op.as_str()
}

impl Printer<'_> {
    /// An operand: parenthesised when it is itself an operator expression.
    fn operand(&mut self, e: ExprId) {
        let compound = matches!(
            self.ast.exprs[e].kind,
            ExprKind::Binary(..)
                | ExprKind::Unary(..)
                | ExprKind::Ref { .. }
                | ExprKind::RawRef { .. }
                | ExprKind::Assign(..)
                | ExprKind::AssignOp(..)
                | ExprKind::Range { .. }
                | ExprKind::Cast(..)
                | ExprKind::Closure { .. }
                | ExprKind::Return(_)
                | ExprKind::Break { .. }
        );
        if compound {
            self.w("(");
            self.expr(e);
            self.w(")");
        } else {
            self.expr(e);
        }
    }

    fn exprs(&mut self, list: &[ExprId]) {
        self.sep(list, ", ", |p, e| p.expr(*e));
    }

    fn label(&mut self, label: Option<crate::ast::Ident>) {
        if let Some(l) = label {
            self.ident(l);
            self.w(": ");
        }
    }

    pub(super) fn expr(&mut self, id: ExprId) {
        let ast = self.ast;
        match &ast.exprs[id].kind {
            ExprKind::Lit(l) => self.lit(l),
            ExprKind::Path(p) => self.expr_path(p),
            ExprKind::Unary(op, e) => {
                self.w(match op {
                    UnOp::Deref => "*",
                    UnOp::Not => "!",
                    UnOp::Neg => "-",
                });
                self.operand(*e);
            }
            ExprKind::Binary(op, l, r) => {
                // `let` chains cannot be parenthesised: `a && b && c` stays flat.
                if *op == BinOp::And && matches!(ast.exprs[*l].kind, ExprKind::Binary(BinOp::And, ..)) {
                    self.expr(*l);
                } else {
                    self.operand(*l);
                }
                self.w(&format!(" {} ", binop_str(*op)));
                self.operand(*r);
            }
            ExprKind::Assign(l, r) => {
                self.operand(*l);
                self.w(" = ");
                self.operand(*r);
            }
            ExprKind::AssignOp(op, l, r) => {
                self.operand(*l);
                self.w(&format!(" {}= ", binop_str(*op)));
                self.operand(*r);
            }
            ExprKind::Call(f, args) => {
                self.operand(*f);
                self.w("(");
                self.exprs(args);
                self.w(")");
            }
            ExprKind::MethodCall { receiver, method, generic_args, args } => {
                self.operand(*receiver);
                self.w(".");
                self.ident(*method);
                if let Some(g) = generic_args {
                    self.w("::");
                    self.generic_args(g);
                }
                self.w("(");
                self.exprs(args);
                self.w(")");
            }
            ExprKind::Field(e, name, _) => {
                self.operand(*e);
                match name {
                    FieldName::Named(s) => self.w(&format!(".{s}")),
                    FieldName::Index(i) => self.w(&format!(".{i}")),
                }
            }
            ExprKind::Index(e, i) => {
                self.operand(*e);
                self.w("[");
                self.expr(*i);
                self.w("]");
            }
            ExprKind::Block(b, label) => {
                self.label(*label);
                if b.is_unsafe {
                    self.w("unsafe ");
                }
                self.block(b);
            }
            ExprKind::If { cond, then, else_ } => {
                self.w("if ");
                self.expr(*cond);
                self.w(" ");
                self.block(then);
                if let Some(e) = else_ {
                    self.w(" else ");
                    self.expr(*e);
                }
            }
            ExprKind::Let(pat, e) => {
                self.w("let ");
                self.pat(*pat);
                self.w(" = ");
                self.operand(*e);
            }
            ExprKind::While { cond, body, label } => {
                self.label(*label);
                self.w("while ");
                self.expr(*cond);
                self.w(" ");
                self.block(body);
            }
            ExprKind::Loop { body, label } => {
                self.label(*label);
                self.w("loop ");
                self.block(body);
            }
            ExprKind::For { pat, iter, body, label } => {
                self.label(*label);
                self.w("for ");
                self.pat(*pat);
                self.w(" in ");
                self.expr(*iter);
                self.w(" ");
                self.block(body);
            }
            ExprKind::Match { scrutinee, arms } => {
                self.w("match ");
                self.expr(*scrutinee);
                self.w(" {");
                self.indent += 1;
                for arm in arms {
                    self.line();
                    self.pat(arm.pat);
                    if let Some(g) = arm.guard {
                        self.w(" if ");
                        self.expr(g);
                    }
                    self.w(" => ");
                    self.expr(arm.body);
                    self.w(",");
                }
                self.indent -= 1;
                self.line();
                self.w("}");
            }
            ExprKind::Break { label, value } => {
                self.w("break");
                if let Some(l) = label {
                    self.w(" ");
                    self.ident(*l);
                }
                if let Some(v) = value {
                    self.w(" ");
                    self.expr(*v);
                }
            }
            ExprKind::Continue { label } => {
                self.w("continue");
                if let Some(l) = label {
                    self.w(" ");
                    self.ident(*l);
                }
            }
            ExprKind::Return(v) => {
                self.w("return");
                if let Some(v) = v {
                    self.w(" ");
                    self.expr(*v);
                }
            }
            ExprKind::Tuple(elems) => {
                self.w("(");
                self.exprs(elems);
                if elems.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            ExprKind::Array(elems) => {
                self.w("[");
                self.exprs(elems);
                self.w("]");
            }
            ExprKind::Repeat(v, n) => {
                self.w("[");
                self.expr(*v);
                self.w("; ");
                self.expr(*n);
                self.w("]");
            }
            ExprKind::Struct { path, fields, base } => {
                self.expr_path(path);
                self.w(" { ");
                self.sep(fields, ", ", |p, f| {
                    p.ident(f.name);
                    if !f.shorthand {
                        p.w(": ");
                        p.expr(f.expr);
                    }
                });
                if let Some(b) = base {
                    self.w(if fields.is_empty() { ".." } else { ", .." });
                    self.expr(*b);
                }
                self.w(" }");
            }
            ExprKind::Range { lo, hi, inclusive } => {
                if let Some(lo) = lo {
                    self.operand(*lo);
                }
                self.w(if *inclusive { "..=" } else { ".." });
                if let Some(hi) = hi {
                    self.operand(*hi);
                }
            }
            ExprKind::Cast(e, t) => {
                self.operand(*e);
                self.w(" as ");
                self.ty(*t);
            }
            ExprKind::Ref { mutable, expr } => {
                self.w(if *mutable { "&mut " } else { "&" });
                self.operand(*expr);
            }
            ExprKind::RawRef { mutable, expr } => {
                self.w(if *mutable { "&raw mut " } else { "&raw const " });
                self.operand(*expr);
            }
            ExprKind::Closure { is_move, params, ret, body } => {
                self.w(if *is_move { "move |" } else { "|" });
                self.sep(params, ", ", |p, param| {
                    p.pat(param.pat);
                    if let Some(t) = param.ty {
                        p.w(": ");
                        p.ty(t);
                    }
                });
                self.w("| ");
                if let Some(r) = ret {
                    self.w("-> ");
                    self.ty(*r);
                    self.w(" ");
                }
                self.expr(*body);
            }
            ExprKind::Try(e) => {
                self.operand(*e);
                self.w("?");
            }
            ExprKind::MacCall(m) => self.mac_call(m),
            ExprKind::Paren(e) => {
                self.w("(");
                self.expr(*e);
                self.w(")");
            }
            ExprKind::Err => self.w("<err>"),
        }
    }

    pub(super) fn block(&mut self, b: &Block) {
        if b.stmts.is_empty() && b.tail.is_none() {
            self.w("{}");
            return;
        }
        self.w("{");
        self.indent += 1;
        for stmt in &b.stmts {
            if let StmtKind::Item(i) = &stmt.kind {
                // `item` starts its own lines (attributes first).
                self.item(*i);
                continue;
            }
            self.line();
            match &stmt.kind {
                StmtKind::Let { pat, ty, init, else_block, attrs } => {
                    for attr in attrs {
                        self.attr(attr);
                        self.line();
                    }
                    self.w("let ");
                    self.pat(*pat);
                    if let Some(t) = ty {
                        self.w(": ");
                        self.ty(*t);
                    }
                    if let Some(i) = init {
                        self.w(" = ");
                        self.expr(*i);
                    }
                    if let Some(e) = else_block {
                        self.w(" else ");
                        self.block(e);
                    }
                    self.w(";");
                }
                StmtKind::Item(_) => {}
                StmtKind::Expr { expr, semi } => {
                    self.expr(*expr);
                    if *semi {
                        self.w(";");
                    }
                }
                StmtKind::Empty => self.w(";"),
            }
        }
        if let Some(t) = b.tail {
            self.line();
            self.expr(t);
        }
        self.indent -= 1;
        self.line();
        self.w("}");
    }

    pub(super) fn pat(&mut self, id: PatId) {
        let ast = self.ast;
        match &ast.pats[id].kind {
            PatKind::Wild => self.w("_"),
            PatKind::Ident { by_ref, mutable, name, sub } => {
                if *by_ref {
                    self.w("ref ");
                }
                if *mutable {
                    self.w("mut ");
                }
                self.ident(*name);
                if let Some(s) = sub {
                    self.w(" @ ");
                    self.pat(*s);
                }
            }
            PatKind::Lit(e) => self.expr(*e),
            PatKind::Range { lo, hi, inclusive } => {
                if let Some(lo) = lo {
                    self.expr(*lo);
                }
                self.w(if *inclusive { "..=" } else { ".." });
                if let Some(hi) = hi {
                    self.expr(*hi);
                }
            }
            PatKind::Tuple(elems) => {
                self.w("(");
                self.sep(elems, ", ", |p, e| p.pat(*e));
                if elems.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            PatKind::Path(path) => self.expr_path(path),
            PatKind::TupleStruct { path, elems } => {
                self.expr_path(path);
                self.w("(");
                self.sep(elems, ", ", |p, e| p.pat(*e));
                self.w(")");
            }
            PatKind::Struct { path, fields, rest } => {
                self.expr_path(path);
                self.w(" { ");
                self.sep(fields, ", ", |p, f| {
                    if f.shorthand {
                        p.pat(f.pat);
                    } else {
                        p.ident(f.name);
                        p.w(": ");
                        p.pat(f.pat);
                    }
                });
                if *rest {
                    self.w(if fields.is_empty() { ".." } else { ", .." });
                }
                self.w(" }");
            }
            PatKind::Ref { mutable, pat } => {
                self.w(if *mutable { "&mut " } else { "&" });
                self.pat(*pat);
            }
            PatKind::Or(alts) => {
                self.w("(");
                self.sep(alts, " | ", |p, a| p.pat(*a));
                self.w(")");
            }
            PatKind::Slice(elems) => {
                self.w("[");
                self.sep(elems, ", ", |p, e| p.pat(*e));
                self.w("]");
            }
            PatKind::Rest => self.w(".."),
            PatKind::Box(p) => {
                self.w("box ");
                self.pat(*p);
            }
            PatKind::MacCall(m) => self.mac_call(m),
            PatKind::Err => self.w("<err>"),
        }
    }
}
