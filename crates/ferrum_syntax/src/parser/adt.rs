//! Type definitions: structs (named, tuple, unit), enums with
//! discriminants, unions, and their field lists.

use super::{PResult, Parser};
use crate::ast::{Delim, FieldDef, ItemKind, Variant, VariantData};
use ferrum_span::Diagnostic;

impl Parser<'_, '_> {
    pub(crate) fn parse_struct(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.expect_ident()?;
        let mut generics = self.parse_generics()?;
        self.parse_where_clause(&mut generics)?;
        let data = if self.check_punct(";") {
            self.bump();
            VariantData::Unit
        } else if self.check_open(Delim::Brace) {
            self.bump();
            VariantData::Named(self.parse_named_fields())
        } else if self.check_open(Delim::Paren) {
            self.bump();
            let fields = self.parse_tuple_fields();
            self.parse_where_clause(&mut generics)?;
            self.expect_punct(";")?;
            VariantData::Tuple(fields)
        } else {
            return Err(self.unexpected());
        };
        Ok(ItemKind::Struct { name, generics, data })
    }

    pub(crate) fn parse_union(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.expect_ident()?;
        let mut generics = self.parse_generics()?;
        self.parse_where_clause(&mut generics)?;
        self.expect_open(Delim::Brace)?;
        let fields = self.parse_named_fields();
        Ok(ItemKind::Union { name, generics, fields })
    }

    pub(crate) fn parse_enum(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.expect_ident()?;
        let mut generics = self.parse_generics()?;
        self.parse_where_clause(&mut generics)?;
        self.expect_open(Delim::Brace)?;
        let variants = self.comma_list(Delim::Brace, |p| p.parse_variant());
        Ok(ItemKind::Enum { name, generics, variants })
    }

    fn parse_variant(&mut self) -> PResult<Variant> {
        let attrs = self.parse_outer_attrs()?;
        let lo = self.span();
        self.parse_vis()?;
        let name = self.expect_ident()?;
        let data = if self.check_open(Delim::Brace) {
            self.bump();
            VariantData::Named(self.parse_named_fields())
        } else if self.check_open(Delim::Paren) {
            self.bump();
            VariantData::Tuple(self.parse_tuple_fields())
        } else {
            VariantData::Unit
        };
        let discriminant = if self.eat_punct("=") { Some(self.parse_expr()?) } else { None };
        Ok(Variant { attrs, name, data, discriminant, span: self.since(lo) })
    }

    /// `name: Ty, ...` after `{`, up to and including `}`.
    pub(crate) fn parse_named_fields(&mut self) -> Vec<FieldDef> {
        self.comma_list(Delim::Brace, |p| {
            let attrs = p.parse_outer_attrs()?;
            let lo = p.span();
            let vis = p.parse_vis()?;
            let name = p.expect_ident()?;
            p.expect_punct(":")?;
            let ty = p.parse_type()?;
            if p.is_punct(";") {
                let span = p.span();
                let diag =
                    Diagnostic::error("struct fields are separated by `,`").primary(span, "help: replace `;` with `,`");
                return Err(p.emit(diag));
            }
            if !p.is_punct(",") && !p.is_close(Delim::Brace) {
                return Err(p.missing_field_comma());
            }
            Ok(FieldDef { attrs, vis, name: Some(name), ty, span: p.since(lo) })
        })
    }

    /// rustc's wording for `struct S { a: i32 b: u8 }`.
    #[cold]
    fn missing_field_comma(&mut self) -> super::Reported {
        let tok = *self.tok();
        let found = self.describe(&tok);
        let span = self.prev_span().shrink_to_hi();
        self.emit(
            Diagnostic::error(format!("expected `,`, or `}}`, found {found}"))
                .primary(span, "help: try adding a comma: `,`"),
        )
    }

    /// `Ty, pub Ty, ...` after `(`, up to and including `)`.
    pub(crate) fn parse_tuple_fields(&mut self) -> Vec<FieldDef> {
        self.comma_list(Delim::Paren, |p| {
            let attrs = p.parse_outer_attrs()?;
            let lo = p.span();
            let vis = p.parse_vis()?;
            let ty = p.parse_type()?;
            Ok(FieldDef { attrs, vis, name: None, ty, span: p.since(lo) })
        })
    }
}
