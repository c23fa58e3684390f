//! Primary expressions: literals, paths, struct literals, macro calls,
//! parenthesised and tuple expressions, arrays, and dispatch to the
//! keyword-led forms in [`super::control`].

use super::path::PathStyle;
use super::{PResult, Parser, Restrictions, ALLOW_LET, NO_STRUCT};
use crate::ast::{Delim, ExprId, ExprKind, FieldExpr, Ident, Lit, LitKind, Path, PathSegment};
use crate::kw::Kw;
use crate::token::Tk;
use ferrum_span::{Span, Symbol};

impl Parser<'_, '_> {
    pub(crate) fn parse_atom(&mut self, r: Restrictions) -> PResult<ExprId> {
        let lo = self.span();
        match self.kind() {
            Tk::Literal(_) => {
                let lit = self.parse_lit()?;
                return Ok(self.expr(ExprKind::Lit(lit), lo));
            }
            Tk::OpenDelim(Delim::Paren) => return self.parse_paren_expr(),
            Tk::OpenDelim(Delim::Bracket) => return self.parse_array_expr(),
            Tk::OpenDelim(Delim::Brace) => {
                let block = self.parse_block()?;
                return Ok(self.expr(ExprKind::Block(block, None), self.since(lo)));
            }
            Tk::Punct("|" | "||") => return self.parse_closure(r),
            Tk::Punct("::" | "<" | "<<") | Tk::RawIdent(_) => return self.parse_path_expr(r),
            Tk::Lifetime(_) => return self.parse_labeled(),
            Tk::Ident(_) => {}
            _ => {
                self.expect_desc("expression");
                return Err(self.expected_what("expression"));
            }
        }
        match self.cur_kw() {
            Kw::True | Kw::False => {
                let lit = self.parse_lit()?;
                Ok(self.expr(ExprKind::Lit(lit), lo))
            }
            Kw::If => self.parse_if(),
            Kw::Match => self.parse_match(),
            Kw::Loop | Kw::While | Kw::For => self.parse_loop(None, lo),
            Kw::Const if self.nth_is_open_brace(1) => {
                // An inline `const { .. }` block: parsed as a plain block.
                self.bump();
                let block = self.parse_block()?;
                Ok(self.expr(ExprKind::Block(block, None), self.since(lo)))
            }
            Kw::Unsafe if self.nth_is_open_brace(1) => {
                self.bump();
                let mut block = self.parse_block()?;
                block.is_unsafe = true;
                Ok(self.expr(ExprKind::Block(block, None), self.since(lo)))
            }
            Kw::Return => {
                self.bump();
                let value = self.parse_opt_value(r)?;
                Ok(self.expr(ExprKind::Return(value), self.since(lo)))
            }
            Kw::Break => {
                self.bump();
                let label = self.parse_opt_lifetime();
                let value = self.parse_opt_value(r)?;
                Ok(self.expr(ExprKind::Break { label, value }, self.since(lo)))
            }
            Kw::Continue => {
                self.bump();
                let label = self.parse_opt_lifetime();
                Ok(self.expr(ExprKind::Continue { label }, self.since(lo)))
            }
            Kw::Move => self.parse_closure(r),
            Kw::Let => self.parse_let_expr(r),
            Kw::Underscore => {
                // `_` as an assignee expression (`_ = f()`, `(a, _) = t`).
                let ident = Ident { name: self.kw.sym(Kw::Underscore), span: lo };
                self.bump();
                let path = self.ident_path(ident);
                Ok(self.expr(ExprKind::Path(path), lo))
            }
            kw if kw.is_reserved() && !kw.is_path_start() => {
                self.expect_desc("expression");
                if matches!(kw, Kw::Async | Kw::Await | Kw::Yield | Kw::Try | Kw::Box) {
                    return Err(self.error(lo, format!("`{}` expressions are not supported", kw.text()), ""));
                }
                Err(self.expected_what("expression"))
            }
            _ => self.parse_path_expr(r),
        }
    }

    pub(crate) fn nth_is_open_brace(&self, n: usize) -> bool {
        matches!(self.nth(n), Tk::OpenDelim(Delim::Brace))
    }

    /// The value after `return` or `break`, if an expression follows.
    fn parse_opt_value(&mut self, r: Restrictions) -> PResult<Option<ExprId>> {
        if !self.can_begin_expr() || (self.is_open(Delim::Brace) && r & NO_STRUCT != 0) {
            return Ok(None);
        }
        self.parse_expr_res(r & NO_STRUCT).map(Some)
    }

    /// `let PAT = EXPR` inside a condition.
    fn parse_let_expr(&mut self, r: Restrictions) -> PResult<ExprId> {
        let lo = self.span();
        if r & ALLOW_LET == 0 {
            let msg = "expected expression, found `let` statement";
            self.emit(
                ferrum_span::Diagnostic::error(msg)
                    .primary(lo, "")
                    .note("only supported directly in conditions of `if` and `while` expressions"),
            );
        }
        self.bump();
        let pat = self.parse_pat()?;
        self.expect_punct("=")?;
        let scrutinee = self.parse_let_scrutinee(r)?;
        Ok(self.expr(ExprKind::Let(pat, scrutinee), self.since(lo)))
    }

    fn parse_path_expr(&mut self, r: Restrictions) -> PResult<ExprId> {
        let lo = self.span();
        let path = self.parse_path(PathStyle::Expr)?;
        if self.check_punct("!") {
            let mac = self.parse_mac_call(path)?;
            return Ok(self.expr(ExprKind::MacCall(mac), self.since(lo)));
        }
        if r & NO_STRUCT == 0 && self.check_open(Delim::Brace) {
            return self.parse_struct_expr(path, lo);
        }
        Ok(self.expr(ExprKind::Path(path), self.since(lo)))
    }

    fn parse_struct_expr(&mut self, path: Path, lo: Span) -> PResult<ExprId> {
        self.bump();
        let mut base = None;
        let fields = self.comma_list(Delim::Brace, |p| {
            p.parse_outer_attrs()?;
            if p.check_punct("..") {
                p.bump();
                if !p.is_close(Delim::Brace) {
                    base = Some(p.parse_expr()?);
                }
                return Ok(None);
            }
            p.parse_field_expr().map(Some)
        });
        let fields = fields.into_iter().flatten().collect();
        Ok(self.expr(ExprKind::Struct { path, fields, base }, self.since(lo)))
    }

    fn parse_field_expr(&mut self) -> PResult<FieldExpr> {
        let lo = self.span();
        let name = match self.kind() {
            Tk::Literal(l) if matches!(self.lit(l), Lit { kind: LitKind::Int(_), suffix: None, .. }) => {
                let LitKind::Int(i) = self.lit(l).kind else { unreachable!() };
                let name = Symbol::intern(&i.to_string());
                self.bump();
                Ident { name, span: lo }
            }
            _ => self.expect_ident()?,
        };
        if self.is_punct("=") && !self.nth_is_punct(1, "=") {
            // `S { a = 1 }`: report as rustc does and read it as `a: 1`.
            let span = self.span();
            let diag = ferrum_span::Diagnostic::error("expected `:`, found `=`")
                .primary(span, "")
                .help("replace equals symbol with a colon");
            self.emit(diag);
            self.bump();
            let expr = self.parse_expr()?;
            return Ok(FieldExpr { name, expr, shorthand: false, span: self.since(lo) });
        }
        if self.eat_punct(":") {
            let expr = self.parse_expr()?;
            return Ok(FieldExpr { name, expr, shorthand: false, span: self.since(lo) });
        }
        let path = Path {
            qself: None,
            global: false,
            segments: vec![PathSegment { ident: name, args: None }],
            span: name.span,
        };
        let expr = self.expr(ExprKind::Path(path), name.span);
        Ok(FieldExpr { name, expr, shorthand: true, span: name.span })
    }

    /// `()`, `(e)`, `(e,)`, `(a, b)`.
    fn parse_paren_expr(&mut self) -> PResult<ExprId> {
        let lo = self.span();
        self.bump();
        if self.eat_close(Delim::Paren) {
            return Ok(self.expr(ExprKind::Tuple(Vec::new()), self.since(lo)));
        }
        let first = self.list_elem(|p| p.parse_expr());
        let ok = first.is_some();
        let first = first.unwrap_or_else(|| self.err_expr(lo));
        if self.check_punct(",") {
            self.bump();
            let mut elems = vec![first];
            elems.extend(self.comma_list(Delim::Paren, |p| p.parse_expr()));
            return Ok(self.expr(ExprKind::Tuple(elems), self.since(lo)));
        }
        if !self.eat_close(Delim::Paren) {
            if ok {
                self.unexpected();
            }
            self.skip_to_close();
            self.eat_close(Delim::Paren);
            return Ok(self.err_expr(self.since(lo)));
        }
        Ok(self.expr(ExprKind::Paren(first), self.since(lo)))
    }

    /// `[]`, `[a, b]`, `[value; count]`.
    fn parse_array_expr(&mut self) -> PResult<ExprId> {
        let lo = self.span();
        self.bump();
        if self.eat_close(Delim::Bracket) {
            return Ok(self.expr(ExprKind::Array(Vec::new()), self.since(lo)));
        }
        let first = self.list_elem(|p| p.parse_expr());
        let ok = first.is_some();
        let first = first.unwrap_or_else(|| self.err_expr(lo));
        if self.check_punct(";") {
            self.bump();
            let count = match self.parse_expr() {
                Ok(c) => c,
                Err(_) => {
                    self.skip_to_close();
                    self.err_expr(self.span())
                }
            };
            self.expect_close(Delim::Bracket)?;
            return Ok(self.expr(ExprKind::Repeat(first, count), self.since(lo)));
        }
        let mut elems = vec![first];
        if self.check_punct(",") {
            self.bump();
            elems.extend(self.comma_list(Delim::Bracket, |p| p.parse_expr()));
        } else if !self.eat_close(Delim::Bracket) {
            if ok {
                self.unexpected();
            }
            self.skip_to_close();
            self.eat_close(Delim::Bracket);
        }
        Ok(self.expr(ExprKind::Array(elems), self.since(lo)))
    }
}
