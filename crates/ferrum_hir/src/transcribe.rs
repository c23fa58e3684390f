//! `macro_rules!` transcription: substituting matched fragments into a
//! rule's body, expanding `$(...)` repetitions, and marking the body's own
//! tokens for hygiene.
//!
//! Tokens written in the macro body get the call site's span (so a panic
//! or overflow inside an expansion reports the outermost call, as rustc
//! does) and their identifiers the expansion's [`Mark`]. Tokens passed in
//! by the caller keep their spans and marks. A multi-token `expr` fragment
//! is wrapped in parentheses so that `$e * 2` keeps `$e`'s grouping.

use crate::fragment::Frag;
use crate::hygiene::{Hygiene, Mark};
use crate::macro_rules::{parse_rep_op, Bindings, Bound, RepOp};
use crate::tokens::{flatten, Tt};
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{Delim, Token, TokenKind};

/// The most tokens one expansion may produce.
const MAX_OUTPUT: usize = 1_000_000;

pub(crate) struct Transcriber<'h> {
    pub hygiene: &'h mut Hygiene,
    pub mark: Mark,
    pub call_site: Span,
    pub binds: &'h Bindings,
}

type TResult<T> = Result<T, Diagnostic>;

impl Transcriber<'_> {
    /// Transcribes `body`, returning flat tokens.
    pub(crate) fn run(&mut self, body: &[Tt]) -> TResult<Vec<Token>> {
        // Expansions are mostly a few hundred tokens or more: start there
        // rather than grow from empty.
        let mut out = Vec::with_capacity(512);
        self.seq(body, &mut Vec::new(), &mut out)?;
        Ok(out)
    }

    fn seq(&mut self, tts: &[Tt], idx: &mut Vec<usize>, out: &mut Vec<Token>) -> TResult<()> {
        if out.len() > MAX_OUTPUT {
            return Err(self.error("macro expansion is too large"));
        }
        let mut i = 0;
        while i < tts.len() {
            match &tts[i] {
                Tt::Group { delim, tts: inner, .. } => {
                    out.push(self.body_token(TokenKind::OpenDelim(*delim)));
                    self.seq(inner, idx, out)?;
                    out.push(self.body_token(TokenKind::CloseDelim(*delim)));
                }
                Tt::Token(t) if t.kind == TokenKind::Punct("$") => match tts.get(i + 1) {
                    Some(Tt::Group { delim: Delim::Paren, tts: inner, .. }) => {
                        let (sep, op, used) =
                            parse_rep_op(&tts[i + 2..], tts[i + 1].span()).map_err(|(m, _)| self.error(m))?;
                        self.repetition(inner, sep, op, idx, out)?;
                        i += 1 + used;
                    }
                    Some(Tt::Token(Token { kind: TokenKind::Ident(n), .. }))
                        if self.hygiene.strip(*n).as_str() == "crate" =>
                    {
                        let sym = self.hygiene.tag(Symbol::intern("$crate"), self.mark);
                        out.push(Token { kind: TokenKind::Ident(sym), span: self.call_site });
                        i += 1;
                    }
                    Some(Tt::Token(Token { kind: TokenKind::Ident(n) | TokenKind::RawIdent(n), .. }))
                        if self.binds.contains_key(n) =>
                    {
                        self.var(*n, idx, out)?;
                        i += 1;
                    }
                    _ => out.push(self.body_token(t.kind.clone())),
                },
                Tt::Token(t) => {
                    let tok = self.body_token(t.kind.clone());
                    out.push(tok);
                }
            }
            i += 1;
        }
        Ok(())
    }

    /// A token written in the macro body: call-site span, marked identifiers.
    fn body_token(&mut self, kind: TokenKind) -> Token {
        let kind = match kind {
            TokenKind::Ident(s) => TokenKind::Ident(self.hygiene.tag(s, self.mark)),
            TokenKind::RawIdent(s) => TokenKind::RawIdent(self.hygiene.tag(s, self.mark)),
            k => k,
        };
        Token { kind, span: self.call_site }
    }

    fn error(&self, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::error(msg).primary(self.call_site, "")
    }

    fn lookup(&self, name: Symbol, idx: &[usize]) -> TResult<&Bound> {
        lookup(self.binds, name, idx)
            .ok_or_else(|| self.error(format!("variable `{name}` repeats fewer times than expected")))
    }

    fn var(&mut self, name: Symbol, idx: &[usize], out: &mut Vec<Token>) -> TResult<()> {
        let binds = self.binds;
        let (frag, tts) = match lookup(binds, name, idx) {
            Some(Bound::Leaf { frag, tts }) => (*frag, tts),
            Some(Bound::Seq(_)) => {
                let name = self.hygiene.strip(name);
                return Err(self.error(format!("variable `{name}` is still repeating at this depth")));
            }
            None => return Err(self.error(format!("variable `{name}` repeats fewer times than expected"))),
        };
        let wrap = frag == Frag::Expr && !(tts.len() == 1 && is_atom(&tts[0]));
        if wrap {
            let span = tts.first().map_or(self.call_site, |f| f.span().to(tts.last().map_or(f.span(), Tt::span)));
            out.push(Token { kind: TokenKind::OpenDelim(Delim::Paren), span: span.shrink_to_lo() });
            flatten(tts, out);
            out.push(Token { kind: TokenKind::CloseDelim(Delim::Paren), span: span.shrink_to_hi() });
        } else {
            flatten(tts, out);
        }
        Ok(())
    }

    fn repetition(
        &mut self,
        body: &[Tt],
        sep: Option<TokenKind>,
        op: RepOp,
        idx: &mut Vec<usize>,
        out: &mut Vec<Token>,
    ) -> TResult<()> {
        let mut names = Vec::new();
        vars_in(body, &mut names);
        let mut count: Option<(Symbol, usize)> = None;
        for name in names {
            if !self.binds.contains_key(&name) {
                continue;
            }
            if let Bound::Seq(items) = self.lookup(name, idx)? {
                match count {
                    None => count = Some((name, items.len())),
                    Some((other, n)) if n != items.len() => {
                        let (a, b) = (self.hygiene.strip(other), self.hygiene.strip(name));
                        return Err(self.error(format!(
                            "meta-variable `{a}` repeats {n} times, but `{b}` repeats {} times",
                            items.len()
                        )));
                    }
                    Some(_) => {}
                }
            }
        }
        let Some((_, n)) = count else {
            return Err(self.error(
                "attempted to repeat an expression containing no syntax variables matched as repeating at this depth",
            ));
        };
        if op == RepOp::OneOrMore && n == 0 {
            return Ok(());
        }
        for i in 0..n {
            if i > 0 {
                if let Some(sep) = &sep {
                    out.push(self.body_token(sep.clone()));
                }
            }
            idx.push(i);
            let r = self.seq(body, idx, out);
            idx.pop();
            r?;
        }
        Ok(())
    }
}

/// The binding of `name` at repetition indices `idx` (a leaf bound outside
/// a repetition is found at any depth).
fn lookup<'b>(binds: &'b Bindings, name: Symbol, idx: &[usize]) -> Option<&'b Bound> {
    let mut b = binds.get(&name)?;
    for &i in idx {
        match b {
            Bound::Seq(items) => b = items.get(i)?,
            Bound::Leaf { .. } => break,
        }
    }
    Some(b)
}

fn is_atom(t: &Tt) -> bool {
    matches!(t, Tt::Group { .. })
        || matches!(t.kind(), Some(TokenKind::Ident(_) | TokenKind::RawIdent(_) | TokenKind::Literal(_)))
}

/// Metavariable names used (`$name`) anywhere in `tts`.
fn vars_in(tts: &[Tt], out: &mut Vec<Symbol>) {
    for (i, t) in tts.iter().enumerate() {
        match t {
            Tt::Group { tts: inner, .. } => vars_in(inner, out),
            Tt::Token(tok) if tok.kind == TokenKind::Punct("$") => {
                if let Some(TokenKind::Ident(n) | TokenKind::RawIdent(n)) = tts.get(i + 1).and_then(Tt::kind) {
                    out.push(*n);
                }
            }
            Tt::Token(_) => {}
        }
    }
}
