//! `assert!`, `assert_eq!`/`assert_ne!` (and the `debug_` forms),
//! `matches!` and `dbg!`, expanded into `if`/`match` trees whose own
//! bindings are created directly, so they cannot clash with user names.

use crate::astprint::ExprPrinter;
use crate::ctx::*;
use crate::format_args::{FormatArgs, FormatKind, FormatPiece};
use crate::hir::*;
use crate::macros::debug_spec;
use crate::pat::PatCx;
use crate::tokens::{trees, Tt};
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, Ast, MacCall, TokenKind};
use rustc_hash::FxHashMap;
use std::rc::Rc;

impl<'a> Lowerer<'a> {
    /// `if !cond { panic!(...) }`.
    pub(crate) fn assert_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        let Some(&cond_ast) = exprs.first() else {
            self.error(
                Diagnostic::error("macro requires a boolean expression as an argument")
                    .primary(call.span, "boolean expression required"),
            );
            return self.err_expr(span);
        };
        let cond = self.lower_expr(&src, cond_ast);
        let fmt = if exprs.len() > 1 {
            self.format_args(&src, &exprs[1..], call)
        } else {
            let hygiene = &self.hygiene;
            let plain = |s| hygiene.strip(s);
            let mut p = ExprPrinter { ast: &src, sources: self.sources, plain: &plain, out: String::new() };
            p.expr(cond_ast);
            Some(FormatArgs {
                pieces: vec![FormatPiece::Lit(format!("assertion failed: {}", p.out))],
                args: Vec::new(),
            })
        };
        let cond_span = src.exprs[cond_ast].span;
        let not = self.alloc_expr(ExprKind::Unary(ast::UnOp::Not, cond), cond_span);
        let panic = self.format_expr(FormatKind::Panic, fmt, span);
        self.if_then(not, panic, span)
    }

    /// `if cond { panic; }` with the panic as a statement.
    pub(crate) fn if_then(&mut self, cond: ExprId, panic: ExprId, span: Span) -> ExprId {
        let block = Block { stmts: vec![Stmt::Expr { expr: panic, semi: true }], tail: None, is_unsafe: false };
        let then = self.alloc_expr(ExprKind::Block { block, label: None }, span);
        self.alloc_expr(ExprKind::If { cond, then, else_: None }, span)
    }

    pub(crate) fn local(&mut self, name: &str, span: Span) -> (BindingId, PatId) {
        let b = self.body().bindings.alloc(Binding { name: Symbol::intern(name), mutable: false, by_ref: None, span });
        let p = self.alloc_pat(PatKind::Binding { binding: b, sub: None }, span);
        (b, p)
    }

    pub(crate) fn local_ref(&mut self, b: BindingId, span: Span) -> ExprId {
        self.alloc_expr(ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), args: Vec::new() }), span)
    }

    /// `match (&a, &b) { (left_val, right_val) => if !(*left_val == *right_val) { panic } }`.
    pub(crate) fn assert_cmp_macro(&mut self, call: &MacCall, span: Span, eq: bool) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        if exprs.len() < 2 {
            self.error(Diagnostic::error("expected 2 arguments").primary(call.span, ""));
            for &e in &exprs {
                self.lower_expr(&src, e);
            }
            return self.err_expr(span);
        }
        let left = self.lower_expr(&src, exprs[0]);
        let right = self.lower_expr(&src, exprs[1]);
        let (ls, rs) = (src.exprs[exprs[0]].span, src.exprs[exprs[1]].span);
        let ref_l = self.alloc_expr(ExprKind::Ref { mutability: Mutability::Not, expr: left }, ls);
        let ref_r = self.alloc_expr(ExprKind::Ref { mutability: Mutability::Not, expr: right }, rs);
        let tuple = self.alloc_expr(ExprKind::Tuple(vec![ref_l, ref_r]), span);
        let (lb, lp) = self.local("left_val", span);
        let (rb, rp) = self.local("right_val", span);
        let tuple_pat = self.alloc_pat(PatKind::Tuple { pats: vec![lp, rp], rest: None }, span);
        let l = self.local_ref(lb, span);
        let r = self.local_ref(rb, span);
        let dl = self.alloc_expr(ExprKind::Unary(ast::UnOp::Deref, l), span);
        let dr = self.alloc_expr(ExprKind::Unary(ast::UnOp::Deref, r), span);
        let op = if eq { ast::BinOp::Eq } else { ast::BinOp::Ne };
        let cmp = self.alloc_expr(ExprKind::Binary(op, dl, dr), span);
        let not = self.alloc_expr(ExprKind::Unary(ast::UnOp::Not, cmp), span);
        let head = if eq { "assertion `left == right` failed" } else { "assertion `left != right` failed" };
        let mut fmt = if exprs.len() > 2 {
            self.format_args(&src, &exprs[2..], call).map(|mut f| {
                f.pieces.insert(0, FormatPiece::Lit(format!("{head}: ")));
                f
            })
        } else {
            Some(FormatArgs { pieces: vec![FormatPiece::Lit(head.to_string())], args: Vec::new() })
        };
        if let Some(f) = &mut fmt {
            let n = f.args.len();
            f.pieces.push(FormatPiece::Lit("\n  left: ".to_string()));
            f.pieces.push(FormatPiece::Arg { arg: n, spec: debug_spec(false) });
            f.pieces.push(FormatPiece::Lit("\n right: ".to_string()));
            f.pieces.push(FormatPiece::Arg { arg: n + 1, spec: debug_spec(false) });
            let l = self.local_ref(lb, span);
            let r = self.local_ref(rb, span);
            f.args.push(l);
            f.args.push(r);
        }
        let panic = self.format_expr(FormatKind::Panic, fmt, span);
        let check = self.if_then(not, panic, span);
        let body = self.alloc_expr(
            ExprKind::Block { block: Block { stmts: Vec::new(), tail: Some(check), is_unsafe: false }, label: None },
            span,
        );
        self.alloc_expr(
            ExprKind::Match { scrutinee: tuple, arms: vec![Arm { pat: tuple_pat, guard: None, body }] },
            span,
        )
    }

    /// `match e { pat if guard => true, _ => false }`.
    pub(crate) fn matches_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
        let tts = trees(&call.args.tokens);
        let Some(comma) = tts.iter().position(|t| t.is_punct(",")) else {
            self.error(
                Diagnostic::error("unexpected end of macro invocation")
                    .primary(call.span, "missing tokens in macro arguments"),
            );
            return self.err_expr(span);
        };
        let mut rest = &tts[comma + 1..];
        if rest.last().is_some_and(|t| t.is_punct(",")) {
            rest = &rest[..rest.len() - 1];
        }
        let hygiene = &self.hygiene;
        let guard_at = rest
            .iter()
            .position(|t| matches!(t.kind(), Some(TokenKind::Ident(s)) if hygiene.strip(*s).as_str() == "if"));
        let (pat_tts, guard_tts) = match guard_at {
            Some(g) => (&rest[..g], Some(&rest[g + 1..])),
            None => (rest, None),
        };
        let flat = |t: &[Tt]| {
            let mut v = Vec::new();
            crate::tokens::flatten(t, &mut v);
            v
        };
        let end = call.span;
        let mut ast = Ast::default();
        let e = ferrum_syntax::parse_expr_from_tokens(&mut ast, &flat(&tts[..comma]), end, &mut self.diags);
        let p = ferrum_syntax::parse_pat_from_tokens(&mut ast, &flat(pat_tts), end, &mut self.diags);
        let g = guard_tts.map(|g| ferrum_syntax::parse_expr_from_tokens(&mut ast, &flat(g), end, &mut self.diags));
        let src = AstSrc::Owned(Rc::new(OwnedAst { ast, block: None, items: Vec::new() }));
        let scrutinee = self.lower_expr(&src, e);
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let mut cx = PatCx::new(false);
        let pat = self.lower_pat_in(&src, p, &mut cx);
        self.add_bindings(&cx);
        let guard = g.map(|g| self.lower_cond(&src, g));
        self.ribs.pop();
        let t = self.alloc_expr(ExprKind::Lit(Lit::Bool(true)), span);
        let f = self.alloc_expr(ExprKind::Lit(Lit::Bool(false)), span);
        let wild = self.alloc_pat(PatKind::Wild, span);
        let arms = vec![Arm { pat, guard, body: t }, Arm { pat: wild, guard: None, body: f }];
        self.alloc_expr(ExprKind::Match { scrutinee, arms }, span)
    }

    /// `dbg!(e)`: `match e { tmp => { eprintln!("[file:line:col] e = {:#?}", tmp); tmp } }`.
    pub(crate) fn dbg_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        let (file, line, col) = self.location(call.span);
        let at = format!("[{file}:{line}:{col}]");
        let stderr = FormatKind::Print { stderr: true, newline: true };
        if exprs.is_empty() {
            return self.format_expr(
                stderr,
                Some(FormatArgs { pieces: vec![FormatPiece::Lit(at)], args: Vec::new() }),
                span,
            );
        }
        let mut values = Vec::new();
        for &e in &exprs {
            let espan = src.exprs[e].span;
            let text = {
                let hygiene = &self.hygiene;
                let plain = |s| hygiene.strip(s);
                let mut p = ExprPrinter { ast: &src, sources: self.sources, plain: &plain, out: String::new() };
                p.expr(e);
                p.out
            };
            let value = self.lower_expr(&src, e);
            let (b, pat) = self.local("tmp", espan);
            let arg = self.local_ref(b, espan);
            let pieces =
                vec![FormatPiece::Lit(format!("{at} {text} = ")), FormatPiece::Arg { arg: 0, spec: debug_spec(true) }];
            let print = self.format_expr(stderr, Some(FormatArgs { pieces, args: vec![arg] }), span);
            let tail = self.local_ref(b, espan);
            let block =
                Block { stmts: vec![Stmt::Expr { expr: print, semi: true }], tail: Some(tail), is_unsafe: false };
            let body = self.alloc_expr(ExprKind::Block { block, label: None }, espan);
            values.push(
                self.alloc_expr(
                    ExprKind::Match { scrutinee: value, arms: vec![Arm { pat, guard: None, body }] },
                    espan,
                ),
            );
        }
        if values.len() == 1 {
            values[0]
        } else {
            self.alloc_expr(ExprKind::Tuple(values), span)
        }
    }

    /// File name, line and column of a span's start.
    pub(crate) fn location(&self, span: Span) -> (String, u32, u32) {
        let file = self.sources.try_file(span.file).map_or(String::new(), |f| f.name.clone());
        let lc = self.sources.line_col(span);
        (file, lc.map_or(0, |l| l.line), lc.map_or(0, |l| l.col))
    }
}
