//! Generic parameter lists (`<'a, T: Bound = Default, const N: usize>`)
//! and `where` clauses.

use super::path::PathStyle;
use super::{PResult, Parser};
use crate::ast::{Delim, ExprKind, GenericParam, GenericParamKind, Generics, WherePredicate};
use crate::kw::Kw;
use crate::token::Tk;

impl Parser<'_, '_> {
    /// `<...>` if present; otherwise empty generics.
    pub(crate) fn parse_generics(&mut self) -> PResult<Generics> {
        let lo = self.span();
        let mut generics = Generics { span: lo.shrink_to_lo(), ..Generics::default() };
        if !self.check_punct("<") {
            return Ok(generics);
        }
        self.bump();
        loop {
            if self.eat_punct(">") {
                break;
            }
            generics.params.push(self.parse_generic_param()?);
            if !self.eat_punct(",") {
                self.expect_punct(">")?;
                break;
            }
        }
        generics.span = self.since(lo);
        Ok(generics)
    }

    /// After `impl`: does `<` start generic parameters (rather than a
    /// qualified path such as `impl <T as Tr>::X`)?
    pub(crate) fn impl_generics_follow(&self) -> bool {
        if !self.is_punct("<") {
            return false;
        }
        match self.nth(1) {
            Tk::Punct(">") | Tk::Punct("#") | Tk::Lifetime(_) => true,
            Tk::Ident(_) if self.nth_is_kw(1, Kw::Const) => true,
            _ if self.nth_is_ident(1) => matches!(self.nth(2), Tk::Punct(">" | "," | ":" | "=" | ">>" | ">=")),
            _ => false,
        }
    }

    fn parse_generic_param(&mut self) -> PResult<GenericParam> {
        self.parse_outer_attrs()?;
        if let Some(name) = self.parse_opt_lifetime() {
            let mut bounds = Vec::new();
            if self.eat_punct(":") {
                while let Some(l) = self.parse_opt_lifetime() {
                    bounds.push(l);
                    if !self.eat_punct("+") {
                        break;
                    }
                }
            }
            return Ok(GenericParam { name, kind: GenericParamKind::Lifetime { bounds } });
        }
        if self.eat_kw(Kw::Const) {
            let name = self.expect_ident()?;
            self.expect_punct(":")?;
            let ty = self.parse_type()?;
            let default = if self.eat_punct("=") { Some(self.parse_const_default()?) } else { None };
            return Ok(GenericParam { name, kind: GenericParamKind::Const { ty, default } });
        }
        let name = self.expect_ident()?;
        let bounds = if self.eat_punct(":") { self.parse_bounds(true)? } else { Vec::new() };
        let default = if self.eat_punct("=") { Some(self.parse_type()?) } else { None };
        Ok(GenericParam { name, kind: GenericParamKind::Type { bounds, default } })
    }

    /// A const parameter's default: a literal, a block, or a path.
    fn parse_const_default(&mut self) -> PResult<crate::ast::ExprId> {
        if self.is_open(Delim::Brace) {
            let block = self.parse_block()?;
            let span = block.span;
            return Ok(self.expr(ExprKind::Block(block, None), span));
        }
        if let Some(e) = self.parse_const_arg_lit()? {
            return Ok(e);
        }
        let path = self.parse_path(PathStyle::Expr)?;
        let span = path.span;
        Ok(self.expr(ExprKind::Path(path), span))
    }

    /// `where T: A + B, 'a: 'b, for<'x> F: Fn(&'x u8)` into `generics`.
    pub(crate) fn parse_where_clause(&mut self, generics: &mut Generics) -> PResult<()> {
        if !self.eat_kw(Kw::Where) {
            return Ok(());
        }
        loop {
            if matches!(self.kind(), Tk::OpenDelim(Delim::Brace) | Tk::Punct(";" | "=") | Tk::Eof) {
                break;
            }
            let pred = if let Some(lifetime) = self.parse_opt_lifetime() {
                self.expect_punct(":")?;
                let mut bounds = Vec::new();
                while let Some(l) = self.parse_opt_lifetime() {
                    bounds.push(l);
                    if !self.eat_punct("+") {
                        break;
                    }
                }
                WherePredicate::Lifetime { lifetime, bounds }
            } else {
                self.parse_for_lifetimes()?;
                let ty = self.parse_type()?;
                self.expect_punct(":")?;
                WherePredicate::Bound { ty, bounds: self.parse_bounds(true)? }
            };
            generics.where_clause.push(pred);
            if !self.eat_punct(",") {
                break;
            }
        }
        Ok(())
    }
}
