//! The lexer: rustc's own `rustc_lexer` splits the text; this module turns
//! its raw tokens into [`Token`]s (interned identifiers, decoded literals,
//! glued punctuation), drops whitespace and comments, and reports lexical
//! errors and unbalanced delimiters.

mod delims;
pub(crate) use delims::{close_str, open_str};
mod escape;
mod literal;

use crate::ast::{Delim, Token, TokenKind};
use ferrum_span::{Diagnostic, Diagnostics, FileId, Span, Symbol};
use ra_ap_rustc_lexer as rustc_lexer;
use rustc_hash::FxHashMap;
use rustc_lexer::{FrontmatterAllowed, TokenKind as Raw};

/// The result of lexing one text.
pub(crate) struct Lexed {
    pub tokens: Vec<Token>,
    /// False when delimiters are unbalanced (already reported).
    pub balanced: bool,
}

/// Lexes a whole file; the token list always ends with `Eof`.
pub(crate) fn lex_file(file: FileId, text: &str, diags: &mut Diagnostics) -> Lexed {
    if text.len() >= u32::MAX as usize {
        diags.push(Diagnostic::error("source file is too large (4 GiB or more)"));
        return Lexed { tokens: vec![Token { kind: TokenKind::Eof, span: Span::new(file, 0, 0) }], balanced: true };
    }
    let mut lexer = Lexer {
        file,
        text,
        diags,
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        symbols: FxHashMap::default(),
        fatal: false,
    };
    let start = rustc_lexer::strip_shebang(text).unwrap_or(0);
    lexer.run(start);
    let end = text.len() as u32;
    lexer.tokens.push(Token { kind: TokenKind::Eof, span: Span::new(file, end, end) });
    // After an unterminated literal or comment the rest of the file is
    // swallowed; delimiter and parse errors would only be consequences.
    let balanced = !lexer.fatal && delims::check(&lexer.tokens, lexer.diags);
    Lexed { tokens: lexer.tokens, balanced }
}

pub(crate) struct Lexer<'a> {
    pub file: FileId,
    pub text: &'a str,
    pub diags: &'a mut Diagnostics,
    tokens: Vec<Token>,
    /// Interning through a local map avoids the global interner's lock for
    /// repeated names.
    symbols: FxHashMap<&'a str, Symbol>,
    /// An unterminated literal or comment swallowed the rest of the text.
    pub fatal: bool,
}

impl<'a> Lexer<'a> {
    fn run(&mut self, start: usize) {
        let mut pos = start;
        for raw in rustc_lexer::tokenize(&self.text[start..], FrontmatterAllowed::No) {
            let lo = pos;
            pos += raw.len as usize;
            self.token(raw.kind, lo, pos);
        }
    }

    pub(crate) fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(self.file, lo as u32, hi as u32)
    }

    pub(crate) fn intern(&mut self, text: &'a str) -> Symbol {
        *self.symbols.entry(text).or_insert_with(|| Symbol::intern(text))
    }

    pub(crate) fn error(&mut self, msg: impl Into<String>, lo: usize, hi: usize, label: &str) {
        let span = self.span(lo, hi);
        self.diags.push(Diagnostic::error(msg).primary(span, label));
    }

    fn push(&mut self, kind: TokenKind, lo: usize, hi: usize) {
        let span = self.span(lo, hi);
        self.tokens.push(Token { kind, span });
    }

    fn token(&mut self, kind: Raw, lo: usize, hi: usize) {
        let text = &self.text[lo..hi];
        match kind {
            Raw::Whitespace | Raw::LineComment { .. } => {}
            Raw::BlockComment { terminated, .. } => {
                if !terminated {
                    self.fatal = true;
                    let span = self.span(lo, (lo + 2).min(hi));
                    self.diags.push(Diagnostic::error("unterminated block comment").code("E0758").primary(span, ""));
                }
            }
            Raw::Ident => {
                let sym = self.intern(text);
                self.push(TokenKind::Ident(sym), lo, hi);
            }
            Raw::RawIdent => {
                let sym = self.intern(&text[2..]);
                self.push(TokenKind::RawIdent(sym), lo, hi);
            }
            Raw::Lifetime { starts_with_number } => {
                if starts_with_number {
                    self.error("lifetimes cannot start with a number", lo, hi, "");
                }
                let sym = self.intern(text);
                self.push(TokenKind::Lifetime(sym), lo, hi);
            }
            Raw::RawLifetime => {
                // `'r#a` names the lifetime `'a`.
                let sym = Symbol::intern(&format!("'{}", &text[3..]));
                self.push(TokenKind::Lifetime(sym), lo, hi);
            }
            Raw::Literal { kind, suffix_start } => {
                let lit = literal::lit(self, kind, lo, hi, lo + suffix_start as usize);
                self.push(TokenKind::Literal(lit), lo, hi);
            }
            Raw::InvalidIdent => {
                self.error(format!("identifiers cannot contain emoji: `{text}`"), lo, hi, "");
                let sym = self.intern(text);
                self.push(TokenKind::Ident(sym), lo, hi);
            }
            Raw::UnknownPrefix | Raw::UnknownPrefixLifetime => {
                self.error(format!("prefix `{text}` is unknown"), lo, hi, "unknown prefix");
                let sym = self.intern(text);
                self.push(TokenKind::Ident(sym), lo, hi);
            }
            Raw::ForcedKeywordIdent | Raw::GuardedStrPrefix | Raw::Frontmatter { .. } => {
                self.error(format!("unknown start of token: `{text}`"), lo, hi, "");
            }
            Raw::Unknown => {
                let c = text.chars().next().unwrap_or('?');
                let msg = format!("unknown start of token: {}", c.escape_unicode());
                self.error(msg, lo, hi, "");
            }
            Raw::OpenParen => self.push(TokenKind::OpenDelim(Delim::Paren), lo, hi),
            Raw::CloseParen => self.push(TokenKind::CloseDelim(Delim::Paren), lo, hi),
            Raw::OpenBrace => self.push(TokenKind::OpenDelim(Delim::Brace), lo, hi),
            Raw::CloseBrace => self.push(TokenKind::CloseDelim(Delim::Brace), lo, hi),
            Raw::OpenBracket => self.push(TokenKind::OpenDelim(Delim::Bracket), lo, hi),
            Raw::CloseBracket => self.push(TokenKind::CloseDelim(Delim::Bracket), lo, hi),
            Raw::Eof => {}
            _ => self.punct(kind, lo, hi),
        }
    }

    fn punct(&mut self, kind: Raw, lo: usize, hi: usize) {
        let Some(c) = punct_char(kind) else { return };
        if let Some(Token { kind: TokenKind::Punct(prev), span }) = self.tokens.last_mut() {
            if span.hi as usize == lo {
                if let Some(glued) = glue(prev, c) {
                    *prev = glued;
                    span.hi = hi as u32;
                    return;
                }
            }
        }
        self.push(TokenKind::Punct(single(c)), lo, hi);
    }
}

fn punct_char(kind: Raw) -> Option<char> {
    Some(match kind {
        Raw::Semi => ';',
        Raw::Comma => ',',
        Raw::Dot => '.',
        Raw::At => '@',
        Raw::Pound => '#',
        Raw::Tilde => '~',
        Raw::Question => '?',
        Raw::Colon => ':',
        Raw::Dollar => '$',
        Raw::Eq => '=',
        Raw::Bang => '!',
        Raw::Lt => '<',
        Raw::Gt => '>',
        Raw::Minus => '-',
        Raw::And => '&',
        Raw::Or => '|',
        Raw::Plus => '+',
        Raw::Star => '*',
        Raw::Slash => '/',
        Raw::Caret => '^',
        Raw::Percent => '%',
        _ => return None,
    })
}

fn single(c: char) -> &'static str {
    match c {
        ';' => ";",
        ',' => ",",
        '.' => ".",
        '@' => "@",
        '#' => "#",
        '~' => "~",
        '?' => "?",
        ':' => ":",
        '$' => "$",
        '=' => "=",
        '!' => "!",
        '<' => "<",
        '>' => ">",
        '-' => "-",
        '&' => "&",
        '|' => "|",
        '+' => "+",
        '*' => "*",
        '/' => "/",
        '^' => "^",
        _ => "%",
    }
}

/// The operator formed by appending `c` to the adjacent punctuation `a`.
fn glue(a: &str, c: char) -> Option<&'static str> {
    Some(match (a, c) {
        (":", ':') => "::",
        ("-", '>') => "->",
        ("=", '>') => "=>",
        ("=", '=') => "==",
        ("!", '=') => "!=",
        ("<", '=') => "<=",
        (">", '=') => ">=",
        ("&", '&') => "&&",
        ("|", '|') => "||",
        ("+", '=') => "+=",
        ("-", '=') => "-=",
        ("*", '=') => "*=",
        ("/", '=') => "/=",
        ("%", '=') => "%=",
        ("^", '=') => "^=",
        ("&", '=') => "&=",
        ("|", '=') => "|=",
        ("<", '<') => "<<",
        (">", '>') => ">>",
        ("<<", '=') => "<<=",
        (">>", '=') => ">>=",
        (".", '.') => "..",
        ("..", '.') => "...",
        ("..", '=') => "..=",
        _ => return None,
    })
}
