//! Attributes (`#[..]`, `#![..]`), visibility, and token trees: macro
//! call arguments and `macro_rules!` bodies kept as flat tokens.

use super::path::PathStyle;
use super::{PResult, Parser};
use crate::ast::{Attribute, Delim, Ident, MacCall, Path, PathSegment, TokenKind, TokenStream, Visibility};
use crate::kw::Kw;

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
        while self.is_punct("#")
            && self.nth_is_punct(1, "!")
            && matches!(self.nth(2), TokenKind::OpenDelim(Delim::Bracket))
        {
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
        let start = self.pos;
        self.skip_to_close();
        let args = self.tokens.get(start..self.pos).map_or_else(Vec::new, |t| t.to_vec());
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
        let restricted = matches!(self.nth(2), TokenKind::CloseDelim(Delim::Paren))
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
        let TokenKind::OpenDelim(delim) = *self.kind() else {
            self.expected.push(super::Expected::Open(Delim::Paren));
            self.expected.push(super::Expected::Open(Delim::Bracket));
            self.expected.push(super::Expected::Open(Delim::Brace));
            return Err(self.unexpected());
        };
        let lo = self.span();
        let start = self.pos + 1;
        self.skip_group();
        let end =
            if matches!(self.prev_token_kind(), Some(TokenKind::CloseDelim(_))) { self.pos - 1 } else { self.pos };
        let tokens = self.tokens.get(start..end.max(start)).map_or_else(Vec::new, |t| t.to_vec());
        Ok(TokenStream { delim, tokens, span: self.since(lo) })
    }

    fn prev_token_kind(&self) -> Option<&TokenKind> {
        self.pos.checked_sub(1).and_then(|i| self.tokens.get(i)).map(|t| &t.kind)
    }

    /// `path!(...)` with the path parsed and `!` current.
    pub(crate) fn parse_mac_call(&mut self, path: Path) -> PResult<MacCall> {
        self.expect_punct("!")?;
        let args = self.parse_token_group()?;
        let span = path.span.to(args.span);
        Ok(MacCall { path, args, span })
    }

    /// A one-segment path from an identifier (`macro_rules`, labels).
    pub(crate) fn ident_path(&self, ident: Ident) -> Path {
        Path { qself: None, global: false, segments: vec![PathSegment { ident, args: None }], span: ident.span }
    }
}
