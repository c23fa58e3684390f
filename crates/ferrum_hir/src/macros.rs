//! Built-in macros, expanded straight into HIR: printing and panicking
//! macros become [`ExprKind::Format`]; `assert!`/`assert_eq!`/`matches!`/
//! `dbg!` become `if`/`match` trees whose own bindings are created
//! directly (so they can never clash with user names); `stringify!`,
//! `concat!`, `line!`, `column!`, `file!` and `cfg!` become literals.
//!
//! Every panic's span is the macro call's span, so its location is the
//! call's start (for calls inside `macro_rules!` bodies, the outermost
//! call: see [`crate::transcribe`]).

use crate::astprint::ExprPrinter;
use crate::ctx::*;
use crate::format::{parse, StrMap};
use crate::format_args::{resolve, ExplicitArg};
use crate::hir::*;
use crate::pat::PatCx;
use crate::tokens::{tokens_to_string, trees, Tt};
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, Ast, MacCall, TokenKind};
use rustc_hash::FxHashMap;
use std::rc::Rc;

pub(crate) fn debug_spec(alternate: bool) -> FormatSpec {
    FormatSpec {
        fill: ' ',
        align: Align::Unknown,
        sign_plus: false,
        sign_minus: false,
        alternate,
        zero_pad: false,
        debug_hex: None,
        width: Count::Implied,
        precision: Count::Implied,
        trait_: FormatTrait::Debug,
    }
}

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_builtin(
        &mut self,
        _src: &AstSrc<'a>,
        name: Symbol,
        call: &MacCall,
        span: Span,
    ) -> ExprId {
        let n = name.as_str();
        let print = |stderr, newline| FormatKind::Print { stderr, newline };
        match n {
            "println" => self.print_macro(call, span, print(false, true)),
            "print" => self.print_macro(call, span, print(false, false)),
            "eprintln" => self.print_macro(call, span, print(true, true)),
            "eprint" => self.print_macro(call, span, print(true, false)),
            "panic" => self.panic_macro(call, span, "explicit panic", None),
            "unreachable" => self.panic_macro(
                call,
                span,
                "internal error: entered unreachable code",
                Some("internal error: entered unreachable code: "),
            ),
            "todo" => self.panic_macro(
                call,
                span,
                "not yet implemented",
                Some("not yet implemented: "),
            ),
            "unimplemented" => {
                self.panic_macro(call, span, "not implemented", Some("not implemented: "))
            }
            "assert" | "debug_assert" => self.assert_macro(call, span),
            "assert_eq" | "debug_assert_eq" => self.assert_cmp_macro(call, span, true),
            "assert_ne" | "debug_assert_ne" => self.assert_cmp_macro(call, span, false),
            "matches" => self.matches_macro(call, span),
            "dbg" => self.dbg_macro(call, span),
            "stringify" => {
                let hygiene = &self.hygiene;
                let text = tokens_to_string(&call.args.tokens, &|s| hygiene.strip(s));
                self.alloc_expr(ExprKind::Lit(Lit::Str(Symbol::intern(&text))), span)
            }
            "concat" => self.concat_macro(call, span),
            "line" | "column" => {
                let lc = self.sources.line_col(call.span).map_or(0, |lc| {
                    if n == "line" {
                        lc.line
                    } else {
                        lc.col
                    }
                });
                self.alloc_expr(
                    ExprKind::Lit(Lit::Int(u128::from(lc), Some(PrimTy::U32))),
                    span,
                )
            }
            "file" => {
                let name = self
                    .sources
                    .try_file(call.span.file)
                    .map_or(String::new(), |f| f.name.clone());
                self.alloc_expr(ExprKind::Lit(Lit::Str(Symbol::intern(&name))), span)
            }
            "cfg" => {
                let mut tokens = vec![ast::Token {
                    kind: TokenKind::OpenDelim(ast::Delim::Paren),
                    span,
                }];
                tokens.extend(call.args.tokens.iter().cloned());
                tokens.push(ast::Token {
                    kind: TokenKind::CloseDelim(ast::Delim::Paren),
                    span,
                });
                let attr = ast::Attribute {
                    path: call.path.clone(),
                    args: tokens,
                    inner: false,
                    span,
                };
                let mut attr = attr;
                attr.path.segments.truncate(1);
                attr.path.segments[0].ident.name = Symbol::intern("cfg");
                let on = crate::attrs::cfg_enabled(&[attr], &self.options);
                self.alloc_expr(ExprKind::Lit(Lit::Bool(on)), span)
            }
            "compile_error" => {
                let msg = self.compile_error_message(call);
                self.error(Diagnostic::error(msg).primary(call.span, ""));
                self.err_expr(span)
            }
            _ => {
                self.error(
                    Diagnostic::error(format!("unsupported: macro `{n}!` is not supported yet"))
                        .primary(call.span, ""),
                );
                self.err_expr(span)
            }
        }
    }

    /// Parses the call's arguments as a comma-separated expression list.
    fn macro_args(&mut self, call: &MacCall) -> (AstSrc<'a>, Vec<ast::ExprId>) {
        let mut ast = Ast::default();
        let end = Span {
            lo: call.args.span.hi.saturating_sub(1),
            ..call.args.span
        };
        let exprs = ferrum_syntax::parse_expr_list(&mut ast, &call.args.tokens, end, self.diags);
        (
            AstSrc::Owned(Rc::new(OwnedAst {
                ast,
                block: None,
                items: Vec::new(),
            })),
            exprs,
        )
    }

    fn format_expr(&mut self, kind: FormatKind, fmt: Option<FormatArgs>, span: Span) -> ExprId {
        match fmt {
            Some(fmt) => self.alloc_expr(ExprKind::Format { kind, fmt }, span),
            None => self.err_expr(span),
        }
    }

    fn print_macro(&mut self, call: &MacCall, span: Span, kind: FormatKind) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        if exprs.is_empty() {
            if matches!(kind, FormatKind::Print { newline: true, .. }) {
                return self.format_expr(
                    kind,
                    Some(FormatArgs {
                        pieces: Vec::new(),
                        args: Vec::new(),
                    }),
                    span,
                );
            }
            self.error(
                Diagnostic::error("requires at least a format string argument")
                    .primary(call.span, ""),
            );
            return self.err_expr(span);
        }
        let fmt = self.format_args(&src, &exprs, call);
        self.format_expr(kind, fmt, span)
    }

    fn panic_macro(
        &mut self,
        call: &MacCall,
        span: Span,
        bare: &str,
        prefix: Option<&str>,
    ) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        let fmt = if exprs.is_empty() {
            Some(FormatArgs {
                pieces: vec![FormatPiece::Lit(bare.to_string())],
                args: Vec::new(),
            })
        } else {
            self.format_args(&src, &exprs, call).map(|mut f| {
                if let Some(p) = prefix {
                    f.pieces.insert(0, FormatPiece::Lit(p.to_string()));
                }
                f
            })
        };
        self.format_expr(FormatKind::Panic, fmt, span)
    }

    /// Format string and arguments of a printing or panicking macro.
    pub(crate) fn format_args(
        &mut self,
        src: &AstSrc<'a>,
        exprs: &[ast::ExprId],
        call: &MacCall,
    ) -> Option<FormatArgs> {
        let first = &src.exprs[exprs[0]];
        let (value, lit_span) = match &first.kind {
            ast::ExprKind::Lit(ast::Lit {
                kind: ast::LitKind::Str(s),
                span,
                ..
            }) => (*s, *span),
            _ => {
                self.error(
                    Diagnostic::error("format argument must be a string literal")
                        .primary(first.span, "")
                        .help("you might be missing a string literal to format with"),
                );
                for &e in &exprs[1..] {
                    self.lower_expr(src, e);
                }
                return None;
            }
        };
        let map = StrMap::new(self.sources, lit_span, value.as_str());
        let raw = match parse(value.as_str()) {
            Ok(r) => r,
            Err(e) => {
                let mut d = Diagnostic::error(e.message).primary(map.span(e.range), e.label);
                if let Some(o) = e.opening {
                    d = d.secondary(map.span(o), "because of this opening brace");
                }
                if let Some(n) = e.note {
                    d = d.note(n);
                }
                self.error(d);
                return None;
            }
        };
        let mut explicit = Vec::new();
        let mut values = Vec::new();
        let mut seen_named = false;
        for &e in &exprs[1..] {
            let expr = &src.exprs[e];
            let named = match &expr.kind {
                ast::ExprKind::Assign(l, r) => match &src.exprs[*l].kind {
                    ast::ExprKind::Path(p) if p.segments.len() == 1 && p.qself.is_none() => {
                        Some((self.plain(p.segments[0].ident.name), *r))
                    }
                    _ => None,
                },
                _ => None,
            };
            match named {
                Some((name, value)) => {
                    if explicit.iter().any(|a: &ExplicitArg| a.name == Some(name)) {
                        self.error(
                            Diagnostic::error(format!("duplicate argument named `{name}`"))
                                .primary(expr.span, "duplicate argument"),
                        );
                    }
                    seen_named = true;
                    explicit.push(ExplicitArg {
                        name: Some(name),
                        span: src.exprs[value].span,
                    });
                    values.push(value);
                }
                None => {
                    if seen_named {
                        self.error(
                            Diagnostic::error("positional arguments cannot follow named arguments")
                                .primary(
                                    expr.span,
                                    "positional arguments must be before named arguments",
                                ),
                        );
                    }
                    explicit.push(ExplicitArg {
                        name: None,
                        span: expr.span,
                    });
                    values.push(e);
                }
            }
        }
        let resolved = resolve(raw, &explicit, &map, self.diags);
        let mut args: Vec<ExprId> = values.iter().map(|&v| self.lower_expr(src, v)).collect();
        let resolved = resolved?;
        let mark = call
            .path
            .segments
            .last()
            .map_or(crate::hygiene::Mark::ROOT, |s| {
                self.hygiene.mark_of(s.ident.name)
            });
        for (name, span) in resolved.captures {
            let key = self.hygiene.tag(name, mark);
            let ident = ast::Ident { name: key, span };
            let res = match self.lookup_lexical(ident, Ns::Value) {
                Some(r) => r,
                None => {
                    self.error(
                        Diagnostic::error(format!("cannot find value `{name}` in this scope"))
                            .code("E0425")
                            .primary(span, "not found in this scope"),
                    );
                    Res::Err
                }
            };
            let kind = if res == Res::Err {
                ExprKind::Err
            } else {
                ExprKind::Path(ValuePath::Resolved {
                    res,
                    args: Vec::new(),
                })
            };
            args.push(self.alloc_expr(kind, span));
        }
        Some(FormatArgs {
            pieces: resolved.pieces,
            args,
        })
    }

    /// `if !cond { panic!(...) }`.
    fn assert_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
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
            let mut p = ExprPrinter {
                ast: &src,
                sources: self.sources,
                plain: &plain,
                out: String::new(),
            };
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
    fn if_then(&mut self, cond: ExprId, panic: ExprId, span: Span) -> ExprId {
        let block = Block {
            stmts: vec![Stmt::Expr {
                expr: panic,
                semi: true,
            }],
            tail: None,
            is_unsafe: false,
        };
        let then = self.alloc_expr(ExprKind::Block { block, label: None }, span);
        self.alloc_expr(
            ExprKind::If {
                cond,
                then,
                else_: None,
            },
            span,
        )
    }

    fn local(&mut self, name: &str, span: Span) -> (BindingId, PatId) {
        let b = self.body().bindings.alloc(Binding {
            name: Symbol::intern(name),
            mutable: false,
            by_ref: None,
            span,
        });
        let p = self.alloc_pat(
            PatKind::Binding {
                binding: b,
                sub: None,
            },
            span,
        );
        (b, p)
    }

    fn local_ref(&mut self, b: BindingId, span: Span) -> ExprId {
        self.alloc_expr(
            ExprKind::Path(ValuePath::Resolved {
                res: Res::Local(b),
                args: Vec::new(),
            }),
            span,
        )
    }

    /// `match (&a, &b) { (left_val, right_val) => if !(*left_val == *right_val) { panic } }`.
    fn assert_cmp_macro(&mut self, call: &MacCall, span: Span, eq: bool) -> ExprId {
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
        let ref_l = self.alloc_expr(
            ExprKind::Ref {
                mutability: Mutability::Not,
                expr: left,
            },
            ls,
        );
        let ref_r = self.alloc_expr(
            ExprKind::Ref {
                mutability: Mutability::Not,
                expr: right,
            },
            rs,
        );
        let tuple = self.alloc_expr(ExprKind::Tuple(vec![ref_l, ref_r]), span);
        let (lb, lp) = self.local("left_val", span);
        let (rb, rp) = self.local("right_val", span);
        let tuple_pat = self.alloc_pat(
            PatKind::Tuple {
                pats: vec![lp, rp],
                rest: None,
            },
            span,
        );
        let l = self.local_ref(lb, span);
        let r = self.local_ref(rb, span);
        let dl = self.alloc_expr(ExprKind::Unary(ast::UnOp::Deref, l), span);
        let dr = self.alloc_expr(ExprKind::Unary(ast::UnOp::Deref, r), span);
        let op = if eq { ast::BinOp::Eq } else { ast::BinOp::Ne };
        let cmp = self.alloc_expr(ExprKind::Binary(op, dl, dr), span);
        let not = self.alloc_expr(ExprKind::Unary(ast::UnOp::Not, cmp), span);
        let head = if eq {
            "assertion `left == right` failed"
        } else {
            "assertion `left != right` failed"
        };
        let mut fmt = if exprs.len() > 2 {
            self.format_args(&src, &exprs[2..], call).map(|mut f| {
                f.pieces.insert(0, FormatPiece::Lit(format!("{head}: ")));
                f
            })
        } else {
            Some(FormatArgs {
                pieces: vec![FormatPiece::Lit(head.to_string())],
                args: Vec::new(),
            })
        };
        if let Some(f) = &mut fmt {
            let n = f.args.len();
            f.pieces.push(FormatPiece::Lit("\n  left: ".to_string()));
            f.pieces.push(FormatPiece::Arg {
                arg: n,
                spec: debug_spec(false),
            });
            f.pieces.push(FormatPiece::Lit("\n right: ".to_string()));
            f.pieces.push(FormatPiece::Arg {
                arg: n + 1,
                spec: debug_spec(false),
            });
            let l = self.local_ref(lb, span);
            let r = self.local_ref(rb, span);
            f.args.push(l);
            f.args.push(r);
        }
        let panic = self.format_expr(FormatKind::Panic, fmt, span);
        let check = self.if_then(not, panic, span);
        let body = self.alloc_expr(
            ExprKind::Block {
                block: Block {
                    stmts: Vec::new(),
                    tail: Some(check),
                    is_unsafe: false,
                },
                label: None,
            },
            span,
        );
        self.alloc_expr(
            ExprKind::Match {
                scrutinee: tuple,
                arms: vec![Arm {
                    pat: tuple_pat,
                    guard: None,
                    body,
                }],
            },
            span,
        )
    }

    /// `match e { pat if guard => true, _ => false }`.
    fn matches_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
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
        let guard_at = rest.iter().position(
            |t| matches!(t.kind(), Some(TokenKind::Ident(s)) if hygiene.strip(*s).as_str() == "if"),
        );
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
        let e =
            ferrum_syntax::parse_expr_from_tokens(&mut ast, &flat(&tts[..comma]), end, self.diags);
        let p = ferrum_syntax::parse_pat_from_tokens(&mut ast, &flat(pat_tts), end, self.diags);
        let g = guard_tts
            .map(|g| ferrum_syntax::parse_expr_from_tokens(&mut ast, &flat(g), end, self.diags));
        let src = AstSrc::Owned(Rc::new(OwnedAst {
            ast,
            block: None,
            items: Vec::new(),
        }));
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
        let arms = vec![
            Arm {
                pat,
                guard,
                body: t,
            },
            Arm {
                pat: wild,
                guard: None,
                body: f,
            },
        ];
        self.alloc_expr(ExprKind::Match { scrutinee, arms }, span)
    }

    /// `dbg!(e)`: `match e { tmp => { eprintln!("[file:line:col] e = {:#?}", tmp); tmp } }`.
    fn dbg_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        let (file, line, col) = self.location(call.span);
        let at = format!("[{file}:{line}:{col}]");
        let stderr = FormatKind::Print {
            stderr: true,
            newline: true,
        };
        if exprs.is_empty() {
            return self.format_expr(
                stderr,
                Some(FormatArgs {
                    pieces: vec![FormatPiece::Lit(at)],
                    args: Vec::new(),
                }),
                span,
            );
        }
        let mut values = Vec::new();
        for &e in &exprs {
            let espan = src.exprs[e].span;
            let text = {
                let hygiene = &self.hygiene;
                let plain = |s| hygiene.strip(s);
                let mut p = ExprPrinter {
                    ast: &src,
                    sources: self.sources,
                    plain: &plain,
                    out: String::new(),
                };
                p.expr(e);
                p.out
            };
            let value = self.lower_expr(&src, e);
            let (b, pat) = self.local("tmp", espan);
            let arg = self.local_ref(b, espan);
            let pieces = vec![
                FormatPiece::Lit(format!("{at} {text} = ")),
                FormatPiece::Arg {
                    arg: 0,
                    spec: debug_spec(true),
                },
            ];
            let print = self.format_expr(
                stderr,
                Some(FormatArgs {
                    pieces,
                    args: vec![arg],
                }),
                span,
            );
            let tail = self.local_ref(b, espan);
            let block = Block {
                stmts: vec![Stmt::Expr {
                    expr: print,
                    semi: true,
                }],
                tail: Some(tail),
                is_unsafe: false,
            };
            let body = self.alloc_expr(ExprKind::Block { block, label: None }, espan);
            values.push(self.alloc_expr(
                ExprKind::Match {
                    scrutinee: value,
                    arms: vec![Arm {
                        pat,
                        guard: None,
                        body,
                    }],
                },
                espan,
            ));
        }
        if values.len() == 1 {
            values[0]
        } else {
            self.alloc_expr(ExprKind::Tuple(values), span)
        }
    }

    /// File name, line and column of a span's start.
    fn location(&self, span: Span) -> (String, u32, u32) {
        let file = self
            .sources
            .try_file(span.file)
            .map_or(String::new(), |f| f.name.clone());
        let lc = self.sources.line_col(span);
        (file, lc.map_or(0, |l| l.line), lc.map_or(0, |l| l.col))
    }

    fn concat_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        let mut out = String::new();
        for &e in &exprs {
            let expr = &src.exprs[e];
            let (lit, neg) = match &expr.kind {
                ast::ExprKind::Lit(l) => (l, false),
                ast::ExprKind::Unary(ast::UnOp::Neg, x) => match &src.exprs[*x].kind {
                    ast::ExprKind::Lit(l) => (l, true),
                    _ => {
                        self.error(Diagnostic::error("expected a literal").primary(expr.span, "").note("only literals (like `\"foo\"`, `-42` and `3.14`) can be passed to `concat!()`"));
                        return self.err_expr(span);
                    }
                },
                _ => {
                    self.error(Diagnostic::error("expected a literal").primary(expr.span, "").note("only literals (like `\"foo\"`, `-42` and `3.14`) can be passed to `concat!()`"));
                    return self.err_expr(span);
                }
            };
            if neg {
                out.push('-');
            }
            match &lit.kind {
                ast::LitKind::Str(s) => out.push_str(s.as_str()),
                ast::LitKind::Char(c) => out.push(*c),
                ast::LitKind::Int(v) => out.push_str(&v.to_string()),
                ast::LitKind::Float(f) => out.push_str(f.as_str()),
                ast::LitKind::Bool(b) => out.push_str(&b.to_string()),
                _ => {
                    self.error(
                        Diagnostic::error("cannot concatenate a byte string literal")
                            .primary(expr.span, ""),
                    );
                    return self.err_expr(span);
                }
            }
        }
        self.alloc_expr(ExprKind::Lit(Lit::Str(Symbol::intern(&out))), span)
    }
}
