//! Printing an AST expression the way rustc's pretty printer does, for the
//! `assertion failed: ...` message of `assert!` (rustc normalises spacing:
//! `a==b` prints as `a == b`). Rare expression forms fall back to their
//! source text.

use crate::tokens::{close_text, open_text, tokens_to_string};
use ferrum_span::{SourceMap, Symbol};
use ferrum_syntax::ast::{Ast, BinOp, ExprId, ExprKind, FieldName, GenericArg, Path, UnOp};

pub(crate) struct ExprPrinter<'p> {
    pub ast: &'p Ast,
    pub sources: &'p SourceMap,
    pub plain: &'p dyn Fn(Symbol) -> Symbol,
    pub out: String,
}

pub(crate) fn binop_str(op: BinOp) -> &'static str {
    op.as_str()
}

impl ExprPrinter<'_> {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn list(&mut self, es: &[ExprId]) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.expr(*e);
        }
    }

    pub(crate) fn expr(&mut self, id: ExprId) {
        let e = &self.ast.exprs[id];
        match &e.kind {
            ExprKind::Lit(l) => {
                let text = self.sources.snippet(l.span);
                let plausible = match &l.kind {
                    ferrum_syntax::ast::LitKind::Str(_) => text.starts_with('"') || text.starts_with('r'),
                    ferrum_syntax::ast::LitKind::Char(_) => text.starts_with('\''),
                    ferrum_syntax::ast::LitKind::Int(_) | ferrum_syntax::ast::LitKind::Float(_) => {
                        text.starts_with(|c: char| c.is_ascii_digit())
                    }
                    ferrum_syntax::ast::LitKind::Bool(b) => text == if *b { "true" } else { "false" },
                    _ => text.starts_with('b'),
                };
                if text.is_empty() || !plausible {
                    let t = crate::tokens::lit_text(l);
                    self.w(&t);
                } else {
                    self.w(text);
                }
            }
            ExprKind::Path(p) => self.path(p),
            ExprKind::Unary(op, x) => {
                self.w(match op {
                    UnOp::Deref => "*",
                    UnOp::Not => "!",
                    UnOp::Neg => "-",
                });
                self.expr(*x);
            }
            ExprKind::Binary(op, a, b) => {
                self.expr(*a);
                self.w(" ");
                self.w(binop_str(*op));
                self.w(" ");
                self.expr(*b);
            }
            ExprKind::Call(f, args) => {
                self.expr(*f);
                self.w("(");
                self.list(args);
                self.w(")");
            }
            ExprKind::MethodCall { receiver, method, generic_args, args } => {
                self.expr(*receiver);
                self.w(".");
                self.w((self.plain)(method.name).as_str());
                if let Some(g) = generic_args {
                    self.w("::");
                    self.generic_args(&g.args, g.span);
                }
                self.w("(");
                self.list(args);
                self.w(")");
            }
            ExprKind::Field(x, name, _) => {
                self.expr(*x);
                self.w(".");
                match name {
                    FieldName::Named(s) => self.w((self.plain)(*s).as_str()),
                    FieldName::Index(i) => self.w(&i.to_string()),
                }
            }
            ExprKind::Index(a, b) => {
                self.expr(*a);
                self.w("[");
                self.expr(*b);
                self.w("]");
            }
            ExprKind::Ref { mutable, expr } => {
                self.w(if *mutable { "&mut " } else { "&" });
                self.expr(*expr);
            }
            ExprKind::Cast(x, t) => {
                self.expr(*x);
                self.w(" as ");
                let text = self.sources.snippet(self.ast.types[*t].span);
                self.w(text);
            }
            ExprKind::Tuple(es) => {
                self.w("(");
                self.list(es);
                if es.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            ExprKind::Array(es) => {
                self.w("[");
                self.list(es);
                self.w("]");
            }
            ExprKind::Paren(x) => {
                self.w("(");
                self.expr(*x);
                self.w(")");
            }
            ExprKind::Try(x) => {
                self.expr(*x);
                self.w("?");
            }
            ExprKind::Range { lo, hi, inclusive } => {
                if let Some(lo) = lo {
                    self.expr(*lo);
                }
                self.w(if *inclusive { "..=" } else { ".." });
                if let Some(hi) = hi {
                    self.expr(*hi);
                }
            }
            ExprKind::MacCall(m) => {
                self.path(&m.path);
                self.w("!");
                self.w(open_text(m.args.delim));
                let plain = self.plain;
                let inner = tokens_to_string(&m.args.tokens, plain);
                self.w(&inner);
                self.w(close_text(m.args.delim));
            }
            _ => {
                let text = self.sources.snippet(e.span);
                self.w(if text.is_empty() { ".." } else { text });
            }
        }
    }

    fn path(&mut self, p: &Path) {
        if p.qself.is_some() {
            let text = self.sources.snippet(p.span);
            self.w(text);
            return;
        }
        if p.global {
            self.w("::");
        }
        for (i, seg) in p.segments.iter().enumerate() {
            if i > 0 {
                self.w("::");
            }
            self.w((self.plain)(seg.ident.name).as_str());
            if let Some(args) = &seg.args {
                self.w("::");
                self.generic_args(&args.args, args.span);
            }
        }
    }

    fn generic_args(&mut self, args: &[GenericArg], span: ferrum_span::Span) {
        let text = self.sources.snippet(span);
        if text.starts_with('<') {
            self.w(text);
            return;
        }
        self.w("<");
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            if let GenericArg::Type(t) = a {
                let text = self.sources.snippet(self.ast.types[*t].span);
                self.w(text);
            }
        }
        self.w(">");
    }
}
