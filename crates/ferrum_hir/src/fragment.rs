//! Macro fragment specifiers and how many token trees each one takes.
//!
//! rustc's follow-set rules restrict what may come after a fragment in a
//! matcher (after `expr`/`stmt` only `=>`, `,` and `;`; after `ty`/`path`
//! also `=`, `|`, `:`, `>`, `[`, `{`, `as`, `where`; after `pat` also `=`,
//! `if`, `in`), so scanning to the first such token at the top level finds
//! the fragment's end without parsing it.

use crate::tokens::Tt;
use ferrum_span::Symbol;
use ferrum_syntax::ast::{Delim, LitKind, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frag {
    Expr,
    Ident,
    Ty,
    Tt,
    Pat,
    PatParam,
    Literal,
    Block,
    Stmt,
    Path,
    Lifetime,
    Vis,
    Item,
    Meta,
}

impl Frag {
    pub(crate) fn from_name(s: &str) -> Option<Frag> {
        Some(match s {
            "expr" | "expr_2021" => Frag::Expr,
            "ident" => Frag::Ident,
            "ty" => Frag::Ty,
            "tt" => Frag::Tt,
            "pat" => Frag::Pat,
            "pat_param" => Frag::PatParam,
            "literal" => Frag::Literal,
            "block" => Frag::Block,
            "stmt" => Frag::Stmt,
            "path" => Frag::Path,
            "lifetime" => Frag::Lifetime,
            "vis" => Frag::Vis,
            "item" => Frag::Item,
            "meta" => Frag::Meta,
            _ => return None,
        })
    }
}

type Plain<'a> = &'a dyn Fn(Symbol) -> Symbol;

/// Candidate lengths (in trees) of a `frag` fragment at the start of `tts`;
/// empty when it cannot start here.
pub(crate) fn fragment_lengths(frag: Frag, tts: &[Tt], plain: Plain<'_>) -> Vec<usize> {
    let n = match frag {
        Frag::Tt => usize::from(!tts.is_empty()),
        Frag::Ident => usize::from(tts.first().and_then(|t| ident(t, plain)).is_some_and(|s| s != "_")),
        Frag::Lifetime => usize::from(matches!(tts.first().and_then(Tt::kind), Some(TokenKind::Lifetime(_)))),
        Frag::Block => usize::from(tts.first().is_some_and(|t| t.is_group(Delim::Brace))),
        Frag::Literal => literal_len(tts, plain),
        Frag::Vis => return vec![vis_len(tts, plain)],
        Frag::Expr | Frag::Stmt => expr_len(tts, plain),
        Frag::Ty => type_len(tts, plain),
        Frag::Path => path_len(tts, plain),
        Frag::Pat => until(tts, plain, &["=>", ",", "="], &["if", "in"]),
        Frag::PatParam => until(tts, plain, &["=>", ",", "=", "|"], &["if", "in"]),
        Frag::Item => item_len(tts, plain),
        Frag::Meta => meta_len(tts, plain),
    };
    if n == 0 {
        Vec::new()
    } else {
        vec![n]
    }
}

fn ident(t: &Tt, plain: Plain<'_>) -> Option<&'static str> {
    match t.kind()? {
        TokenKind::Ident(s) | TokenKind::RawIdent(s) => Some(plain(*s).as_str()),
        _ => None,
    }
}

fn is_word(t: &Tt, plain: Plain<'_>, words: &[&str]) -> bool {
    matches!(t.kind(), Some(TokenKind::Ident(s)) if words.contains(&plain(*s).as_str()))
}

fn literal_len(tts: &[Tt], plain: Plain<'_>) -> usize {
    let is_lit = |t: Option<&Tt>| match t.and_then(Tt::kind) {
        Some(TokenKind::Literal(l)) => !matches!(l.kind, LitKind::Err),
        Some(TokenKind::Ident(s)) => matches!(plain(*s).as_str(), "true" | "false"),
        _ => false,
    };
    if is_lit(tts.first()) {
        1
    } else if tts.first().is_some_and(|t| t.is_punct("-"))
        && matches!(tts.get(1).and_then(Tt::kind), Some(TokenKind::Literal(_)))
    {
        2
    } else {
        0
    }
}

fn vis_len(tts: &[Tt], plain: Plain<'_>) -> usize {
    match tts.first() {
        Some(t) if is_word(t, plain, &["pub"]) => {
            let restricted = matches!(tts.get(1), Some(Tt::Group { delim: Delim::Paren, tts: inner, .. })
                if inner.first().is_some_and(|t| is_word(t, plain, &["crate", "super", "self", "in"])));
            1 + usize::from(restricted)
        }
        _ => 0,
    }
}

/// Scans to the first top-level stop token (`puncts` or `words`).
fn until(tts: &[Tt], plain: Plain<'_>, puncts: &[&str], words: &[&str]) -> usize {
    tts.iter().position(|t| puncts.iter().any(|p| t.is_punct(p)) || is_word(t, plain, words)).unwrap_or(tts.len())
}

/// An expression ends at a top-level `,`, `;` or `=>`; commas inside
/// closure parameter lists and turbofish generic arguments do not count.
fn expr_len(tts: &[Tt], plain: Plain<'_>) -> usize {
    let mut i = 0;
    let mut angle = 0u32;
    while i < tts.len() {
        let t = &tts[i];
        if angle == 0 && (t.is_punct(",") || t.is_punct(";") || t.is_punct("=>")) {
            break;
        }
        if t.is_punct("|") && closure_position(tts, i, plain) {
            // Skip the parameter list up to the closing `|`.
            let close = tts[i + 1..].iter().position(|t| t.is_punct("|"));
            i += close.map_or(tts.len() - i, |c| c + 2);
            continue;
        }
        if t.is_punct("::") && tts.get(i + 1).is_some_and(|n| n.is_punct("<")) {
            angle += 1;
            i += 2;
            continue;
        }
        if angle > 0 {
            angle = angle.saturating_sub(closing_angles(t)).saturating_add(opening_angles(t));
        }
        i += 1;
    }
    i
}

fn closure_position(tts: &[Tt], i: usize, plain: Plain<'_>) -> bool {
    match i.checked_sub(1).map(|p| &tts[p]) {
        None => true,
        Some(prev) => {
            is_word(prev, plain, &["move", "return", "in"])
                || matches!(prev.kind(), Some(TokenKind::Punct(p)) if *p != "?")
        }
    }
}

fn opening_angles(t: &Tt) -> u32 {
    match t.kind() {
        Some(TokenKind::Punct("<")) => 1,
        Some(TokenKind::Punct("<<")) => 2,
        _ => 0,
    }
}

fn closing_angles(t: &Tt) -> u32 {
    match t.kind() {
        Some(TokenKind::Punct(">" | ">=")) => 1,
        Some(TokenKind::Punct(">>" | ">>=")) => 2,
        _ => 0,
    }
}

/// A type ends at a top-level `,`, `;`, `=>`, `=`, `|`, `:`, `>`, `{`, `as`
/// or `where`, or at a `[` group that does not start it.
fn type_len(tts: &[Tt], plain: Plain<'_>) -> usize {
    let mut angle = 0u32;
    for (i, t) in tts.iter().enumerate() {
        if angle == 0 {
            let stop = [",", ";", "=>", "=", "|", ":", ">", ">>", ">=", ">>="].iter().any(|p| t.is_punct(p))
                || t.is_group(Delim::Brace)
                || (i > 0 && t.is_group(Delim::Bracket))
                || is_word(t, plain, &["as", "where", "in"]);
            if stop {
                return i;
            }
        }
        angle = angle.saturating_sub(closing_angles(t)).saturating_add(opening_angles(t));
    }
    tts.len()
}

/// A path: `::`? segment (`::` segment)*, each segment an identifier with
/// optional generic arguments; `<T as Trait>::x` qualified paths too.
fn path_len(tts: &[Tt], plain: Plain<'_>) -> usize {
    let mut i = 0;
    let mut expect_segment = true;
    while i < tts.len() {
        let t = &tts[i];
        if t.is_punct("::") {
            expect_segment = true;
            i += 1;
            continue;
        }
        if t.is_punct("<") || t.is_punct("<<") {
            // Generic arguments (or a qualified-path prefix).
            let mut depth = 0u32;
            while i < tts.len() {
                depth = depth.saturating_add(opening_angles(&tts[i]));
                depth = depth.saturating_sub(closing_angles(&tts[i]));
                i += 1;
                if depth == 0 {
                    break;
                }
            }
            expect_segment = false;
            continue;
        }
        if expect_segment && ident(t, plain).is_some() {
            expect_segment = false;
            i += 1;
            continue;
        }
        break;
    }
    i
}

/// An item runs to a top-level `;`, or to its first top-level `{...}` group
/// unless it is a `use`/`const`/`static`/`type` item or has seen `=`.
fn item_len(tts: &[Tt], plain: Plain<'_>) -> usize {
    let mut semi_only = false;
    let mut i = 0;
    while i < tts.len() {
        let t = &tts[i];
        if t.is_punct("#") && tts.get(i + 1).is_some_and(|n| n.is_group(Delim::Bracket)) {
            i += 2;
            continue;
        }
        if is_word(t, plain, &["use", "const", "static", "type", "let"]) || t.is_punct("=") {
            semi_only = true;
        }
        if t.is_punct(";") {
            return i + 1;
        }
        if !semi_only && t.is_group(Delim::Brace) {
            return i + 1;
        }
        i += 1;
    }
    tts.len()
}

/// An attribute's content: a path, then a delimited group or `= expr`.
fn meta_len(tts: &[Tt], plain: Plain<'_>) -> usize {
    let n = path_len(tts, plain);
    if n == 0 {
        return 0;
    }
    match tts.get(n) {
        Some(Tt::Group { .. }) => n + 1,
        Some(t) if t.is_punct("=") => n + 1 + expr_len(&tts[n + 1..], plain),
        _ => n,
    }
}
