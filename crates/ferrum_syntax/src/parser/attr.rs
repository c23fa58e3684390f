//! Attributes (`#[..]`, `#![..]`), visibility, and token trees: macro
//! call arguments and `macro_rules!` bodies kept as flat tokens.

use super::path::PathStyle;
use super::{PResult, Parser};
use crate::ast::{Attribute, Delim, Ident, MacCall, Path, PathSegment, Token, TokenStream, Visibility};
use crate::kw::Kw;
use crate::token::{to_ast, Tk};

impl Parser<'_, '_> {
    /// Outer attributes `#[...]`.
    pub(crate) fn parse_outer_attrs(&mut self) -> PResult<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while self.is_punct("#") && !self.nth_is_punct(1, "!") {
            attrs.push(self.parse_attr(false)?);
        }
        Ok(attrs)
    }

    /// Inner attributes `#![...]` at the start of a file, module or block.
    pub(crate) fn parse_inner_attrs(&mut self) -> PResult<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while self.is_punct("#") && self.nth_is_punct(1, "!") && matches!(self.nth(2), Tk::OpenDelim(Delim::Bracket)) {
            attrs.push(self.parse_attr(true)?);
        }
        Ok(attrs)
    }

    fn parse_attr(&mut self, inner: bool) -> PResult<Attribute> {
        let lo = self.span();
        self.bump();
        if inner {
            self.bump();
        }
        self.expect_open(Delim::Bracket)?;
        self.eat_kw(Kw::Unsafe);
        let path = self.parse_path(PathStyle::Mod)?;
        let args = self.collect_to_close();
        self.expect_close(Delim::Bracket)?;
        Ok(Attribute { path, args, inner, span: self.since(lo) })
    }

    /// `pub`, `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`.
    pub(crate) fn parse_vis(&mut self) -> PResult<Visibility> {
        if !self.eat_kw(Kw::Pub) {
            return Ok(Visibility::Private);
        }
        if !self.is_open(Delim::Paren) {
            return Ok(Visibility::Public);
        }
        let restricted = matches!(self.nth(2), Tk::CloseDelim(Delim::Paren))
            && matches!(self.kw_of(self.nth(1)), Kw::Crate | Kw::SelfLower | Kw::Super);
        if restricted {
            self.bump();
            let path = self.parse_path(PathStyle::Mod)?;
            self.expect_close(Delim::Paren)?;
            return Ok(Visibility::Restricted(path));
        }
        if self.nth_is_kw(1, Kw::In) {
            self.bump();
            self.bump();
            let path = self.parse_path(PathStyle::Mod)?;
            self.expect_close(Delim::Paren)?;
            return Ok(Visibility::Restricted(path));
        }
        // `pub (A, B)` in a tuple struct: the parenthesis is the field type.
        Ok(Visibility::Public)
    }

    /// The delimited group starting at the current open delimiter, as flat
    /// tokens without the outer delimiters.
    pub(crate) fn parse_token_group(&mut self) -> PResult<TokenStream> {
        let Tk::OpenDelim(delim) = self.kind() else {
            self.expected.push(super::Expected::Open(Delim::Paren));
            self.expected.push(super::Expected::Open(Delim::Bracket));
            self.expected.push(super::Expected::Open(Delim::Brace));
            return Err(self.unexpected());
        };
        let lo = self.span();
        self.bump();
        let tokens = self.collect_to_close();
        // The matching closer (the lexer has checked the nesting).
        if matches!(self.kind(), Tk::CloseDelim(_)) {
            self.bump();
        }
        Ok(TokenStream { delim, tokens, span: self.since(lo) })
    }

    /// Consumes tokens up to the closing delimiter of the enclosing group
    /// (not included), returning them in `ast` form.
    fn collect_to_close(&mut self) -> Vec<Token> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        loop {
            match self.kind() {
                Tk::Eof => break,
                Tk::OpenDelim(_) => depth += 1,
                Tk::CloseDelim(_) if depth == 0 => break,
                Tk::CloseDelim(_) => depth -= 1,
                _ => {}
            }
            out.push(to_ast(self.tok(), self.lits()));
            self.bump();
        }
        out.shrink_to_fit();
        out
    }

    /// `path!(...)` with the path parsed and `!` current.
    pub(crate) fn parse_mac_call(&mut self, path: Path) -> PResult<MacCall> {
        self.expect_punct("!")?;
        self.mac_calls += 1;
        let args = self.parse_token_group()?;
        let span = path.span.to(args.span);
        Ok(MacCall { path, args, span })
    }

    /// A one-segment path from an identifier (`macro_rules`, labels).
    pub(crate) fn ident_path(&self, ident: Ident) -> Path {
        Path { qself: None, global: false, segments: vec![PathSegment { ident, args: None }], span: ident.span }
    }
}
