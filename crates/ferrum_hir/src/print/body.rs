//! Printing bodies: expressions, statements, patterns and format strings.

use super::{mut_str, Printer};
use crate::hir::*;

impl Printer<'_> {
    pub(super) fn expr(&mut self, b: BodyId, id: ExprId) {
        let body = &self.krate.bodies[b];
        let e = &body.exprs[id];
        match &e.kind {
            ExprKind::Lit(l) => {
                let s = lit_string(l);
                self.w(&s);
            }
            ExprKind::Path(vp) => {
                let s = self.value_path_string(b, vp);
                self.w(&s);
            }
            ExprKind::Unary(op, x) => {
                self.w(match op {
                    UnOp::Deref => "*",
                    UnOp::Not => "!",
                    UnOp::Neg => "-",
                });
                self.operand(b, *x);
            }
            ExprKind::Binary(op, l, r) => {
                self.operand(b, *l);
                self.w(&format!(" {} ", crate::astprint::binop_str(*op)));
                self.operand(b, *r);
            }
            ExprKind::Assign(l, r) => {
                self.expr(b, *l);
                self.w(" = ");
                self.expr(b, *r);
            }
            ExprKind::AssignOp(op, l, r) => {
                self.expr(b, *l);
                self.w(&format!(" {}= ", crate::astprint::binop_str(*op)));
                self.expr(b, *r);
            }
            ExprKind::Call(f, args) => {
                self.operand(b, *f);
                self.args(b, args);
            }
            ExprKind::MethodCall { receiver, method, args, generic_args, .. } => {
                self.operand(b, *receiver);
                self.w(&format!(".{method}"));
                if !generic_args.is_empty() {
                    let g = self.args_string(generic_args, &[]);
                    self.w(&format!("::{g}"));
                }
                self.args(b, args);
            }
            ExprKind::Field(x, name) => {
                self.operand(b, *x);
                match name {
                    FieldName::Named(n) => self.w(&format!(".{n}")),
                    FieldName::Index(i) => self.w(&format!(".{i}")),
                }
            }
            ExprKind::Index(x, i) => {
                self.operand(b, *x);
                self.w("[");
                self.expr(b, *i);
                self.w("]");
            }
            ExprKind::Block { block, label } => {
                if let Some(l) = label {
                    self.w(&format!("{l}: "));
                }
                if block.is_unsafe {
                    self.w("unsafe ");
                }
                self.block(b, block);
            }
            ExprKind::If { cond, then, else_ } => {
                self.w("if ");
                self.expr(b, *cond);
                self.w(" ");
                self.expr(b, *then);
                if let Some(e) = else_ {
                    self.w(" else ");
                    self.expr(b, *e);
                }
            }
            ExprKind::Let { pat, expr } => {
                self.w("let ");
                self.pat(b, *pat);
                self.w(" = ");
                self.expr(b, *expr);
            }
            ExprKind::Loop { body: lb, label, source } => {
                if let Some(l) = label {
                    self.w(&format!("{l}: "));
                }
                self.w(if *source == LoopSource::While { "loop /* while */ " } else { "loop " });
                self.expr(b, *lb);
            }
            ExprKind::For { pat, iter, body: fb, label } => {
                if let Some(l) = label {
                    self.w(&format!("{l}: "));
                }
                self.w("for ");
                self.pat(b, *pat);
                self.w(" in ");
                self.expr(b, *iter);
                self.w(" ");
                self.expr(b, *fb);
            }
            ExprKind::Match { scrutinee, arms } => {
                self.w("match ");
                self.expr(b, *scrutinee);
                self.w(" {");
                self.indent += 1;
                for arm in arms {
                    self.nl();
                    self.pat(b, arm.pat);
                    if let Some(g) = arm.guard {
                        self.w(" if ");
                        self.expr(b, g);
                    }
                    self.w(" => ");
                    self.expr(b, arm.body);
                    self.w(",");
                }
                self.indent -= 1;
                self.nl();
                self.w("}");
            }
            ExprKind::Break { target, value } => {
                self.w("break");
                self.target_label(b, *target);
                if let Some(v) = value {
                    self.w(" ");
                    self.expr(b, *v);
                }
            }
            ExprKind::Continue { target } => {
                self.w("continue");
                self.target_label(b, *target);
            }
            ExprKind::Return(v) => {
                self.w("return");
                if let Some(v) = v {
                    self.w(" ");
                    self.expr(b, *v);
                }
            }
            ExprKind::Tuple(es) => {
                self.args(b, es);
                if es.len() == 1 {
                    self.out.insert(self.out.len() - 1, ',');
                }
            }
            ExprKind::Array(es) => {
                self.w("[");
                self.list(b, es);
                self.w("]");
            }
            ExprKind::Repeat { value, len } => {
                self.w("[");
                self.expr(b, *value);
                self.w("; ");
                let v = self.krate.bodies[*len].value;
                self.expr(*len, v);
                self.w("]");
            }
            ExprKind::Struct { res, args, fields, base } => {
                let r = self.res_string(*res, Some(b));
                let a = self.args_string(args, &[]);
                self.w(&format!("{r}{a} {{ "));
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.w(&format!("{}: ", f.name));
                    self.expr(b, f.expr);
                }
                if let Some(base) = base {
                    if !fields.is_empty() {
                        self.w(", ");
                    }
                    self.w("..");
                    self.expr(b, *base);
                }
                self.w(" }");
            }
            ExprKind::Cast(x, t) => {
                self.operand(b, *x);
                let t = self.ty_string(*t);
                self.w(&format!(" as {t}"));
            }
            ExprKind::Ref { mutability, expr } => {
                self.w(&format!("&{}", mut_str(*mutability)));
                self.operand(b, *expr);
            }
            ExprKind::RawRef { mutability, expr } => {
                self.w(if *mutability == Mutability::Mut { "&raw mut " } else { "&raw const " });
                self.operand(b, *expr);
            }
            ExprKind::Closure { params, ret, body: cb, is_move } => {
                if *is_move {
                    self.w("move ");
                }
                self.w("|");
                for (i, (p, t)) in params.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.pat(b, *p);
                    if let Some(t) = t {
                        let t = self.ty_string(*t);
                        self.w(&format!(": {t}"));
                    }
                }
                self.w("| ");
                if let Some(r) = ret {
                    let r = self.ty_string(*r);
                    self.w(&format!("-> {r} "));
                }
                self.expr(b, *cb);
            }
            ExprKind::Try(x) => {
                self.operand(b, *x);
                self.w("?");
            }
            ExprKind::Err => self.w("{error}"),
        }
    }

    /// Sub-expressions that are not atoms get parentheses, so the output
    /// is unambiguous without precedence rules.
    pub(super) fn operand(&mut self, b: BodyId, id: ExprId) {
        let atomic = matches!(
            self.krate.bodies[b].exprs[id].kind,
            ExprKind::Lit(_)
                | ExprKind::Path(_)
                | ExprKind::Call(..)
                | ExprKind::MethodCall { .. }
                | ExprKind::Field(..)
                | ExprKind::Index(..)
                | ExprKind::Tuple(_)
                | ExprKind::Array(_)
                | ExprKind::Block { .. }
                | ExprKind::Err
        );
        if atomic {
            self.expr(b, id);
        } else {
            self.w("(");
            self.expr(b, id);
            self.w(")");
        }
    }

    pub(super) fn target_label(&mut self, b: BodyId, target: Option<ExprId>) {
        let Some(t) = target else {
            self.w(" {no target}");
            return;
        };
        let label = match &self.krate.bodies[b].exprs[t].kind {
            ExprKind::Loop { label, .. } | ExprKind::For { label, .. } | ExprKind::Block { label, .. } => *label,
            _ => None,
        };
        if let Some(l) = label {
            self.w(&format!(" {l}"));
        }
    }

    pub(super) fn args(&mut self, b: BodyId, es: &[ExprId]) {
        self.w("(");
        self.list(b, es);
        self.w(")");
    }

    pub(super) fn list(&mut self, b: BodyId, es: &[ExprId]) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.expr(b, *e);
        }
    }

    pub(super) fn block(&mut self, b: BodyId, block: &Block) {
        if block.stmts.is_empty() && block.tail.is_none() {
            self.w("{}");
            return;
        }
        self.w("{");
        self.indent += 1;
        for s in &block.stmts {
            self.nl();
            match s {
                Stmt::Let { pat, ty, init, else_block, .. } => {
                    self.w("let ");
                    self.pat(b, *pat);
                    if let Some(t) = ty {
                        let t = self.ty_string(*t);
                        self.w(&format!(": {t}"));
                    }
                    if let Some(i) = init {
                        self.w(" = ");
                        self.expr(b, *i);
                    }
                    if let Some(e) = else_block {
                        self.w(" else ");
                        self.expr(b, *e);
                    }
                    self.w(";");
                }
                Stmt::Expr { expr, semi } => {
                    self.expr(b, *expr);
                    if *semi {
                        self.w(";");
                    }
                }
            }
        }
        if let Some(t) = block.tail {
            self.nl();
            self.expr(b, t);
        }
        self.indent -= 1;
        self.nl();
        self.w("}");
    }

    pub(super) fn value_path_string(&self, b: BodyId, vp: &ValuePath) -> String {
        match vp {
            ValuePath::Resolved { res, args } => {
                let a = self.args_string(args, &[]);
                let sep = if a.is_empty() { "" } else { "::" };
                format!("{}{sep}{a}", self.res_string(*res, Some(b)))
            }
            ValuePath::TypeRelative { ty, name, args, trait_ } => {
                let a = self.args_string(args, &[]);
                let sep = if a.is_empty() { "" } else { "::" };
                let as_trait =
                    trait_.as_ref().map_or(String::new(), |t| format!(" as {}", self.res_string(t.trait_, Some(b))));
                format!("<{}{as_trait}>::{name}{sep}{a}", self.ty_string(*ty))
            }
        }
    }
}

pub(super) fn lit_string(l: &Lit) -> String {
    let suffix = |p: &Option<PrimTy>| p.map_or(String::new(), |p| format!("_{}", p.name()));
    match l {
        Lit::Bool(b) => b.to_string(),
        Lit::Int(v, s) => format!("{v}{}", suffix(s)),
        Lit::Float(f, s) => format!("{f}{}", suffix(s)),
        Lit::Char(c) => format!("'{}'", c.escape_debug()),
        Lit::Byte(b) => format!("b'{}'", std::ascii::escape_default(*b)),
        Lit::Str(s) => format!("\"{}\"", s.as_str().escape_debug()),
        Lit::ByteStr(bytes) => {
            let inner: String = bytes.iter().map(|b| std::ascii::escape_default(*b).to_string()).collect();
            format!("b\"{inner}\"")
        }
    }
}
