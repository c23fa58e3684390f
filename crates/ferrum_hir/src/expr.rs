//! Expressions: resolution of the names they use, and desugaring of
//! `while` (into `loop` + `if` + `break`), ranges (into the library's
//! `Range*` structs), destructuring assignment (into `let` + `=`),
//! parentheses (dropped) and macro calls (expanded).

use crate::ctx::*;
use crate::expand::{Expansion, MacroRes, Position};
use crate::hir::*;
use crate::pat::PatCx;
use crate::resolve::Expect;
use crate::ty::mutability;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, ExprKind as A};
use rustc_hash::FxHashMap;

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_expr(&mut self, src: &AstSrc<'a>, id: ast::ExprId) -> ExprId {
        let e = &src.exprs[id];
        let span = e.span;
        let kind = match &e.kind {
            A::Lit(l) => match self.lower_lit(l) {
                Some(l) => ExprKind::Lit(l),
                None => ExprKind::Err,
            },
            A::Path(p) => return self.lower_value_path(src, p, span, Expect::Value),
            A::Unary(op, x) => ExprKind::Unary(*op, self.lower_expr(src, *x)),
            A::Binary(op, a, b) => {
                let a = self.lower_expr(src, *a);
                let b = self.lower_expr(src, *b);
                ExprKind::Binary(*op, a, b)
            }
            A::Assign(l, r) => return self.lower_assign(src, *l, *r, span),
            A::AssignOp(op, a, b) => {
                let a = self.lower_expr(src, *a);
                let b = self.lower_expr(src, *b);
                ExprKind::AssignOp(*op, a, b)
            }
            A::Call(f, args) => {
                let f = match &src.exprs[*f].kind {
                    A::Path(p) => self.lower_value_path(src, p, src.exprs[*f].span, Expect::Fn),
                    _ => self.lower_expr(src, *f),
                };
                ExprKind::Call(f, args.iter().map(|a| self.lower_expr(src, *a)).collect())
            }
            A::MethodCall { receiver, method, generic_args, args } => {
                let receiver = self.lower_expr(src, *receiver);
                let (generic_args, _) = self.lower_generic_args(src, generic_args.as_ref());
                let args = args.iter().map(|a| self.lower_expr(src, *a)).collect();
                ExprKind::MethodCall {
                    receiver,
                    method: self.plain(method.name),
                    method_span: method.span,
                    args,
                    generic_args,
                    traits: self.traits_in_scope(),
                }
            }
            A::Field(x, name, _) => {
                let x = self.lower_expr(src, *x);
                let name = match name {
                    ast::FieldName::Named(s) => FieldName::Named(self.plain(*s)),
                    ast::FieldName::Index(i) => FieldName::Index(*i),
                };
                ExprKind::Field(x, name)
            }
            A::Index(a, b) => {
                let a = self.lower_expr(src, *a);
                let b = self.lower_expr(src, *b);
                ExprKind::Index(a, b)
            }
            A::Block(b, label) => return self.lower_block_expr(src, b, *label, span),
            A::If { cond, then, else_ } => return self.lower_if(src, *cond, then, *else_, span),
            A::Let(..) => {
                self.error(
                    Diagnostic::error("expected expression, found `let` statement")
                        .primary(span, "")
                        .note("only supported directly in conditions of `if` and `while` expressions"),
                );
                ExprKind::Err
            }
            A::While { cond, body, label } => return self.lower_while(src, *cond, body, *label, span),
            A::Loop { body, label } => {
                let id = self.err_expr(span);
                self.body().labels.push(LabelEntry::Target { label: label.map(|l| l.name), expr: id, is_loop: true });
                let b = self.lower_block_expr(src, body, None, body.span);
                self.body().labels.pop();
                self.body().exprs[id].kind =
                    ExprKind::Loop { body: b, label: label.map(|l| l.name), source: LoopSource::Loop };
                return id;
            }
            A::For { pat, iter, body, label } => {
                let iter = self.lower_expr(src, *iter);
                let id = self.err_expr(span);
                self.ribs.push(Rib::Locals(FxHashMap::default()));
                let mut cx = PatCx::new(false);
                let pat = self.lower_pat_in(src, *pat, &mut cx);
                self.add_bindings(&cx);
                self.body().labels.push(LabelEntry::Target { label: label.map(|l| l.name), expr: id, is_loop: true });
                let b = self.lower_block_expr(src, body, None, body.span);
                self.body().labels.pop();
                self.ribs.pop();
                self.body().exprs[id].kind = ExprKind::For { pat, iter, body: b, label: label.map(|l| l.name) };
                return id;
            }
            A::Match { scrutinee, arms } => {
                let scrutinee = self.lower_expr(src, *scrutinee);
                let arms = arms.iter().map(|arm| self.lower_arm(src, arm)).collect();
                ExprKind::Match { scrutinee, arms }
            }
            A::Break { label, value } => {
                let target = self.find_target(*label, false, span);
                let value = value.map(|v| self.lower_expr(src, v));
                ExprKind::Break { target, value }
            }
            A::Continue { label } => ExprKind::Continue { target: self.find_target(*label, true, span) },
            A::Return(v) => ExprKind::Return(v.map(|v| self.lower_expr(src, v))),
            A::Tuple(es) => ExprKind::Tuple(es.iter().map(|x| self.lower_expr(src, *x)).collect()),
            A::Array(es) => ExprKind::Array(es.iter().map(|x| self.lower_expr(src, *x)).collect()),
            A::Repeat(v, n) => {
                let value = self.lower_expr(src, *v);
                let len = self.lower_anon_const(src, *n);
                ExprKind::Repeat { value, len }
            }
            A::Struct { path, fields, base } => return self.lower_struct_expr(src, path, fields, *base, span),
            A::Range { lo, hi, inclusive } => return self.lower_range(src, *lo, *hi, *inclusive, span),
            A::Cast(x, t) => {
                let x = self.lower_expr(src, *x);
                ExprKind::Cast(x, self.lower_ty(src, *t))
            }
            A::Ref { mutable, expr } => {
                ExprKind::Ref { mutability: mutability(*mutable), expr: self.lower_expr(src, *expr) }
            }
            A::RawRef { mutable, expr } => {
                ExprKind::RawRef { mutability: mutability(*mutable), expr: self.lower_expr(src, *expr) }
            }
            A::Closure { is_move, params, ret, body } => {
                self.ribs.push(Rib::Locals(FxHashMap::default()));
                let mut cx = PatCx::new(true);
                let mut ps = Vec::new();
                for p in params {
                    let pat = self.lower_pat_in(src, p.pat, &mut cx);
                    let ty = p.ty.map(|t| self.lower_ty(src, t));
                    ps.push((pat, ty));
                }
                self.add_bindings(&cx);
                let ret = ret.map(|t| self.lower_ty(src, t));
                self.body().labels.push(LabelEntry::Closure);
                let body = self.lower_expr(src, *body);
                self.body().labels.pop();
                self.ribs.pop();
                ExprKind::Closure { params: ps, ret, body, is_move: *is_move }
            }
            A::Try(x) => return self.lower_try(src, *x, span),
            A::MacCall(call) => return self.lower_macro_expr(src, call, span),
            A::Paren(x) => {
                // Like rustc, the parenthesised expression takes the span of
                // the parentheses (panic locations point at the `(`).
                let inner = self.lower_expr(src, *x);
                self.body().exprs[inner].span = span;
                return inner;
            }
            A::Err => ExprKind::Err,
        };
        self.alloc_expr(kind, span)
    }

    pub(crate) fn lower_lit(&mut self, l: &ast::Lit) -> Option<Lit> {
        let suffix = l.suffix.map(|s| (s, PrimTy::from_name(s.as_str())));
        let bad_suffix = |lw: &mut Self, what: &str| {
            let s = l.suffix.map_or(String::new(), |s| s.as_str().to_string());
            lw.error(
                Diagnostic::error(format!("invalid suffix `{s}` for {what} literal"))
                    .primary(l.span, format!("invalid suffix `{s}`")),
            );
            None
        };
        Some(match &l.kind {
            ast::LitKind::Bool(b) => Lit::Bool(*b),
            ast::LitKind::Int(v) => match suffix {
                None => Lit::Int(*v, None),
                Some((_, Some(p @ (PrimTy::F32 | PrimTy::F64)))) => Lit::Float(Symbol::intern(&v.to_string()), Some(p)),
                Some((_, Some(p))) if !matches!(p, PrimTy::Bool | PrimTy::Char | PrimTy::Str) => Lit::Int(*v, Some(p)),
                Some(_) => return bad_suffix(self, "number"),
            },
            ast::LitKind::Float(s) => match suffix {
                None => Lit::Float(*s, None),
                Some((_, Some(p @ (PrimTy::F32 | PrimTy::F64)))) => Lit::Float(*s, Some(p)),
                Some(_) => return bad_suffix(self, "float"),
            },
            ast::LitKind::Char(c) => Lit::Char(*c),
            ast::LitKind::Byte(b) => Lit::Byte(*b),
            ast::LitKind::Str(s) => Lit::Str(*s),
            ast::LitKind::ByteStr(b) => Lit::ByteStr(b.clone()),
            ast::LitKind::Err => return None,
        })
    }

    /// A macro call in expression position.
    pub(crate) fn lower_macro_expr(&mut self, src: &AstSrc<'a>, call: &ast::MacCall, span: Span) -> ExprId {
        let macros = self.cur_macros.clone();
        match self.resolve_macro(&call.path, &macros) {
            MacroRes::Rules(id) => match self.expand_rules(id, call, Position::Expr) {
                Some(Expansion::Expr(owned, e)) => self.lower_expr(&AstSrc::Owned(owned), e),
                _ => self.err_expr(span),
            },
            MacroRes::Builtin(name) => self.lower_builtin(src, name, call, span),
            MacroRes::Unknown => {
                self.unknown_macro(call);
                self.err_expr(span)
            }
        }
    }
}
