//! Items that contain items or name other modules: `impl` and `trait`
//! blocks, `mod`, `extern` blocks, `extern crate`, and `use` trees.

use super::item::ItemContext;
use super::path::PathStyle;
use super::{PResult, Parser};
use crate::ast::{Delim, Impl, ItemId, ItemKind, Path, Trait, TypeKind, UseTree};
use crate::kw::Kw;
use crate::token::Tk;

impl Parser<'_, '_> {
    /// `impl<G> !Trait for Ty where .. { items }` with `unsafe` consumed.
    pub(crate) fn parse_impl(&mut self, is_unsafe: bool) -> PResult<ItemKind> {
        self.bump();
        let mut generics = if self.impl_generics_follow() { self.parse_generics()? } else { Default::default() };
        let negative = self.eat_punct("!");
        let (trait_path, self_ty) = if self.starts_path() && !self.is_kw(Kw::Underscore) {
            let path = self.parse_path(PathStyle::Type)?;
            if self.eat_kw(Kw::For) {
                (Some(path), self.parse_type()?)
            } else {
                let span = path.span;
                (None, self.ty(TypeKind::Path(path), span))
            }
        } else {
            (None, self.parse_type_no_plus()?)
        };
        self.parse_where_clause(&mut generics)?;
        let items = self.parse_item_body()?;
        Ok(ItemKind::Impl(Impl { generics, is_unsafe, negative, trait_path, self_ty, items }))
    }

    /// `trait Name<G>: Supertraits where .. { items }` with `unsafe` consumed.
    pub(crate) fn parse_trait(&mut self, is_unsafe: bool) -> PResult<ItemKind> {
        self.bump();
        let name = self.expect_ident()?;
        let mut generics = self.parse_generics()?;
        let supertraits = if self.eat_punct(":") { self.parse_bounds(true)? } else { Vec::new() };
        self.parse_where_clause(&mut generics)?;
        let items = self.parse_item_body()?;
        Ok(ItemKind::Trait(Trait { name, is_unsafe, generics, supertraits, items }))
    }

    /// `{ #![attrs] items }` of an impl, trait or extern block.
    fn parse_item_body(&mut self) -> PResult<Vec<ItemId>> {
        if !self.check_open(Delim::Brace) {
            return Err(self.unexpected());
        }
        self.bump();
        self.parse_inner_attrs()?;
        Ok(self.parse_items(true, ItemContext::Assoc))
    }

    /// `mod name;` or `mod name { items }`.
    pub(crate) fn parse_mod(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.expect_ident()?;
        if self.check_punct(";") {
            self.bump();
            return Ok(ItemKind::Mod { name, items: Vec::new(), inline: false });
        }
        if !self.check_open(Delim::Brace) {
            return Err(self.unexpected());
        }
        self.bump();
        self.parse_inner_attrs()?;
        let items = self.parse_items(true, ItemContext::Module);
        Ok(ItemKind::Mod { name, items, inline: true })
    }

    /// `extern "abi" { fn f(); static X: T; }`.
    pub(crate) fn parse_extern_block(&mut self) -> PResult<ItemKind> {
        self.bump();
        let abi = self.parse_abi();
        let items = self.parse_item_body()?;
        Ok(ItemKind::ExternBlock { abi, items })
    }

    /// `extern crate name as rename;`.
    pub(crate) fn parse_extern_crate(&mut self) -> PResult<ItemKind> {
        self.bump();
        self.bump();
        let name = if self.is_kw(Kw::SelfLower) {
            let ident = crate::ast::Ident { name: self.kw.sym(Kw::SelfLower), span: self.span() };
            self.bump();
            ident
        } else {
            self.expect_ident()?
        };
        let rename = if self.eat_kw(Kw::As) { Some(self.expect_ident_or_underscore()?) } else { None };
        self.expect_punct(";")?;
        Ok(ItemKind::ExternCrate { name, rename })
    }

    /// `use tree;`.
    pub(crate) fn parse_use(&mut self) -> PResult<ItemKind> {
        self.bump();
        let tree = self.parse_use_tree()?;
        self.expect_punct(";")?;
        Ok(ItemKind::Use(tree))
    }

    fn parse_use_tree(&mut self) -> PResult<UseTree> {
        self.nested(|p| p.use_tree_inner())
    }

    fn use_tree_inner(&mut self) -> PResult<UseTree> {
        let lo = self.span();
        let mut prefix = Path { qself: None, global: false, segments: Vec::new(), span: lo.shrink_to_lo() };
        if self.is_punct("::") && matches!(self.nth(1), Tk::OpenDelim(Delim::Brace) | Tk::Punct("*")) {
            self.bump();
            prefix.global = true;
        } else if !self.is_open(Delim::Brace) && !self.is_punct("*") {
            prefix = self.parse_path(PathStyle::Mod)?;
            if !self.is_punct("::") {
                let rename = if self.eat_kw(Kw::As) { Some(self.expect_ident_or_underscore()?) } else { None };
                return Ok(UseTree::Simple { path: prefix, rename });
            }
            self.bump();
        }
        if self.eat_punct("*") {
            return Ok(UseTree::Glob { prefix });
        }
        if !self.check_open(Delim::Brace) {
            self.expect_desc("identifier");
            return Err(self.unexpected());
        }
        self.bump();
        let trees = self.comma_list(Delim::Brace, |p| p.parse_use_tree());
        Ok(UseTree::Nested { prefix, trees })
    }
}
