//! Paths (`a::b::<T>`, `<T as Trait>::X`, `Vec<u8>`, `Fn(A) -> B`),
//! generic arguments, and identifiers.

use super::{PResult, Parser};
use crate::ast::{Delim, ExprKind, GenericArg, GenericArgs, Ident, Lit, LitKind, Path, PathSegment, QSelf};
use crate::kw::Kw;
use crate::token::Tk;

/// Where a path appears, which decides how generic arguments are written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathStyle {
    /// Expressions and patterns: generic arguments need `::<`.
    Expr,
    /// Types and bounds: `<` starts generic arguments, `(` starts `Fn` sugar.
    Type,
    /// `use`, visibility and attribute paths: no generic arguments.
    Mod,
}

impl Parser<'_, '_> {
    /// The current token as an identifier (not a reserved keyword).
    pub(crate) fn ident_tok(&self) -> Option<Ident> {
        let span = self.span();
        match self.kind() {
            Tk::Ident(name) if !self.kw.of(name).is_reserved() => Some(Ident { name, span }),
            Tk::RawIdent(name) => Some(Ident { name, span }),
            _ => None,
        }
    }

    pub(crate) fn is_ident(&self) -> bool {
        self.ident_tok().is_some()
    }

    pub(crate) fn nth_is_ident(&self, n: usize) -> bool {
        match self.nth(n) {
            Tk::Ident(name) => !self.kw.of(name).is_reserved(),
            Tk::RawIdent(_) => true,
            _ => false,
        }
    }

    pub(crate) fn expect_ident(&mut self) -> PResult<Ident> {
        match self.ident_tok() {
            Some(id) => {
                self.bump();
                Ok(id)
            }
            None => {
                self.expect_desc("identifier");
                Err(self.expected_ident())
            }
        }
    }

    /// An identifier or `_` (`const _`, `use x as _`).
    pub(crate) fn expect_ident_or_underscore(&mut self) -> PResult<Ident> {
        if self.is_kw(Kw::Underscore) {
            let name = self.kw.sym(Kw::Underscore);
            let span = self.span();
            self.bump();
            return Ok(Ident { name, span });
        }
        self.expect_ident()
    }

    /// A path segment name: an identifier or `self`, `Self`, `super`, `crate`.
    fn path_segment_ident(&self) -> Option<Ident> {
        if let Tk::Ident(name) = self.kind() {
            if self.kw.of(name).is_path_start() {
                return Some(Ident { name, span: self.span() });
            }
        }
        self.ident_tok()
    }

    /// Can the current token start a path?
    pub(crate) fn starts_path(&self) -> bool {
        self.path_segment_ident().is_some() || self.is_punct("::") || self.is_punct_prefix("<")
    }

    pub(crate) fn parse_path(&mut self, style: PathStyle) -> PResult<Path> {
        let lo = self.span();
        // Most paths have one segment; `Vec::new()` would reserve four on the first push.
        let mut path = Path { qself: None, global: false, segments: Vec::with_capacity(1), span: lo };
        if self.is_punct_prefix("<") && style != PathStyle::Mod {
            path.qself = Some(Box::new(self.parse_qself()?));
            self.expect_punct("::")?;
        } else if self.eat_punct("::") {
            path.global = true;
        }
        loop {
            let Some(ident) = self.path_segment_ident() else {
                self.expect_desc("identifier");
                return Err(self.expected_ident());
            };
            self.bump();
            let args = self.parse_segment_args(style)?;
            path.segments.push(PathSegment { ident, args });
            if self.check_punct("::") && !self.nth_is_punct(1, "*") && !matches!(self.nth(1), Tk::OpenDelim(_)) {
                self.bump();
                continue;
            }
            break;
        }
        if path.segments.len() > 1 {
            path.segments.shrink_to_fit();
        }
        path.span = self.since(lo);
        Ok(path)
    }

    /// `<T>` or `<T as Trait>`, up to and including the `>`.
    fn parse_qself(&mut self) -> PResult<QSelf> {
        self.expect_punct("<")?;
        let ty = self.parse_type()?;
        let trait_path = if self.eat_kw(Kw::As) { Some(self.parse_path(PathStyle::Type)?) } else { None };
        self.expect_punct(">")?;
        Ok(QSelf { ty, trait_path })
    }

    /// Generic arguments right after a segment's identifier, if any.
    fn parse_segment_args(&mut self, style: PathStyle) -> PResult<Option<GenericArgs>> {
        match style {
            PathStyle::Mod => Ok(None),
            PathStyle::Expr => {
                if self.is_punct("::") && (self.nth_is_punct(1, "<") || self.nth_is_punct(1, "<<")) {
                    self.bump();
                    return self.parse_generic_args().map(Some);
                }
                Ok(None)
            }
            PathStyle::Type => {
                if self.is_punct("::") && (self.nth_is_punct(1, "<") || self.nth_is_punct(1, "<<")) {
                    self.bump();
                }
                if self.is_punct("<") || self.is_punct("<<") {
                    return self.parse_generic_args().map(Some);
                }
                self.expected.push(super::Expected::Tok("<"));
                if self.check_open(Delim::Paren) {
                    return self.parse_fn_sugar().map(Some);
                }
                Ok(None)
            }
        }
    }

    /// `<arg, arg, ...>` with the `<` current.
    pub(crate) fn parse_generic_args(&mut self) -> PResult<GenericArgs> {
        let lo = self.span();
        self.expect_punct("<")?;
        let mut args = Vec::new();
        loop {
            if self.eat_punct(">") {
                break;
            }
            args.push(self.parse_generic_arg()?);
            if !self.eat_punct(",") {
                self.expect_punct(">")?;
                break;
            }
        }
        args.shrink_to_fit();
        Ok(GenericArgs { args, span: self.since(lo) })
    }

    fn parse_generic_arg(&mut self) -> PResult<GenericArg> {
        if let Tk::Lifetime(name) = self.kind() {
            let span = self.span();
            self.bump();
            return Ok(GenericArg::Lifetime(Ident { name, span }));
        }
        if self.is_ident() && self.nth_is_punct(1, "=") {
            let name = self.expect_ident()?;
            self.bump();
            return Ok(GenericArg::Binding(name, self.parse_type()?));
        }
        if self.is_ident() && self.nth_is_punct(1, ":") {
            let span = self.nth_span(1);
            return Err(self.error(span, "associated type bounds are not supported", ""));
        }
        if self.is_open(Delim::Brace) {
            let block = self.parse_block()?;
            let span = block.span;
            return Ok(GenericArg::Const(self.expr(ExprKind::Block(block, None), span)));
        }
        if let Some(e) = self.parse_const_arg_lit()? {
            return Ok(GenericArg::Const(e));
        }
        if !self.can_begin_type() {
            self.expect_desc("a const expression");
            self.expect_desc("lifetime");
            self.expect_desc("type");
            return Err(self.unexpected());
        }
        Ok(GenericArg::Type(self.parse_type()?))
    }

    /// A literal const argument (`3`, `-1`, `true`), if one is here.
    pub(crate) fn parse_const_arg_lit(&mut self) -> PResult<Option<crate::ast::ExprId>> {
        let neg = self.is_punct("-") && matches!(self.nth(1), Tk::Literal(_));
        let is_lit = matches!(self.kind(), Tk::Literal(_)) || matches!(self.cur_kw(), Kw::True | Kw::False);
        if !neg && !is_lit {
            return Ok(None);
        }
        let lo = self.span();
        if neg {
            self.bump();
        }
        let lit = self.parse_lit()?;
        let mut e = self.expr(ExprKind::Lit(lit), self.prev_span());
        if neg {
            e = self.expr(ExprKind::Unary(crate::ast::UnOp::Neg, e), self.since(lo));
        }
        Ok(Some(e))
    }

    /// A literal token (or `true`/`false`) as a [`Lit`].
    pub(crate) fn parse_lit(&mut self) -> PResult<Lit> {
        let span = self.span();
        let lit = match self.kind() {
            Tk::Literal(lit) => self.lit(lit).clone(),
            Tk::Ident(_) if self.is_kw(Kw::True) => Lit { kind: LitKind::Bool(true), suffix: None, span },
            Tk::Ident(_) if self.is_kw(Kw::False) => Lit { kind: LitKind::Bool(false), suffix: None, span },
            _ => return Err(self.expected_what("literal")),
        };
        self.bump();
        Ok(lit)
    }

    /// `(A, B) -> C` after `Fn`, `FnMut`, `FnOnce` (or any type segment).
    fn parse_fn_sugar(&mut self) -> PResult<GenericArgs> {
        let lo = self.expect_open(Delim::Paren)?;
        let inputs = self.comma_list(Delim::Paren, |p| p.parse_type());
        let output = if self.eat_punct("->") { Some(self.parse_type_no_plus()?) } else { None };
        Ok(GenericArgs { args: vec![GenericArg::FnSugar { inputs, output }], span: self.since(lo) })
    }
}
