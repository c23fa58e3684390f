//! Patterns: bindings, literals and ranges, tuples, slices, struct and
//! tuple-struct patterns, references, `box`, or-patterns and macros.

use super::path::PathStyle;
use super::{PResult, Parser};
use crate::ast::{Delim, ExprId, ExprKind, FieldPat, Ident, PatId, PatKind, Path, UnOp};
use crate::kw::Kw;
use crate::token::Tk;
use ferrum_span::Span;

impl Parser<'_, '_> {
    /// A top-level pattern: an optional leading `|` and `|` alternatives.
    pub(crate) fn parse_pat(&mut self) -> PResult<PatId> {
        let lo = self.span();
        self.eat_punct("|");
        let first = self.parse_pat_no_alt()?;
        if !self.check_punct("|") {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat_punct("|") {
            alts.push(self.parse_pat_no_alt()?);
        }
        Ok(self.pat(PatKind::Or(alts), self.since(lo)))
    }

    /// A pattern without top-level `|` (closure and function parameters).
    pub(crate) fn parse_pat_no_alt(&mut self) -> PResult<PatId> {
        self.nested(|p| p.pat_inner())
    }

    pub(crate) fn can_begin_pat(&self) -> bool {
        match self.kind() {
            Tk::Literal(_) | Tk::RawIdent(_) => true,
            Tk::OpenDelim(Delim::Paren | Delim::Bracket) => true,
            Tk::Punct(p) => matches!(p, "&" | "&&" | "-" | ".." | "..=" | "::" | "<" | "|"),
            Tk::Ident(_) => {
                matches!(self.cur_kw(), Kw::Underscore | Kw::Ref | Kw::Mut | Kw::Box | Kw::True | Kw::False)
                    || self.starts_path()
            }
            _ => false,
        }
    }

    fn pat_inner(&mut self) -> PResult<PatId> {
        let lo = self.span();
        let kind = match self.kind() {
            Tk::Punct("&" | "&&") => {
                self.eat_punct("&");
                let mutable = self.eat_kw(Kw::Mut);
                let pat = self.parse_pat_no_alt()?;
                PatKind::Ref { mutable, pat }
            }
            Tk::Punct("..=" | "...") => {
                let dots3 = self.is_punct("...");
                self.bump();
                let hi = self.parse_range_end()?;
                if dots3 {
                    self.dots3_pat_error(self.since(lo), lo);
                }
                PatKind::Range { lo: None, hi: Some(hi), inclusive: true }
            }
            Tk::Punct("..") => {
                self.bump();
                if self.can_begin_range_end() {
                    let hi = self.parse_range_end()?;
                    PatKind::Range { lo: None, hi: Some(hi), inclusive: false }
                } else {
                    PatKind::Rest
                }
            }
            Tk::OpenDelim(Delim::Paren) => {
                self.bump();
                let (elems, trailing) = self.parse_pat_list(Delim::Paren);
                if elems.len() == 1 && !trailing && !matches!(self.ast.pats[elems[0]].kind, PatKind::Rest) {
                    // `(p)` is just `p`.
                    return Ok(elems[0]);
                }
                PatKind::Tuple(elems)
            }
            Tk::OpenDelim(Delim::Bracket) => {
                self.bump();
                PatKind::Slice(self.parse_pat_list(Delim::Bracket).0)
            }
            Tk::Literal(_) | Tk::Punct("-") => {
                let e = self.parse_lit_pat_expr()?;
                return self.parse_pat_range_or(lo, e, PatKind::Lit(e));
            }
            _ => match self.cur_kw() {
                Kw::Underscore => {
                    self.bump();
                    PatKind::Wild
                }
                Kw::True | Kw::False => {
                    let e = self.parse_lit_pat_expr()?;
                    PatKind::Lit(e)
                }
                Kw::Ref | Kw::Mut => self.parse_ident_pat()?,
                Kw::Box => {
                    self.bump();
                    PatKind::Box(self.parse_pat_no_alt()?)
                }
                _ if self.starts_path() => return self.parse_path_pat(lo),
                kw if kw.is_reserved() && !kw.is_future_reserved() && kw != Kw::In => {
                    return Err(self.expected_ident());
                }
                _ => {
                    self.expect_desc("pattern");
                    return Err(self.expected_what("pattern"));
                }
            },
        };
        Ok(self.pat(kind, self.since(lo)))
    }

    /// Elements up to the closing delimiter; also says whether a trailing
    /// comma was seen (so `(p,)` is a tuple).
    fn parse_pat_list(&mut self, close: Delim) -> (Vec<PatId>, bool) {
        let mut trailing = false;
        let elems = self.comma_list(close, |p| {
            let pat = p.parse_pat()?;
            trailing = p.is_punct(",") && matches!(p.nth(1), Tk::CloseDelim(_));
            Ok(pat)
        });
        (elems, trailing)
    }

    /// `ref mut name @ sub`.
    fn parse_ident_pat(&mut self) -> PResult<PatKind> {
        let by_ref = self.eat_kw(Kw::Ref);
        let mutable = self.eat_kw(Kw::Mut);
        let name = self.expect_ident()?;
        self.finish_ident_pat(by_ref, mutable, name)
    }

    fn finish_ident_pat(&mut self, by_ref: bool, mutable: bool, name: Ident) -> PResult<PatKind> {
        let sub = if self.eat_punct("@") { Some(self.parse_pat_no_alt()?) } else { None };
        Ok(PatKind::Ident { by_ref, mutable, name, sub })
    }

    fn parse_path_pat(&mut self, lo: Span) -> PResult<PatId> {
        // A lone identifier is a binding (or resolves later to a constant).
        if let Some(name) = self.ident_tok() {
            let next_is_path = matches!(self.nth(1), Tk::Punct("::" | "!" | "..=" | "..." | ".."))
                || matches!(self.nth(1), Tk::OpenDelim(Delim::Paren | Delim::Brace));
            if !next_is_path {
                self.bump();
                let kind = self.finish_ident_pat(false, false, name)?;
                return Ok(self.pat(kind, self.since(lo)));
            }
        }
        let path = self.parse_path(PathStyle::Expr)?;
        let kind = if self.check_punct("!") {
            PatKind::MacCall(self.parse_mac_call(path)?)
        } else if self.check_open(Delim::Paren) {
            self.bump();
            PatKind::TupleStruct { path, elems: self.parse_pat_list(Delim::Paren).0 }
        } else if self.check_open(Delim::Brace) {
            self.bump();
            self.parse_struct_pat(path)?
        } else if matches!(self.kind(), Tk::Punct("..=" | "..." | "..")) {
            let span = path.span;
            let e = self.expr(ExprKind::Path(path), span);
            return self.parse_pat_range_or(lo, e, PatKind::Err);
        } else {
            PatKind::Path(path)
        };
        Ok(self.pat(kind, self.since(lo)))
    }

    /// After a range-start expression: `lo..=hi`, `lo..hi`, `lo..`, or just
    /// `otherwise` when no range operator follows.
    fn parse_pat_range_or(&mut self, lo: Span, start: ExprId, otherwise: PatKind) -> PResult<PatId> {
        let kind = if self.check_punct("..=") || self.check_punct("...") {
            let dots3 = self.is_punct("...").then(|| self.span());
            self.bump();
            let hi = self.parse_range_end()?;
            if let Some(dots) = dots3 {
                self.dots3_pat_error(self.since(lo), dots);
            }
            PatKind::Range { lo: Some(start), hi: Some(hi), inclusive: true }
        } else if self.check_punct("..") {
            self.bump();
            let hi = if self.can_begin_range_end() { Some(self.parse_range_end()?) } else { None };
            PatKind::Range { lo: Some(start), hi, inclusive: false }
        } else {
            otherwise
        };
        Ok(self.pat(kind, self.since(lo)))
    }

    #[cold]
    fn dots3_pat_error(&mut self, pat: Span, dots: Span) {
        let diag = ferrum_span::Diagnostic::error("`...` range patterns are deprecated")
            .code("E0783")
            .primary(pat, "")
            .secondary(dots, "help: use `..=` for an inclusive range");
        self.emit(diag);
    }

    fn can_begin_range_end(&self) -> bool {
        match self.kind() {
            Tk::Literal(_) | Tk::Punct("-" | "::" | "<") => true,
            _ => self.starts_path() || matches!(self.cur_kw(), Kw::True | Kw::False),
        }
    }

    fn parse_range_end(&mut self) -> PResult<ExprId> {
        if matches!(self.kind(), Tk::Literal(_) | Tk::Punct("-")) {
            return self.parse_lit_pat_expr();
        }
        if self.starts_path() {
            let path = self.parse_path(PathStyle::Expr)?;
            let span = path.span;
            return Ok(self.expr(ExprKind::Path(path), span));
        }
        Err(self.expected_what("a pattern range bound"))
    }

    /// A literal pattern's expression, possibly negated: `-1`, `'a'`, `true`.
    fn parse_lit_pat_expr(&mut self) -> PResult<ExprId> {
        let lo = self.span();
        let neg = self.eat_punct("-");
        let lit = self.parse_lit()?;
        let mut e = self.expr(ExprKind::Lit(lit), self.prev_span());
        if neg {
            e = self.expr(ExprKind::Unary(UnOp::Neg, e), self.since(lo));
        }
        Ok(e)
    }

    /// `{ a, b: p, ref mut c, .. }` after the `{`.
    fn parse_struct_pat(&mut self, path: Path) -> PResult<PatKind> {
        let mut rest = false;
        let fields = self.comma_list(Delim::Brace, |p| {
            p.parse_outer_attrs()?;
            if p.is_punct("..") {
                p.bump();
                rest = true;
                return Ok(None);
            }
            if rest {
                let span = p.span();
                return Err(p.error(span, "expected `}`, found field after `..`", "`..` must be at the end"));
            }
            p.parse_field_pat().map(Some)
        });
        let fields = fields.into_iter().flatten().collect();
        Ok(PatKind::Struct { path, fields, rest })
    }

    fn parse_field_pat(&mut self) -> PResult<FieldPat> {
        let lo = self.span();
        // `name: pat` or `0: pat`.
        if self.nth_is_punct(1, ":") {
            let int = match self.kind() {
                Tk::Literal(l) => match self.lit(l).kind {
                    crate::ast::LitKind::Int(i) => Some(i),
                    _ => None,
                },
                _ => None,
            };
            let name = match int {
                Some(i) => {
                    let span = self.span();
                    self.bump();
                    Ident { name: ferrum_span::Symbol::intern(&i.to_string()), span }
                }
                _ => self.expect_ident()?,
            };
            self.bump();
            let pat = self.parse_pat()?;
            return Ok(FieldPat { name, pat, shorthand: false, span: self.since(lo) });
        }
        // Shorthand: `box`? `ref`? `mut`? name.
        let boxed = self.eat_kw(Kw::Box);
        let by_ref = self.eat_kw(Kw::Ref);
        let mutable = self.eat_kw(Kw::Mut);
        let name = self.expect_ident()?;
        let mut pat = self.pat(PatKind::Ident { by_ref, mutable, name, sub: None }, self.since(lo));
        if boxed {
            pat = self.pat(PatKind::Box(pat), self.since(lo));
        }
        Ok(FieldPat { name, pat, shorthand: true, span: self.since(lo) })
    }
}
