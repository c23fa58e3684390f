//! `#[derive(...)]` expansion, as rustc's built-in derive macros do it:
//! each derived trait becomes an ordinary `impl` item, generated as source
//! text, parsed, and collected next to the type like user code. Every token
//! of the expansion carries the span of the trait's name in the attribute.
//!
//! Generated paths are absolute (`::core::clone::Clone`): `::core` names
//! the library whatever the user declares. A generator per trait lives in
//! its own file and is listed in [`GENERATORS`]; adding a derive is adding
//! one file and one line there.

mod adt;
mod clone;
mod cmp;
mod copy;
mod debug;
mod default;
mod eq;
mod hash;
mod ord;
mod partial_eq;
mod partial_ord;

use crate::attrs::{attr_name, derives};
use crate::collect::CollectCx;
use crate::ctx::*;
use crate::hir::DefKind;
use crate::hygiene::{CrateKind, Mark};
use adt::Adt;
use ferrum_span::{Diagnostic, Diagnostics, Span};
use ferrum_syntax::ast::{self, Ast, ItemId, TokenKind};
use std::rc::Rc;

/// What a generator gets: the type, and the names of every trait derived
/// on it (`Clone` looks for `Copy`).
pub(crate) struct DeriveInput<'a> {
    pub adt: &'a Adt,
    pub derived: &'a [&'a str],
}

/// A generator's failure: a diagnostic about the derive (its primary span
/// is filled in with the trait name's span when left empty).
pub(crate) type Generated = Result<String, Diagnostic>;

type Generator = fn(&DeriveInput) -> Generated;

/// The built-in derives, by trait name.
const GENERATORS: &[(&str, Generator)] = &[
    ("Clone", clone::expand),
    ("Copy", copy::expand),
    ("Debug", debug::expand),
    ("PartialEq", partial_eq::expand),
    ("Eq", eq::expand),
    ("PartialOrd", partial_ord::expand),
    ("Ord", ord::expand),
    ("Default", default::expand),
    ("Hash", hash::expand),
];

impl<'a> Lowerer<'a> {
    /// Expands the derives on `item` (a struct, enum or union just
    /// collected) into impls collected in `cx`.
    pub(crate) fn expand_derives(&mut self, src: &AstSrc<'a>, id: ItemId, cx: CollectCx, macros: &MacroScope) {
        let item = &src.items[id];
        let plain = |s| self.hygiene.strip(s);
        let list = derives(&item.attrs, &plain);
        if list.is_empty() {
            return;
        }
        let options = &self.options;
        let enabled = |attrs: &[ast::Attribute]| crate::attrs::cfg_enabled(attrs, options);
        let Some(adt) = Adt::from_item(src, item, &plain, &enabled) else {
            self.not_an_adt(item);
            return;
        };
        let names: Vec<&str> = list.iter().map(|(n, _)| n.as_str()).collect();
        let name_span = item.name().map_or(item.span, |n| n.span);
        let input = DeriveInput { adt: &adt, derived: &names };
        for &(name, span) in &list {
            let generator = GENERATORS.iter().find(|(n, _)| *n == name.as_str());
            let Some(&(_, generate)) = generator else {
                self.error(
                    Diagnostic::error(format!("cannot find derive macro `{name}` in this scope")).primary(span, ""),
                );
                continue;
            };
            match generate(&input) {
                Ok(text) => {
                    let first = self.krate.defs.len();
                    self.collect_generated(&text, span, cx, macros);
                    self.mark_derived(first, name_span);
                }
                Err(mut d) => {
                    if d.primary_span().is_none() {
                        d = d.primary(span, "");
                    }
                    self.error(d);
                }
            }
        }
    }

    /// E0774 for `#[derive]` on anything but a struct, enum or union.
    pub(crate) fn not_an_adt(&mut self, item: &ast::Item) {
        for a in item.attrs.iter().filter(|a| attr_name(a) == Some("derive")) {
            self.error(
                Diagnostic::error("`derive` may only be applied to `struct`s, `enum`s and `union`s")
                    .code("E0774")
                    .primary(a.span, "not applicable here")
                    .secondary(item.span, "not a `struct`, `enum` or `union`"),
            );
        }
    }

    /// Records the impls created since def number `first` as derived.
    fn mark_derived(&mut self, first: usize, name_span: Span) {
        let new = self.krate.defs.iter().skip(first);
        let impls: Vec<_> = new.filter(|(_, d)| matches!(d.kind, DefKind::Impl(_))).map(|(id, _)| id).collect();
        for id in impls {
            self.krate.derived_impls.insert(id, name_span);
        }
    }

    /// Parses generated items and collects them as if written at `cx`.
    fn collect_generated(&mut self, text: &str, span: Span, cx: CollectCx, macros: &MacroScope) {
        let mut lex_diags = Diagnostics::default();
        let mut tokens = ferrum_syntax::lex(span.file, text, &mut lex_diags);
        self.diags.extend(lex_diags);
        tokens.retain(|t| t.kind != TokenKind::Eof);
        // Like a macro expansion, the generated code gets its own hygiene
        // mark: its locals (`other`, `state`, `__self_0`) never meet the
        // user's names, while items and fields resolve by their plain name.
        let mark = self.hygiene.new_opaque_mark(Mark::ROOT);
        for t in &mut tokens {
            t.span = span;
            if let TokenKind::Ident(s) = t.kind {
                t.kind = TokenKind::Ident(self.hygiene.tag(s, mark));
            }
        }
        let mut ast = Ast::default();
        let items = if self.cur_crate == CrateKind::Std {
            ferrum_syntax::parse_items_from_tokens_deferred(&mut ast, &tokens, span, &mut self.diags)
        } else {
            ferrum_syntax::parse_items_from_tokens(&mut ast, &tokens, span, &mut self.diags)
        };
        let owned = Rc::new(OwnedAst { ast, block: None, items: items.clone() });
        self.collect_items(&AstSrc::Owned(owned), &items, cx, macros.clone());
    }
}

/// `::core::intrinsics::discriminant_value` of `self` and `other`, bound
/// to `__self_discr` and `__arg1_discr` (rustc's names), as the enum's
/// discriminant type (its `#[repr]` integer, else `isize`): rustc's
/// derived `Hash` feeds exactly that type to the hasher. ferrum's
/// intrinsics are all unsafe to call; this one is safe in rustc, so the
/// `unsafe` block covers the call alone.
pub(crate) fn discr_lets(adt: &Adt, with_other: bool) -> String {
    let ty = &adt.discr_ty;
    let discr = |v: &str| format!("unsafe {{ ::core::intrinsics::discriminant_value({v}) }} as {ty}");
    let mut s = format!("let __self_discr = {}; ", discr("self"));
    if with_other {
        s.push_str(&format!("let __arg1_discr = {}; ", discr("other")));
    }
    s
}

/// "this trait cannot be derived for unions".
pub(crate) fn no_unions() -> Diagnostic {
    Diagnostic::error("this trait cannot be derived for unions")
}
