//! Attributes the lowering understands: `#[cfg(...)]` (evaluated against
//! the configuration in [`crate::Options`]), `#[lang = "..."]`,
//! `#[derive(...)]`, `#[test]`, `#[should_panic]`, `#[track_caller]`,
//! `#[builtin]`, `#[macro_use]`, `#[macro_export]` and `#[repr(...)]`.

use crate::hir::{PrimTy, Repr};
use crate::tokens::{trees, Tt};
use crate::Options;
use ferrum_span::{Span, Symbol};
use ferrum_syntax::ast::{Attribute, Delim, LitKind, TokenKind};

/// The attribute's name when its path is a single identifier.
pub(crate) fn attr_name(attr: &Attribute) -> Option<&'static str> {
    match attr.path.segments.as_slice() {
        // Attributes written in a macro body carry a hygiene mark
        // (`name\u{1}mark`); attribute names are never hygienic.
        [seg] => Some(unmarked(seg.ident.name.as_str())),
        _ => None,
    }
}

/// A name without the hygiene mark that identifiers from macro bodies
/// carry (see [`crate::hygiene`]).
fn unmarked(s: &str) -> &str {
    s.split('\u{1}').next().unwrap_or(s)
}

pub(crate) fn has_attr(attrs: &[Attribute], name: &str) -> bool {
    attrs.iter().any(|a| attr_name(a) == Some(name))
}

/// `#[name = "value"]`.
pub(crate) fn attr_value(attrs: &[Attribute], name: &str) -> Option<(Symbol, Span)> {
    attrs.iter().filter(|a| attr_name(a) == Some(name)).find_map(|a| match a.args.as_slice() {
        [eq, lit] if eq.kind == TokenKind::Punct("=") => match &lit.kind {
            TokenKind::Literal(l) => match l.kind {
                LitKind::Str(s) => Some((s, lit.span)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    })
}

/// `#[rustc_on_unimplemented(message = "...", label = "...")]`.
pub(crate) fn on_unimplemented(attrs: &[Attribute]) -> Option<crate::hir::OnUnimplemented> {
    let a = attrs.iter().find(|a| attr_name(a) == Some("rustc_on_unimplemented"))?;
    let tts = trees(&a.args);
    let Some(Tt::Group { tts: inner, .. }) = tts.first() else {
        return None;
    };
    let mut on = crate::hir::OnUnimplemented::default();
    for part in inner.split(|t| t.is_punct(",")) {
        let [key, eq, value] = part else {
            continue;
        };
        let (Some(TokenKind::Ident(key)), Some(TokenKind::Literal(lit))) = (key.kind(), value.kind()) else {
            continue;
        };
        let LitKind::Str(text) = lit.kind else {
            continue;
        };
        if !eq.is_punct("=") {
            continue;
        }
        match unmarked(key.as_str()) {
            "message" => on.message = Some(text.as_str().to_string()),
            "label" => on.label = Some(text.as_str().to_string()),
            _ => {}
        }
    }
    Some(on)
}

/// The trait names of every `#[derive(...)]`, in order (last path segment).
pub(crate) fn derives(attrs: &[Attribute], plain: &dyn Fn(Symbol) -> Symbol) -> Vec<(Symbol, Span)> {
    let mut out = Vec::new();
    for a in attrs.iter().filter(|a| attr_name(a) == Some("derive")) {
        let tts = trees(&a.args);
        let Some(Tt::Group { tts: inner, .. }) = tts.first() else {
            continue;
        };
        for part in inner.split(|t| t.is_punct(",")) {
            if let Some(Tt::Token(t)) = part.iter().rev().find(|t| matches!(t.kind(), Some(TokenKind::Ident(_)))) {
                if let TokenKind::Ident(s) = t.kind {
                    let lo = part.first().map_or(t.span, Tt::span);
                    out.push((plain(s), lo.to(t.span)));
                }
            }
        }
    }
    out
}

/// Every `#[repr(...)]` on a type, merged. Hints ferrum does not know are
/// ignored, as they only constrain layout further.
pub(crate) fn repr(attrs: &[Attribute]) -> Repr {
    let mut repr = Repr::default();
    for a in attrs.iter().filter(|a| attr_name(a) == Some("repr")) {
        let tts = trees(&a.args);
        let Some(Tt::Group { tts: inner, .. }) = tts.first() else {
            continue;
        };
        for part in inner.split(|t| t.is_punct(",")) {
            let Some(TokenKind::Ident(name)) = part.first().and_then(Tt::kind) else {
                continue;
            };
            match unmarked(name.as_str()) {
                "C" => repr.c = true,
                "align" => repr.align = repr.align.max(paren_int(&part[1..])),
                "packed" => repr.packed = Some(a.span),
                other => repr.int = PrimTy::from_name(other).filter(PrimTy::is_integer).or(repr.int),
            }
        }
    }
    repr
}

/// The integer in `(N)`.
fn paren_int(tts: &[Tt]) -> Option<u64> {
    let [Tt::Group { delim: Delim::Paren, tts: inner, .. }] = tts else {
        return None;
    };
    match inner.first().and_then(Tt::kind) {
        Some(TokenKind::Literal(l)) => match l.kind {
            LitKind::Int(n) => u64::try_from(n).ok(),
            _ => None,
        },
        _ => None,
    }
}

/// Whether every `#[cfg(...)]` on the item holds.
pub(crate) fn cfg_enabled(attrs: &[Attribute], opts: &Options) -> bool {
    attrs.iter().filter(|a| attr_name(a) == Some("cfg")).all(|a| {
        let tts = trees(&a.args);
        match tts.first() {
            Some(Tt::Group { delim: Delim::Paren, tts: inner, .. }) => eval_list(inner, opts, true),
            _ => true,
        }
    })
}

/// Evaluates comma-separated predicates, combined with `all` (true) or `any` (false).
fn eval_list(tts: &[Tt], opts: &Options, all: bool) -> bool {
    let mut parts = tts.split(|t| t.is_punct(",")).filter(|p| !p.is_empty());
    if all {
        parts.all(|p| eval(p, opts))
    } else {
        parts.any(|p| eval(p, opts))
    }
}

fn eval(tts: &[Tt], opts: &Options) -> bool {
    let Some(TokenKind::Ident(name)) = tts.first().and_then(Tt::kind) else {
        return false;
    };
    let name = unmarked(name.as_str());
    match (name, tts.get(1)) {
        ("all", Some(Tt::Group { tts: inner, .. })) => eval_list(inner, opts, true),
        ("any", Some(Tt::Group { tts: inner, .. })) => eval_list(inner, opts, false),
        ("not", Some(Tt::Group { tts: inner, .. })) => !eval_list(inner, opts, true),
        (_, Some(eq)) if eq.is_punct("=") => {
            let value = match tts.get(2).and_then(Tt::kind) {
                Some(TokenKind::Literal(l)) => match l.kind {
                    LitKind::Str(s) => s.as_str(),
                    _ => return false,
                },
                _ => return false,
            };
            key_value(name, value)
        }
        (_, None) => flag(name, opts),
        _ => false,
    }
}

fn flag(name: &str, opts: &Options) -> bool {
    match name {
        "test" => opts.cfg_test,
        "debug_assertions" => opts.debug_assertions,
        "unix" => true,
        _ => false,
    }
}

fn key_value(key: &str, value: &str) -> bool {
    matches!(
        (key, value),
        ("target_os", "linux")
            | ("target_family", "unix")
            | ("target_pointer_width", "64")
            | ("target_endian", "little")
    )
}

/// A trait method declared `#[track_caller]` makes every impl's method
/// track its caller too, as in rustc (`Index::index` reports the `a[i]`
/// that failed, not the `panic!` inside a user's impl).
pub(crate) fn inherit_track_caller(krate: &mut crate::hir::Crate) {
    use crate::hir::{DefKind, Res};
    let mut inherit = Vec::new();
    for (_, def) in krate.defs.iter() {
        let DefKind::Impl(imp) = &def.kind else { continue };
        let Some(Res::Def(trait_)) = imp.trait_.as_ref().map(|t| t.trait_) else { continue };
        let DefKind::Trait(t) = &krate.defs[trait_].kind else { continue };
        let tracked = |m: &crate::hir::DefId| matches!(&krate.defs[*m].kind, DefKind::Fn(f) if f.track_caller);
        for &decl in t.items.iter().filter(|m| tracked(m)) {
            let name = krate.defs[decl].name;
            inherit.extend(imp.items.iter().copied().filter(|&i| krate.defs[i].name == name));
        }
    }
    for item in inherit {
        if let DefKind::Fn(f) = &mut krate.defs[item].kind {
            f.track_caller = true;
        }
    }
}
