//! Items: the item-list loop with recovery, dispatch on the leading
//! keyword, functions (with `self` parameters), constants, statics, type
//! aliases and item-position macros. Type definitions are in [`super::adt`],
//! impls, traits, modules, `use` and `extern` in [`super::module`].

use super::path::PathStyle;
use super::{PResult, Parser};
use crate::ast::{
    Attribute, Block, BodyNodes, DeferredBody, Delim, Fn, FnSig, Item, ItemId, ItemKind, Param, SelfKind, SelfParam,
};
use crate::kw::Kw;
use crate::token::Tk;
use crate::token::Tokens;
use ferrum_span::{Diagnostic, Span, Symbol};

/// Where an item list is, for error wording.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ItemContext {
    Module,
    /// `impl`, `trait` and `extern` bodies: "non-item in item list".
    Assoc,
}

impl Parser<'_, '_> {
    /// Items up to the closing brace (consumed when `braced`) or the end
    /// of input. A malformed item is reported and skipped.
    pub(crate) fn parse_items(&mut self, braced: bool, ctx: ItemContext) -> Vec<ItemId> {
        let mut items = Vec::new();
        loop {
            if braced && self.eat_close(Delim::Brace) {
                break;
            }
            if self.at_eof() || (braced && matches!(self.kind(), Tk::CloseDelim(_))) {
                break;
            }
            let start = self.progress();
            match self.parse_item(ctx) {
                Ok(id) => items.push(id),
                Err(_) => self.recover_item(),
            }
            if self.progress() == start {
                self.bump();
            }
        }
        items
    }

    fn parse_item(&mut self, ctx: ItemContext) -> PResult<ItemId> {
        let lo = self.span();
        let attrs = self.parse_outer_attrs()?;
        let is_mac = self.starts_path() && self.nth_is_punct(1, "!");
        if !self.starts_item() && !is_mac && !self.is_kw(Kw::Pub) {
            return Err(self.expected_item(ctx));
        }
        self.parse_item_rest(attrs, lo)
    }

    #[cold]
    fn expected_item(&mut self, ctx: ItemContext) -> super::Reported {
        let tok = *self.tok();
        let found = self.describe(&tok);
        let diag = match ctx {
            ItemContext::Module => Diagnostic::error(format!("expected item, found {found}"))
                .primary(tok.span, "expected item")
                .note("for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>"),
            ItemContext::Assoc => Diagnostic::error("non-item in item list").primary(tok.span, "non-item starts here"),
        };
        self.emit(diag)
    }

    /// Does the current token start an item (in a block or module)?
    pub(crate) fn starts_item(&self) -> bool {
        match self.cur_kw() {
            Kw::Fn
            | Kw::Struct
            | Kw::Enum
            | Kw::Trait
            | Kw::Impl
            | Kw::Mod
            | Kw::Use
            | Kw::Type
            | Kw::Pub
            | Kw::Extern => true,
            Kw::Static => !matches!(self.nth(1), Tk::Punct("|" | "||")) && !self.nth_is_kw(1, Kw::Move),
            Kw::Const => !self.nth_is_open_brace(1),
            Kw::Unsafe => matches!(self.kw_of(self.nth(1)), Kw::Fn | Kw::Impl | Kw::Trait | Kw::Extern),
            Kw::Union => self.nth_is_ident(1),
            Kw::MacroRules => self.nth_is_punct(1, "!"),
            Kw::Auto => self.nth_is_kw(1, Kw::Trait),
            Kw::Async => self.nth_is_kw(1, Kw::Fn),
            _ => false,
        }
    }

    /// An item after its outer attributes.
    pub(crate) fn parse_item_rest(&mut self, attrs: Vec<Attribute>, lo: Span) -> PResult<ItemId> {
        let vis = self.parse_vis()?;
        let kind = self.nested(|p| p.parse_item_kind())?;
        Ok(self.ast.items.alloc(Item { attrs, vis, kind, span: self.since(lo) }))
    }

    fn parse_item_kind(&mut self) -> PResult<ItemKind> {
        let next = self.kw_of(self.nth(1));
        match self.cur_kw() {
            Kw::Use => self.parse_use(),
            Kw::Extern if next == Kw::Crate => self.parse_extern_crate(),
            Kw::Extern if self.nth_is_open_brace(1) || (self.is_str_lit(1) && self.nth_is_open_brace(2)) => {
                self.parse_extern_block()
            }
            Kw::Fn | Kw::Extern | Kw::Async => self.parse_fn().map(ItemKind::Fn),
            Kw::Const | Kw::Unsafe if matches!(next, Kw::Fn | Kw::Unsafe | Kw::Extern | Kw::Async) => {
                self.parse_fn().map(ItemKind::Fn)
            }
            Kw::Const => self.parse_const(),
            Kw::Static => self.parse_static(),
            Kw::Struct => self.parse_struct(),
            Kw::Enum => self.parse_enum(),
            Kw::Union => self.parse_union(),
            Kw::Impl => self.parse_impl(false),
            Kw::Trait => self.parse_trait(false),
            Kw::Unsafe if next == Kw::Impl => {
                self.bump();
                self.parse_impl(true)
            }
            Kw::Unsafe if next == Kw::Trait => {
                self.bump();
                self.parse_trait(true)
            }
            Kw::Auto => {
                let span = self.span();
                Err(self.error(span, "auto traits are not supported", ""))
            }
            Kw::Type => self.parse_type_alias(),
            Kw::Mod => self.parse_mod(),
            Kw::MacroRules if self.nth_is_punct(1, "!") => self.parse_macro_rules(),
            _ if self.starts_path() => {
                let path = self.parse_path(PathStyle::Mod)?;
                let mac = self.parse_mac_call(path)?;
                if mac.args.delim != Delim::Brace {
                    self.expect_punct(";")?;
                }
                Ok(ItemKind::MacCall(mac))
            }
            _ => {
                self.expect_desc("item");
                Err(self.expected_what("item"))
            }
        }
    }

    pub(crate) fn is_str_lit(&self, n: usize) -> bool {
        matches!(self.nth(n), Tk::Literal(l) if matches!(self.lit(l).kind, crate::ast::LitKind::Str(_)))
    }

    /// The ABI string after `extern`, if written.
    pub(crate) fn parse_abi(&mut self) -> Option<Symbol> {
        if let Tk::Literal(l) = self.kind() {
            if let crate::ast::LitKind::Str(s) = self.lit(l).kind {
                self.bump();
                return Some(s);
            }
        }
        None
    }

    /// `const unsafe extern "C" fn name<G>(params) -> Ret where .. { body }`.
    fn parse_fn(&mut self) -> PResult<Fn> {
        let is_const = self.eat_kw(Kw::Const);
        if self.is_kw(Kw::Async) {
            let span = self.span();
            return Err(self.error(span, "`async fn` is not supported", ""));
        }
        let is_unsafe = self.eat_kw(Kw::Unsafe);
        let abi =
            if self.eat_kw(Kw::Extern) { Some(self.parse_abi().unwrap_or_else(|| Symbol::intern("C"))) } else { None };
        self.expect_kw(Kw::Fn)?;
        let name = self.expect_ident()?;
        let mut generics = self.parse_generics()?;
        self.expect_open(Delim::Paren)?;
        let (self_param, params, variadic) = self.parse_fn_params();
        let ret = if self.eat_punct("->") { Some(self.parse_type()?) } else { None };
        self.parse_where_clause(&mut generics)?;
        let (mut body_nodes, mut deferred) = (BodyNodes::default(), None);
        let body = if self.check_punct(";") {
            self.bump();
            None
        } else if self.check_open(Delim::Brace) && self.defer_bodies {
            let d = self.capture_group();
            let span = d.span;
            deferred = Some(Box::new(d));
            Some(Block { stmts: Vec::new(), tail: None, is_unsafe: false, span })
        } else if self.check_open(Delim::Brace) {
            let (block, nodes) = self.parse_fn_body()?;
            body_nodes = nodes;
            Some(block)
        } else {
            return Err(self.unexpected());
        };
        let sig = FnSig { is_unsafe, is_const, abi, self_param, params, ret, variadic };
        Ok(Fn { name, generics, sig, body, body_nodes, deferred })
    }

    /// A function's body block, with what parsing it made.
    pub(crate) fn parse_fn_body(&mut self) -> PResult<(Block, BodyNodes)> {
        let (first_expr, first_item, first_mac) = (self.ast.exprs.len(), self.ast.items.len(), self.mac_calls);
        let block = self.parse_block()?;
        let nodes = BodyNodes {
            exprs: first_expr as u32..self.ast.exprs.len() as u32,
            mac_calls: self.mac_calls - first_mac,
            has_items: self.ast.items.len() != first_item,
        };
        Ok((block, nodes))
    }

    /// Consumes a delimited group, delimiters included, keeping its tokens.
    fn capture_group(&mut self) -> DeferredBody {
        let lo = self.span();
        let mut tokens = Tokens::default();
        // Gathered in a reused buffer, then copied once at its final size.
        let mut toks = std::mem::take(&mut self.captured);
        toks.clear();
        let mut depth = 0usize;
        loop {
            match self.kind() {
                Tk::Eof => break,
                Tk::OpenDelim(_) => depth += 1,
                Tk::CloseDelim(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            let mut t = *self.tok();
            if let Tk::Literal(i) = t.kind {
                if let Some(lit) = self.lits().get(i as usize) {
                    t.kind = Tk::Literal(tokens.lits.len() as u32);
                    tokens.lits.push(lit.clone());
                }
            }
            toks.push(t);
            self.bump();
            if depth == 0 {
                break;
            }
        }
        tokens.toks = toks.as_slice().to_vec();
        self.captured = toks;
        DeferredBody { tokens, span: self.since(lo) }
    }

    /// Parameters after `(`, up to and including `)`.
    fn parse_fn_params(&mut self) -> (Option<SelfParam>, Vec<Param>, bool) {
        let mut self_param = None;
        let mut variadic = false;
        let mut first = true;
        let params = self.comma_list(Delim::Paren, |p| {
            p.parse_outer_attrs()?;
            if std::mem::replace(&mut first, false) {
                if let Some(sp) = p.parse_self_param()? {
                    self_param = Some(sp);
                    return Ok(None);
                }
            }
            if p.is_punct("...") {
                p.bump();
                variadic = true;
                return Ok(None);
            }
            let lo = p.span();
            let pat = p.parse_pat_no_alt()?;
            p.expected.push(super::Expected::Tok("|"));
            p.expect_punct(":")?;
            let ty = p.parse_type()?;
            Ok(Some(Param { pat, ty, span: p.since(lo) }))
        });
        (self_param, params.into_iter().flatten().collect(), variadic)
    }

    /// `self`, `mut self`, `&'a mut self`, `self: Type`, if here.
    fn parse_self_param(&mut self) -> PResult<Option<SelfParam>> {
        let lo = self.span();
        let is_self = |p: &Self, n: usize| p.nth_is_kw(n, Kw::SelfLower) && !p.nth_is_punct(n + 1, "::");
        if is_self(self, 0) || (self.is_kw(Kw::Mut) && is_self(self, 1)) {
            let mutable = self.eat_kw(Kw::Mut);
            self.bump();
            let kind = if self.eat_punct(":") {
                SelfKind::Explicit { mutable, ty: self.parse_type()? }
            } else {
                SelfKind::Value { mutable }
            };
            return Ok(Some(SelfParam { kind, span: self.since(lo) }));
        }
        if !self.is_punct("&") {
            return Ok(None);
        }
        let mut n = 1;
        if matches!(self.nth(n), Tk::Lifetime(_)) {
            n += 1;
        }
        if self.nth_is_kw(n, Kw::Mut) {
            n += 1;
        }
        if !is_self(self, n) {
            return Ok(None);
        }
        self.bump();
        let lifetime = self.parse_opt_lifetime();
        let mutable = self.eat_kw(Kw::Mut);
        self.bump();
        Ok(Some(SelfParam { kind: SelfKind::Ref { lifetime, mutable }, span: self.since(lo) }))
    }

    /// `const NAME: Ty = value;` (`_` allowed as the name; value optional
    /// in traits).
    fn parse_const(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.expect_ident_or_underscore()?;
        let ty = self.parse_item_ty("const")?;
        let value = if self.eat_punct("=") { Some(self.parse_expr()?) } else { None };
        self.expect_punct(";")?;
        Ok(ItemKind::Const { name, ty, value })
    }

    fn parse_static(&mut self) -> PResult<ItemKind> {
        self.bump();
        let mutable = self.eat_kw(Kw::Mut);
        let name = self.expect_ident()?;
        let ty = self.parse_item_ty("static")?;
        let value = if self.eat_punct("=") { Some(self.parse_expr()?) } else { None };
        self.expect_punct(";")?;
        Ok(ItemKind::Static { name, mutable, ty, value })
    }

    /// `: Ty` of a const or static, with rustc's message when missing.
    fn parse_item_ty(&mut self, what: &str) -> PResult<crate::ast::TypeId> {
        if self.eat_punct(":") {
            return self.parse_type();
        }
        let span = self.prev_span().shrink_to_hi();
        self.emit(
            Diagnostic::error(format!("missing type for `{what}` item"))
                .primary(span, "help: provide a type for the item: `: <type>`"),
        );
        Ok(self.ty(crate::ast::TypeKind::Err, span))
    }

    /// `type Name<G>: Bounds where .. = Ty;`
    fn parse_type_alias(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.expect_ident()?;
        let mut generics = self.parse_generics()?;
        let bounds = if self.eat_punct(":") { self.parse_bounds(true)? } else { Vec::new() };
        self.parse_where_clause(&mut generics)?;
        let ty = if self.eat_punct("=") { Some(self.parse_type()?) } else { None };
        self.parse_where_clause(&mut generics)?;
        self.expect_punct(";")?;
        Ok(ItemKind::TypeAlias { name, generics, bounds, ty })
    }

    /// `macro_rules! name { rules }` (or with `(..);` / `[..];`).
    fn parse_macro_rules(&mut self) -> PResult<ItemKind> {
        self.bump();
        self.bump();
        let name = self.expect_ident()?;
        let body = self.parse_token_group()?;
        if body.delim != Delim::Brace {
            self.expect_punct(";")?;
        }
        Ok(ItemKind::MacroRules { name, body })
    }
}
