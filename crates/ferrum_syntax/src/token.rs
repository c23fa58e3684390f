//! The parser's compact tokens. [`ast::Token`](crate::ast::Token) carries
//! its literal inline and is 80 bytes; the parser's [`Tok`] is half that
//! and refers to literals in a side table, so a large file's token list
//! stays small. Conversions both ways serve `lex`, macro token streams and
//! the fragment parsers.

use crate::ast::{Delim, Lit, Token, TokenKind};
use crate::lexer::Lexer;
use ferrum_span::{Span, Symbol};

/// A token kind; literals are indices into [`Tokens::lits`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Tk {
    Ident(Symbol),
    RawIdent(Symbol),
    Lifetime(Symbol),
    Literal(u32),
    Punct(&'static str),
    OpenDelim(Delim),
    CloseDelim(Delim),
    Eof,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub kind: Tk,
    pub span: Span,
}

/// A token list and the literals its tokens refer to.
#[derive(Default, Debug, Clone)]
pub(crate) struct Tokens {
    pub toks: Vec<Tok>,
    pub lits: Vec<Lit>,
}

impl Tokens {
    pub(crate) fn push_lit(&mut self, lit: Lit, span: Span) {
        let index = self.lits.len() as u32;
        self.lits.push(lit);
        self.toks.push(Tok { kind: Tk::Literal(index), span });
    }

    pub(crate) fn from_ast(tokens: &[Token]) -> Tokens {
        let mut out = Tokens { toks: Vec::with_capacity(tokens.len()), lits: Vec::new() };
        for t in tokens {
            let kind = match &t.kind {
                TokenKind::Ident(s) => Tk::Ident(*s),
                TokenKind::RawIdent(s) => Tk::RawIdent(*s),
                TokenKind::Lifetime(s) => Tk::Lifetime(*s),
                TokenKind::Punct(p) => Tk::Punct(p),
                TokenKind::OpenDelim(d) => Tk::OpenDelim(*d),
                TokenKind::CloseDelim(d) => Tk::CloseDelim(*d),
                TokenKind::Eof => Tk::Eof,
                TokenKind::Literal(lit) => {
                    out.push_lit(lit.clone(), t.span);
                    continue;
                }
            };
            out.toks.push(Tok { kind, span: t.span });
        }
        out
    }

    /// The `ast` form of some of these tokens (a slice of `self.toks`).
    pub(crate) fn to_ast(toks: &[Tok], lits: &[Lit]) -> Vec<Token> {
        toks.iter().map(|t| to_ast(t, lits)).collect()
    }
}

/// Where the parser's tokens come from: the streaming lexer (whole files)
/// or a token list (macro arguments).
pub(crate) enum Source<'t> {
    Lexer(Box<Lexer<'t>>),
    List { tokens: Tokens, pos: usize, end: Span },
}

impl Source<'_> {
    /// The next token; `Eof` (repeatedly) at the end.
    pub(crate) fn next(&mut self) -> Tok {
        match self {
            Source::Lexer(lexer) => lexer.next_token(),
            Source::List { tokens, pos, end } => match tokens.toks.get(*pos) {
                Some(t) if t.kind != Tk::Eof => {
                    *pos += 1;
                    *t
                }
                _ => Tok { kind: Tk::Eof, span: *end },
            },
        }
    }

    pub(crate) fn lits(&self) -> &[Lit] {
        match self {
            Source::Lexer(lexer) => lexer.lits(),
            Source::List { tokens, .. } => &tokens.lits,
        }
    }
}

pub(crate) fn to_ast(t: &Tok, lits: &[Lit]) -> Token {
    let kind = match t.kind {
        Tk::Ident(s) => TokenKind::Ident(s),
        Tk::RawIdent(s) => TokenKind::RawIdent(s),
        Tk::Lifetime(s) => TokenKind::Lifetime(s),
        Tk::Punct(p) => TokenKind::Punct(p),
        Tk::OpenDelim(d) => TokenKind::OpenDelim(d),
        Tk::CloseDelim(d) => TokenKind::CloseDelim(d),
        Tk::Eof => TokenKind::Eof,
        Tk::Literal(i) => match lits.get(i as usize) {
            Some(lit) => TokenKind::Literal(lit.clone()),
            None => TokenKind::Eof,
        },
    };
    Token { kind, span: t.span }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_stay_small() {
        assert!(std::mem::size_of::<super::Tok>() <= 40);
    }
}
