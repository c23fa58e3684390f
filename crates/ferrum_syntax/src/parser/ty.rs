//! Types and trait bounds.

use super::path::PathStyle;
use super::{PResult, Parser};
use crate::ast::{Bound, Delim, Ident, TypeId, TypeKind};
use crate::kw::Kw;
use crate::token::Tk;

impl Parser<'_, '_> {
    /// A type; `impl A + B` and `dyn A + B` may list several bounds.
    pub(crate) fn parse_type(&mut self) -> PResult<TypeId> {
        self.nested(|p| p.type_inner(true))
    }

    /// A type where `+` would be ambiguous (after `&`, `as`, `->` in `Fn`).
    pub(crate) fn parse_type_no_plus(&mut self) -> PResult<TypeId> {
        self.nested(|p| p.type_inner(false))
    }

    pub(crate) fn can_begin_type(&self) -> bool {
        match self.kind() {
            Tk::OpenDelim(Delim::Paren | Delim::Bracket) | Tk::Lifetime(_) => true,
            Tk::Punct(p) => matches!(p, "!" | "&" | "&&" | "*" | "<" | "<<" | "::" | "?"),
            Tk::Ident(_) => {
                matches!(
                    self.cur_kw(),
                    Kw::Fn | Kw::Unsafe | Kw::Extern | Kw::Impl | Kw::Dyn | Kw::For | Kw::Underscore
                ) || self.starts_path()
            }
            Tk::RawIdent(_) => true,
            _ => false,
        }
    }

    fn type_inner(&mut self, allow_plus: bool) -> PResult<TypeId> {
        let lo = self.span();
        let kind = match self.kind() {
            Tk::OpenDelim(Delim::Paren) => return self.parse_paren_type(lo),
            Tk::OpenDelim(Delim::Bracket) => {
                self.bump();
                let elem = self.parse_type()?;
                if self.eat_punct(";") {
                    let len = self.parse_expr()?;
                    self.expect_close(Delim::Bracket)?;
                    TypeKind::Array(elem, len)
                } else {
                    self.expect_close(Delim::Bracket)?;
                    TypeKind::Slice(elem)
                }
            }
            Tk::Punct("!") => {
                self.bump();
                TypeKind::Never
            }
            Tk::Punct("&" | "&&") => {
                self.eat_punct("&");
                let lifetime = self.parse_opt_lifetime();
                let mutable = self.eat_kw(Kw::Mut);
                let ty = self.parse_type_no_plus()?;
                TypeKind::Ref { lifetime, mutable, ty }
            }
            Tk::Punct("*") => {
                self.bump();
                let mutable = if self.eat_kw(Kw::Mut) {
                    true
                } else if self.eat_kw(Kw::Const) {
                    false
                } else {
                    let msg = "expected `mut` or `const` keyword in raw pointer type";
                    let diag = ferrum_span::Diagnostic::error(msg).primary(lo, "").help("add `mut` or `const` here");
                    return Err(self.emit(diag));
                };
                let ty = self.parse_type_no_plus()?;
                TypeKind::RawPtr { mutable, ty }
            }
            _ => match self.cur_kw() {
                Kw::Underscore => {
                    self.bump();
                    TypeKind::Infer
                }
                Kw::Fn | Kw::Unsafe | Kw::Extern => self.parse_fn_ptr()?,
                Kw::For => {
                    self.parse_for_lifetimes()?;
                    if matches!(self.cur_kw(), Kw::Fn | Kw::Unsafe | Kw::Extern) {
                        self.parse_fn_ptr()?
                    } else {
                        TypeKind::DynTrait(self.parse_bounds(allow_plus)?)
                    }
                }
                Kw::Impl => {
                    self.bump();
                    TypeKind::ImplTrait(self.parse_bounds(allow_plus)?)
                }
                Kw::Dyn => {
                    self.bump();
                    TypeKind::DynTrait(self.parse_bounds(allow_plus)?)
                }
                _ if self.starts_path() => {
                    let path = self.parse_path(PathStyle::Type)?;
                    if self.check_punct("!") {
                        TypeKind::MacCall(self.parse_mac_call(path)?)
                    } else {
                        if allow_plus {
                            self.expected.push(super::Expected::Tok("+"));
                        }
                        TypeKind::Path(path)
                    }
                }
                _ => return Err(self.expected_what("type")),
            },
        };
        Ok(self.ty(kind, self.since(lo)))
    }

    /// `()`, `(T)` (just `T`), `(T,)`, `(A, B)`.
    fn parse_paren_type(&mut self, lo: ferrum_span::Span) -> PResult<TypeId> {
        self.bump();
        let mut elems = Vec::new();
        let mut trailing_comma = false;
        loop {
            if self.eat_close(Delim::Paren) {
                break;
            }
            elems.push(self.parse_type()?);
            trailing_comma = self.eat_punct(",");
            if !trailing_comma {
                self.expect_close(Delim::Paren)?;
                break;
            }
        }
        if elems.len() == 1 && !trailing_comma {
            return Ok(elems[0]);
        }
        Ok(self.ty(TypeKind::Tuple(elems), self.since(lo)))
    }

    /// `unsafe extern "C" fn(A, B) -> C` (the `for<..>` already skipped).
    fn parse_fn_ptr(&mut self) -> PResult<TypeKind> {
        let is_unsafe = self.eat_kw(Kw::Unsafe);
        if self.eat_kw(Kw::Extern) {
            self.parse_abi();
        }
        self.expect_kw(Kw::Fn)?;
        self.expect_open(Delim::Paren)?;
        let params = self.comma_list(Delim::Paren, |p| {
            if (p.is_ident() || p.is_kw(Kw::Underscore)) && p.nth_is_punct(1, ":") {
                p.bump();
                p.bump();
            }
            p.parse_type()
        });
        let ret = if self.eat_punct("->") { Some(self.parse_type_no_plus()?) } else { None };
        Ok(TypeKind::FnPtr { is_unsafe, params, ret })
    }

    /// `for<'a, 'b>`, parsed and dropped (higher-ranked lifetimes).
    pub(crate) fn parse_for_lifetimes(&mut self) -> PResult<()> {
        if !self.eat_kw(Kw::For) {
            return Ok(());
        }
        self.expect_punct("<")?;
        loop {
            if self.eat_punct(">") {
                return Ok(());
            }
            self.expect_lifetime()?;
            if !self.eat_punct(",") {
                self.expect_punct(">")?;
                return Ok(());
            }
        }
    }

    pub(crate) fn parse_opt_lifetime(&mut self) -> Option<Ident> {
        if let Tk::Lifetime(name) = self.kind() {
            let span = self.span();
            self.bump();
            return Some(Ident { name, span });
        }
        None
    }

    pub(crate) fn expect_lifetime(&mut self) -> PResult<Ident> {
        match self.parse_opt_lifetime() {
            Some(l) => Ok(l),
            None => Err(self.expected_what("lifetime")),
        }
    }

    /// `Bound + Bound + 'a`; possibly empty (`T:` in a where clause).
    pub(crate) fn parse_bounds(&mut self, allow_plus: bool) -> PResult<Vec<Bound>> {
        let mut bounds = Vec::new();
        loop {
            if let Some(l) = self.parse_opt_lifetime() {
                bounds.push(Bound::Lifetime(l));
            } else if self.is_punct("?") || self.is_kw(Kw::For) || self.starts_path() || self.is_open(Delim::Paren) {
                bounds.push(self.parse_trait_bound()?);
            } else {
                break;
            }
            if !allow_plus || !self.check_punct("+") {
                break;
            }
            self.bump();
        }
        Ok(bounds)
    }

    fn parse_trait_bound(&mut self) -> PResult<Bound> {
        if self.is_open(Delim::Paren) {
            self.bump();
            let bound = self.nested(|p| p.parse_trait_bound())?;
            self.expect_close(Delim::Paren)?;
            return Ok(bound);
        }
        let maybe = self.eat_punct("?");
        self.parse_for_lifetimes()?;
        let path = self.parse_path(PathStyle::Type)?;
        Ok(Bound::Trait { path, maybe })
    }
}
