//! Token trees over the parser's flat tokens, and printing tokens back to
//! text (for `stringify!`, `assert!` messages and macro error messages).

use ferrum_span::Span;
use ferrum_syntax::ast::{Delim, Lit, LitKind, Token, TokenKind};

/// A token or a delimited group of token trees.
#[derive(Clone, Debug)]
pub(crate) enum Tt {
    Token(Token),
    Group { delim: Delim, open: Span, close: Span, tts: Vec<Tt> },
}

impl Tt {
    pub(crate) fn span(&self) -> Span {
        match self {
            Tt::Token(t) => t.span,
            Tt::Group { open, close, .. } => open.to(*close),
        }
    }

    pub(crate) fn kind(&self) -> Option<&TokenKind> {
        match self {
            Tt::Token(t) => Some(&t.kind),
            Tt::Group { .. } => None,
        }
    }

    pub(crate) fn is_punct(&self, p: &str) -> bool {
        matches!(self.kind(), Some(TokenKind::Punct(q)) if *q == p)
    }

    pub(crate) fn is_group(&self, d: Delim) -> bool {
        matches!(self, Tt::Group { delim, .. } if *delim == d)
    }
}

/// Builds trees from flat tokens; `Eof` is dropped and unbalanced
/// delimiters (already reported by the lexer) are tolerated.
pub(crate) fn trees(tokens: &[Token]) -> Vec<Tt> {
    let mut stack: Vec<(Delim, Span, Vec<Tt>)> = Vec::new();
    let mut out = Vec::new();
    for t in tokens {
        match &t.kind {
            TokenKind::Eof => {}
            TokenKind::OpenDelim(d) => stack.push((*d, t.span, std::mem::take(&mut out))),
            TokenKind::CloseDelim(_) => {
                if let Some((delim, open, outer)) = stack.pop() {
                    let tts = std::mem::replace(&mut out, outer);
                    out.push(Tt::Group { delim, open, close: t.span, tts });
                }
            }
            _ => out.push(Tt::Token(t.clone())),
        }
    }
    while let Some((delim, open, outer)) = stack.pop() {
        let tts = std::mem::replace(&mut out, outer);
        out.push(Tt::Group { delim, open, close: open, tts });
    }
    out
}

/// Appends the flat tokens of `tts` to `out`.
pub(crate) fn flatten(tts: &[Tt], out: &mut Vec<Token>) {
    for tt in tts {
        match tt {
            Tt::Token(t) => out.push(t.clone()),
            Tt::Group { delim, open, close, tts } => {
                out.push(Token { kind: TokenKind::OpenDelim(*delim), span: *open });
                flatten(tts, out);
                out.push(Token { kind: TokenKind::CloseDelim(*delim), span: *close });
            }
        }
    }
}

/// Whether two tokens are the same for macro matching (spans ignored);
/// identifiers are compared through `plain` so hygiene marks do not matter.
pub(crate) fn same_token(
    a: &TokenKind,
    b: &TokenKind,
    plain: &dyn Fn(ferrum_span::Symbol) -> ferrum_span::Symbol,
) -> bool {
    match (a, b) {
        (TokenKind::Ident(x) | TokenKind::RawIdent(x), TokenKind::Ident(y) | TokenKind::RawIdent(y)) => {
            plain(*x) == plain(*y)
        }
        (TokenKind::Literal(x), TokenKind::Literal(y)) => x.kind == y.kind && x.suffix == y.suffix,
        _ => a == b,
    }
}

/// The text of one token, as rustc prints it in messages.
pub(crate) fn token_text(kind: &TokenKind, plain: &dyn Fn(ferrum_span::Symbol) -> ferrum_span::Symbol) -> String {
    match kind {
        TokenKind::Ident(s) => plain(*s).as_str().to_string(),
        TokenKind::RawIdent(s) => format!("r#{}", plain(*s)),
        TokenKind::Lifetime(s) => s.as_str().to_string(),
        TokenKind::Literal(l) => lit_text(l),
        TokenKind::Punct(p) => p.to_string(),
        TokenKind::OpenDelim(d) => open_text(*d).to_string(),
        TokenKind::CloseDelim(d) => close_text(*d).to_string(),
        TokenKind::Eof => String::new(),
    }
}

pub(crate) fn open_text(d: Delim) -> &'static str {
    match d {
        Delim::Paren => "(",
        Delim::Bracket => "[",
        Delim::Brace => "{",
    }
}

pub(crate) fn close_text(d: Delim) -> &'static str {
    match d {
        Delim::Paren => ")",
        Delim::Bracket => "]",
        Delim::Brace => "}",
    }
}

/// A literal's text rebuilt from its value.
pub(crate) fn lit_text(l: &Lit) -> String {
    let suffix = l.suffix.map_or("", |s| s.as_str());
    match &l.kind {
        LitKind::Bool(b) => b.to_string(),
        LitKind::Int(v) => format!("{v}{suffix}"),
        LitKind::Float(s) => format!("{s}{suffix}"),
        LitKind::Char(c) => format!("'{}'", c.escape_debug()),
        LitKind::Byte(b) => format!("b'{}'", std::ascii::escape_default(*b)),
        LitKind::Str(s) => format!("\"{}\"", s.as_str().escape_debug()),
        LitKind::ByteStr(bytes) => {
            let inner: String = bytes.iter().map(|b| std::ascii::escape_default(*b).to_string()).collect();
            format!("b\"{inner}\"")
        }
        LitKind::Err => "<error>".to_string(),
    }
}

/// Prints tokens as `stringify!` does: where two tokens are adjacent in the
/// source they stay adjacent, otherwise one space separates them; tokens
/// without usable positions (from macro bodies) use a spacing heuristic.
pub(crate) fn tokens_to_string(tokens: &[Token], plain: &dyn Fn(ferrum_span::Symbol) -> ferrum_span::Symbol) -> String {
    print_tokens(tokens, plain, false)
}

/// [`tokens_to_string`] showing the parentheses around `expr` fragments
/// (how transcription groups them; for tests of transcription).
#[cfg(test)]
pub(crate) fn tokens_to_string_grouped(
    tokens: &[Token],
    plain: &dyn Fn(ferrum_span::Symbol) -> ferrum_span::Symbol,
) -> String {
    print_tokens(tokens, plain, true)
}

fn print_tokens(
    tokens: &[Token],
    plain: &dyn Fn(ferrum_span::Symbol) -> ferrum_span::Symbol,
    fragment_parens: bool,
) -> String {
    let mut out = String::new();
    let mut prev: Option<&Token> = None;
    for t in tokens {
        if matches!(t.kind, TokenKind::Eof) || (!fragment_parens && is_fragment_paren(t)) {
            continue;
        }
        if let Some(p) = prev {
            let by_source =
                p.span.file == t.span.file && !p.span.is_dummy() && p.span.lo < t.span.lo && p.span.hi <= t.span.lo;
            let space = if by_source { p.span.hi < t.span.lo } else { space_between(&p.kind, &t.kind) };
            if space {
                out.push(' ');
            }
        }
        out.push_str(&token_text(&t.kind, plain));
        prev = Some(t);
    }
    out
}

/// The parentheses transcription wraps a multi-token `expr` fragment in
/// (zero-width, unlike any written parenthesis): rustc's fragments are
/// invisible groups, so `stringify!($e)` prints the expression alone.
fn is_fragment_paren(t: &Token) -> bool {
    matches!(t.kind, TokenKind::OpenDelim(Delim::Paren) | TokenKind::CloseDelim(Delim::Paren))
        && !t.span.is_dummy()
        && t.span.lo == t.span.hi
}

fn space_between(prev: &TokenKind, next: &TokenKind) -> bool {
    use TokenKind::*;
    !matches!(
        (prev, next),
        (OpenDelim(_), _)
            | (_, CloseDelim(_))
            | (_, Punct("," | ";" | "." | "?" | ":"))
            | (Punct("." | "::" | "&" | "!" | "#" | "$"), _)
            | (_, Punct("::"))
            | (Ident(_) | RawIdent(_) | CloseDelim(_), OpenDelim(Delim::Paren | Delim::Bracket))
            | (Ident(_) | RawIdent(_), Punct("!"))
    )
}
