//! Built-in macros, expanded straight into HIR: printing and panicking
//! macros become calls of the library's formatting functions (see
//! [`crate::format_lower`]); `assert!`/`assert_eq!`/`matches!`/
//! `dbg!` become `if`/`match` trees whose own bindings are created
//! directly (so they can never clash with user names); `stringify!`,
//! `concat!`, `line!`, `column!`, `file!` and `cfg!` become literals.
//!
//! Every panic's span is the macro call's span, so its location is the
//! call's start (for calls inside `macro_rules!` bodies, the outermost
//! call: see [`crate::transcribe`]).

use crate::ctx::*;
use crate::format::parse;
use crate::format_args::*;
use crate::hir::*;
use crate::strmap::StrMap;
use crate::tokens::tokens_to_string;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, Ast, MacCall, TokenKind};
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
    pub(crate) fn lower_builtin(&mut self, _src: &AstSrc<'a>, name: Symbol, call: &MacCall, span: Span) -> ExprId {
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
            "todo" => self.panic_macro(call, span, "not yet implemented", Some("not yet implemented: ")),
            "unimplemented" => self.panic_macro(call, span, "not implemented", Some("not implemented: ")),
            "assert" | "debug_assert" => self.assert_macro(call, span),
            "assert_eq" | "debug_assert_eq" => self.assert_cmp_macro(call, span, true),
            "assert_ne" | "debug_assert_ne" => self.assert_cmp_macro(call, span, false),
            "matches" => self.matches_macro(call, span),
            "format_args" => self.format_args_macro(call, span),
            "format" => self.format_macro(call, span),
            "write" => self.write_macro(call, span, false),
            "writeln" => self.write_macro(call, span, true),
            "dbg" => self.dbg_macro(call, span),
            "stringify" => {
                let hygiene = &self.hygiene;
                let text = tokens_to_string(&call.args.tokens, &|s| hygiene.strip(s));
                self.alloc_expr(ExprKind::Lit(Lit::Str(Symbol::intern(&text))), span)
            }
            "concat" => self.concat_macro(call, span),
            "line" | "column" => {
                let lc = self.sources.line_col(call.span).map_or(0, |lc| if n == "line" { lc.line } else { lc.col });
                self.alloc_expr(ExprKind::Lit(Lit::Int(u128::from(lc), Some(PrimTy::U32))), span)
            }
            "file" => {
                let name = self.sources.try_file(call.span.file).map_or(String::new(), |f| f.name.clone());
                self.alloc_expr(ExprKind::Lit(Lit::Str(Symbol::intern(&name))), span)
            }
            "cfg" => {
                let mut tokens = vec![ast::Token { kind: TokenKind::OpenDelim(ast::Delim::Paren), span }];
                tokens.extend(call.args.tokens.iter().cloned());
                tokens.push(ast::Token { kind: TokenKind::CloseDelim(ast::Delim::Paren), span });
                let attr = ast::Attribute { path: call.path.clone(), args: tokens, inner: false, span };
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
                    Diagnostic::error(format!("unsupported: macro `{n}!` is not supported yet")).primary(call.span, ""),
                );
                self.err_expr(span)
            }
        }
    }

    /// Parses the call's arguments as a comma-separated expression list.
    pub(crate) fn macro_args(&mut self, call: &MacCall) -> (AstSrc<'a>, Vec<ast::ExprId>) {
        let mut ast = Ast::default();
        let end = Span { lo: call.args.span.hi.saturating_sub(1), ..call.args.span };
        let exprs = ferrum_syntax::parse_expr_list(&mut ast, &call.args.tokens, end, &mut self.diags);
        (AstSrc::Owned(Rc::new(OwnedAst { ast, block: None, items: Vec::new() })), exprs)
    }

    fn print_macro(&mut self, call: &MacCall, span: Span, kind: FormatKind) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        if exprs.is_empty() {
            if matches!(kind, FormatKind::Print { newline: true, .. }) {
                return self.format_expr(kind, Some(FormatArgs { pieces: Vec::new(), args: Vec::new() }), span);
            }
            self.error(Diagnostic::error("requires at least a format string argument").primary(call.span, ""));
            return self.err_expr(span);
        }
        let fmt = self.format_args(&src, &exprs, call);
        self.format_expr(kind, fmt, span)
    }

    /// `format_args!(...)`: an `Arguments` value.
    fn format_args_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        if exprs.is_empty() {
            self.error(Diagnostic::error("requires at least a format string argument").primary(call.span, ""));
            return self.err_expr(span);
        }
        match self.format_args(&src, &exprs, call) {
            Some(fmt) => self.lower_format_args(fmt, span),
            None => self.err_expr(span),
        }
    }

    /// `format!(...)`: `{ let res = fmt::format(format_args!(...)); res }`.
    fn format_macro(&mut self, call: &MacCall, span: Span) -> ExprId {
        let args = self.format_args_macro(call, span);
        let value = self.call_lang("format", vec![args], span);
        let (b, pat) = self.local("res", span);
        let tail = self.local_ref(b, span);
        let block = Block {
            stmts: vec![Stmt::Let { pat, ty: None, init: Some(value), else_block: None, span }],
            tail: Some(tail),
            is_unsafe: false,
        };
        self.alloc_expr(ExprKind::Block { block, label: None }, span)
    }

    /// `write!(dst, ...)`: `dst.write_fmt(format_args!(...))`.
    fn write_macro(&mut self, call: &MacCall, span: Span, newline: bool) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        let Some(&dst) = exprs.first() else {
            self.error(Diagnostic::error("unexpected end of macro invocation").primary(call.span, ""));
            return self.err_expr(span);
        };
        let receiver = self.lower_expr(&src, dst);
        let fmt = if exprs.len() > 1 {
            self.format_args(&src, &exprs[1..], call)
        } else if newline {
            Some(FormatArgs { pieces: Vec::new(), args: Vec::new() })
        } else {
            self.error(Diagnostic::error("requires at least a format string argument").primary(call.span, ""));
            None
        };
        let Some(mut fmt) = fmt else {
            return self.err_expr(span);
        };
        if newline {
            fmt.pieces.push(FormatPiece::Lit("\n".to_string()));
        }
        let args = self.lower_format_args(fmt, span);
        let traits = self.traits_in_scope();
        self.alloc_expr(
            ExprKind::MethodCall {
                receiver,
                method: Symbol::intern("write_fmt"),
                method_span: span,
                args: vec![args],
                generic_args: Vec::new(),
                traits,
            },
            span,
        )
    }

    fn panic_macro(&mut self, call: &MacCall, span: Span, bare: &str, prefix: Option<&str>) -> ExprId {
        let (src, exprs) = self.macro_args(call);
        let fmt = if exprs.is_empty() {
            Some(FormatArgs { pieces: vec![FormatPiece::Lit(bare.to_string())], args: Vec::new() })
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
            ast::ExprKind::Lit(ast::Lit { kind: ast::LitKind::Str(s), span, .. }) => (*s, *span),
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
                    explicit.push(ExplicitArg { name: Some(name), span: src.exprs[value].span });
                    values.push(value);
                }
                None => {
                    if seen_named {
                        self.error(
                            Diagnostic::error("positional arguments cannot follow named arguments")
                                .primary(expr.span, "positional arguments must be before named arguments"),
                        );
                    }
                    explicit.push(ExplicitArg { name: None, span: expr.span });
                    values.push(e);
                }
            }
        }
        let resolved = resolve(raw, &explicit, &map, &mut self.diags);
        let mut args: Vec<ExprId> = values.iter().map(|&v| self.lower_expr(src, v)).collect();
        let resolved = resolved?;
        let mark = call.path.segments.last().map_or(crate::hygiene::Mark::ROOT, |s| self.hygiene.mark_of(s.ident.name));
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
                ExprKind::Path(ValuePath::Resolved { res, args: Vec::new() })
            };
            args.push(self.alloc_expr(kind, span));
        }
        Some(FormatArgs { pieces: resolved.pieces, args })
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
                        self.error(
                            Diagnostic::error("expected a literal")
                                .primary(expr.span, "")
                                .note("only literals (like `\"foo\"`, `-42` and `3.14`) can be passed to `concat!()`"),
                        );
                        return self.err_expr(span);
                    }
                },
                _ => {
                    self.error(
                        Diagnostic::error("expected a literal")
                            .primary(expr.span, "")
                            .note("only literals (like `\"foo\"`, `-42` and `3.14`) can be passed to `concat!()`"),
                    );
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
                    self.error(Diagnostic::error("cannot concatenate a byte string literal").primary(expr.span, ""));
                    return self.err_expr(span);
                }
            }
        }
        self.alloc_expr(ExprKind::Lit(Lit::Str(Symbol::intern(&out))), span)
    }
}
