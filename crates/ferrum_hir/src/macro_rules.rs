//! `macro_rules!`: parsing a definition into rules, and matching a call's
//! tokens against a rule's matcher.
//!
//! Matching works on token trees with backtracking over repetitions.
//! Fragments (`$e:expr`, `$t:ty`, ...) are not parsed while matching: their
//! extent follows from rustc's follow-set rules (an `expr` ends at a
//! top-level `,`, `;` or `=>`; a `ty` at `,`, `=`, `;`, `{`, ...), see
//! [`crate::fragment`]. The matched tokens are parsed after
//! transcription, when the expansion is parsed as a whole.

use crate::fragment::{fragment_lengths, Frag};
use crate::hygiene::CrateKind;
use crate::tokens::{same_token, token_text, trees, Tt};
use ferrum_span::{Diagnostic, Diagnostics, Span, Symbol};
use ferrum_syntax::ast::{Delim, Token, TokenKind};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A parsed `macro_rules!` definition.
#[derive(Debug)]
pub(crate) struct MacroRules {
    pub name: Symbol,
    pub rules: Vec<Rule>,
    pub def_crate: CrateKind,
}

#[derive(Debug)]
pub(crate) struct Rule {
    pub matcher: Vec<Matcher>,
    /// Shared so that an expansion need not copy it.
    pub body: Rc<Vec<Tt>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RepOp {
    ZeroOrMore,
    OneOrMore,
    ZeroOrOne,
}

#[derive(Debug)]
pub(crate) enum Matcher {
    Token(TokenKind),
    Group(Delim, Vec<Matcher>),
    Frag { name: Symbol, frag: Frag },
    Rep { elems: Vec<Matcher>, sep: Option<TokenKind>, op: RepOp },
}

/// What a metavariable matched.
#[derive(Clone, Debug)]
pub(crate) enum Bound {
    Leaf { frag: Frag, tts: Vec<Tt> },
    Seq(Vec<Bound>),
}

pub(crate) type Bindings = FxHashMap<Symbol, Bound>;

/// Parses the body of `macro_rules! name { ... }`.
pub(crate) fn parse_macro_rules(
    name: Symbol,
    body: &[Token],
    def_crate: CrateKind,
    plain: &dyn Fn(Symbol) -> Symbol,
    diags: &mut Diagnostics,
) -> MacroRules {
    let tts = trees(body);
    let mut rules = Vec::new();
    let mut i = 0;
    while i < tts.len() {
        let (Some(Tt::Group { tts: lhs, .. }), Some(arrow), Some(Tt::Group { tts: rhs, .. })) =
            (tts.get(i), tts.get(i + 1), tts.get(i + 2))
        else {
            let at = tts[i].span();
            diags.push(
                Diagnostic::error("invalid macro matcher; matchers must be contained in balanced delimiters")
                    .primary(at, ""),
            );
            break;
        };
        if !arrow.is_punct("=>") {
            diags.push(Diagnostic::error("expected `=>`").primary(arrow.span(), "expected `=>`"));
            break;
        }
        match parse_matcher(lhs, plain) {
            Ok(matcher) => rules.push(Rule { matcher, body: Rc::new(rhs.clone()) }),
            Err((msg, at)) => diags.push(Diagnostic::error(msg).primary(at, "")),
        }
        i += 3;
        if tts.get(i).is_some_and(|t| t.is_punct(";")) {
            i += 1;
        }
    }
    MacroRules { name, rules, def_crate }
}

type PErr = (String, Span);

fn parse_matcher(tts: &[Tt], plain: &dyn Fn(Symbol) -> Symbol) -> Result<Vec<Matcher>, PErr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tts.len() {
        match &tts[i] {
            Tt::Group { delim, tts: inner, .. } => out.push(Matcher::Group(*delim, parse_matcher(inner, plain)?)),
            Tt::Token(t) if matches!(t.kind, TokenKind::Punct("$")) => match tts.get(i + 1) {
                Some(Tt::Group { delim: Delim::Paren, tts: inner, .. }) => {
                    let elems = parse_matcher(inner, plain)?;
                    let (sep, op, used) = parse_rep_op(&tts[i + 2..], tts[i + 1].span())?;
                    out.push(Matcher::Rep { elems, sep, op });
                    i += 1 + used;
                }
                Some(Tt::Token(Token { kind: TokenKind::Ident(n) | TokenKind::RawIdent(n), span })) => {
                    let name = *n;
                    let colon = tts.get(i + 2).filter(|t| t.is_punct(":"));
                    let kind = tts.get(i + 3).and_then(|t| match t.kind() {
                        Some(TokenKind::Ident(k)) => Some((plain(*k), t.span())),
                        _ => None,
                    });
                    let (Some(_), Some((kind, kspan))) = (colon, kind) else {
                        return Err(("missing fragment specifier".to_string(), *span));
                    };
                    let Some(frag) = Frag::from_name(kind.as_str()) else {
                        return Err((format!("invalid fragment specifier `{kind}`"), kspan));
                    };
                    out.push(Matcher::Frag { name, frag });
                    i += 3;
                }
                _ => out.push(Matcher::Token(t.kind.clone())),
            },
            Tt::Token(t) => out.push(Matcher::Token(t.kind.clone())),
        }
        i += 1;
    }
    Ok(out)
}

/// Parses `sep? op` after `$( ... )`; returns the separator, the operator
/// and the number of trees consumed after the group.
pub(crate) fn parse_rep_op(rest: &[Tt], at: Span) -> Result<(Option<TokenKind>, RepOp, usize), PErr> {
    let op_of = |t: Option<&Tt>| match t.and_then(|t| t.kind()) {
        Some(TokenKind::Punct("*")) => Some(RepOp::ZeroOrMore),
        Some(TokenKind::Punct("+")) => Some(RepOp::OneOrMore),
        Some(TokenKind::Punct("?")) => Some(RepOp::ZeroOrOne),
        _ => None,
    };
    if let Some(op) = op_of(rest.first()) {
        return Ok((None, op, 1));
    }
    match (rest.first(), op_of(rest.get(1))) {
        (Some(Tt::Token(sep)), Some(op)) if op != RepOp::ZeroOrOne => Ok((Some(sep.kind.clone()), op, 2)),
        _ => Err(("expected one of: `*`, `+`, or `?`".to_string(), at)),
    }
}

/// Matching state: the fuel bound keeps pathological matchers finite, and
/// the furthest failure position drives the "no rules expected" message.
pub(crate) struct MatchCx<'p> {
    pub plain: &'p dyn Fn(Symbol) -> Symbol,
    fuel: u32,
    /// The furthest input token a rule failed at (`None` = end of input).
    pub furthest: Option<(u32, Option<Token>)>,
}

const FUEL: u32 = 200_000;

impl<'p> MatchCx<'p> {
    pub(crate) fn new(plain: &'p dyn Fn(Symbol) -> Symbol) -> MatchCx<'p> {
        MatchCx { plain, fuel: FUEL, furthest: None }
    }

    pub(crate) fn out_of_fuel(&self) -> bool {
        self.fuel == 0
    }

    /// Matches the whole input against `ms`.
    pub(crate) fn match_all(&mut self, ms: &[Matcher], tts: &[Tt], end: Span) -> Option<Bindings> {
        self.ends(ms, tts, 0, Bindings::default(), end, Some(tts.len())).into_iter().next().map(|(_, b)| b)
    }

    fn fail(&mut self, tts: &[Tt], pos: usize, end: Span) {
        let (lo, tok) = match tts.get(pos) {
            Some(Tt::Token(t)) => (t.span.lo, Some(t.clone())),
            Some(g @ Tt::Group { delim, open, .. }) => {
                (g.span().lo, Some(Token { kind: TokenKind::OpenDelim(*delim), span: *open }))
            }
            None => (end.hi, None),
        };
        if self.furthest.as_ref().is_none_or(|(l, _)| lo >= *l) {
            self.furthest = Some((lo, tok));
        }
    }

    /// All ways `ms` can match a prefix of `tts[pos..]`: (end, bindings).
    /// With `must_end`, only matches ending exactly there are wanted, which
    /// prunes repetitions early (keeping `$($t:tt)*` linear).
    fn ends(
        &mut self,
        ms: &[Matcher],
        tts: &[Tt],
        pos: usize,
        binds: Bindings,
        end: Span,
        must_end: Option<usize>,
    ) -> Vec<(usize, Bindings)> {
        if self.fuel == 0 {
            return Vec::new();
        }
        self.fuel -= 1;
        let Some((first, rest)) = ms.split_first() else {
            if must_end.is_some_and(|m| m != pos) {
                self.fail(tts, pos, end);
                return Vec::new();
            }
            return vec![(pos, binds)];
        };
        match first {
            Matcher::Token(kind) => match tts.get(pos) {
                Some(Tt::Token(t)) if same_token(kind, &t.kind, self.plain) => {
                    self.ends(rest, tts, pos + 1, binds, end, must_end)
                }
                _ => {
                    self.fail(tts, pos, end);
                    Vec::new()
                }
            },
            Matcher::Group(delim, inner) => match tts.get(pos) {
                Some(Tt::Group { delim: d, tts: inner_tts, close, .. }) if d == delim => {
                    let mut out = Vec::new();
                    let inner_len = inner_tts.len();
                    for (_, b) in self.ends(inner, inner_tts, 0, binds, *close, Some(inner_len)) {
                        out.extend(self.ends(rest, tts, pos + 1, b, end, must_end));
                    }
                    out
                }
                _ => {
                    self.fail(tts, pos, end);
                    Vec::new()
                }
            },
            Matcher::Frag { name, frag } => {
                let lens = fragment_lengths(*frag, &tts[pos..], self.plain);
                if lens.is_empty() {
                    self.fail(tts, pos, end);
                }
                let mut out = Vec::new();
                for n in lens {
                    let mut b = binds.clone();
                    let leaf = Bound::Leaf { frag: *frag, tts: tts[pos..pos + n].to_vec() };
                    b.insert(*name, leaf);
                    out.extend(self.ends(rest, tts, pos + n, b, end, must_end));
                }
                out
            }
            Matcher::Rep { elems, sep, op } => self.rep(elems, sep.as_ref(), *op, rest, tts, pos, binds, end, must_end),
        }
    }

    /// A repetition followed by `rest`: iterations are explored depth-first
    /// (greedy first); stopping is tried only where `rest` can start.
    #[allow(clippy::too_many_arguments)]
    fn rep(
        &mut self,
        elems: &[Matcher],
        sep: Option<&TokenKind>,
        op: RepOp,
        rest: &[Matcher],
        tts: &[Tt],
        pos: usize,
        binds: Bindings,
        end: Span,
        must_end: Option<usize>,
    ) -> Vec<(usize, Bindings)> {
        let mut out = Vec::new();
        let mut frontier: Vec<(usize, Option<Rc<Iters>>)> = vec![(pos, None)];
        while let Some((p, iters)) = frontier.pop() {
            if self.fuel == 0 {
                break;
            }
            self.fuel -= 1;
            let count = iters.as_ref().map_or(0, |i| i.len);
            let may_stop = op != RepOp::OneOrMore || count > 0;
            let may_go = op != RepOp::ZeroOrOne || count == 0;
            if may_stop && self.rest_may_start(rest, tts, p, must_end) {
                let mut b = binds.clone();
                bind_seq(elems, &collect_iters(&iters), &mut b);
                out.extend(self.ends(rest, tts, p, b, end, must_end));
            }
            if !may_go {
                continue;
            }
            let mut start = p;
            if let (Some(s), true) = (sep, count > 0) {
                match tts.get(p) {
                    Some(Tt::Token(t)) if same_token(s, &t.kind, self.plain) => start = p + 1,
                    _ => continue,
                }
            }
            for (e, b) in self.ends(elems, tts, start, Bindings::default(), end, None) {
                if e > p {
                    let node = Iters { binds: b, prev: iters.clone(), len: count + 1 };
                    frontier.push((e, Some(Rc::new(node))));
                }
            }
        }
        out
    }

    /// A cheap test of whether `rest` could match at `p`.
    fn rest_may_start(&self, rest: &[Matcher], tts: &[Tt], p: usize, must_end: Option<usize>) -> bool {
        match rest.first() {
            None => must_end.is_none_or(|m| m == p),
            Some(Matcher::Token(kind)) => {
                matches!(tts.get(p), Some(Tt::Token(t)) if same_token(kind, &t.kind, self.plain))
            }
            Some(Matcher::Group(d, _)) => tts.get(p).is_some_and(|t| t.is_group(*d)),
            Some(_) => true,
        }
    }
}

/// The iterations of a repetition so far, newest first (shared between
/// the alternatives being explored).
struct Iters {
    binds: Bindings,
    prev: Option<Rc<Iters>>,
    len: usize,
}

impl Drop for Iters {
    /// Unlinks iteratively: a long repetition must not overflow the stack.
    fn drop(&mut self) {
        let mut next = self.prev.take();
        while let Some(rc) = next {
            match Rc::try_unwrap(rc) {
                Ok(mut node) => next = node.prev.take(),
                Err(_) => break,
            }
        }
    }
}

fn collect_iters(list: &Option<Rc<Iters>>) -> Vec<Bindings> {
    let mut out = Vec::new();
    let mut cur = list.as_deref();
    while let Some(node) = cur {
        out.push(node.binds.clone());
        cur = node.prev.as_deref();
    }
    out.reverse();
    out
}

/// Binds every metavariable of a repetition to the sequence of its matches.
fn bind_seq(elems: &[Matcher], iters: &[Bindings], out: &mut Bindings) {
    let mut names = Vec::new();
    collect_names(elems, &mut names);
    for name in names {
        let seq = iters.iter().map(|b| b.get(&name).cloned().unwrap_or(Bound::Seq(Vec::new()))).collect();
        out.insert(name, Bound::Seq(seq));
    }
}

fn collect_names(ms: &[Matcher], out: &mut Vec<Symbol>) {
    for m in ms {
        match m {
            Matcher::Frag { name, .. } => out.push(*name),
            Matcher::Group(_, inner) | Matcher::Rep { elems: inner, .. } => collect_names(inner, out),
            Matcher::Token(_) => {}
        }
    }
}

/// The "no rules expected ..." error for a call that matched no rule.
pub(crate) fn no_match_error(name: Symbol, cx: &MatchCx<'_>, call: Span) -> Diagnostic {
    if cx.out_of_fuel() {
        return Diagnostic::error(format!("macro `{name}` is too complex to match")).primary(call, "");
    }
    match &cx.furthest {
        Some((_, Some(tok))) => {
            let text = token_text(&tok.kind, cx.plain);
            Diagnostic::error(format!("no rules expected `{text}`"))
                .primary(tok.span, "no rules expected this token in macro call")
                .secondary(call, format!("when calling macro `{name}`"))
        }
        _ => Diagnostic::error("unexpected end of macro invocation")
            .primary(Span { lo: call.hi.saturating_sub(1).max(call.lo), ..call }, "missing tokens in macro arguments")
            .note(format!("while trying to match a rule of macro `{name}`")),
    }
}

#[cfg(test)]
mod tests;
