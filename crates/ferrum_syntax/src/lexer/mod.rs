//! The lexer: rustc's own `rustc_lexer` splits the text; this module turns
//! its raw tokens into compact [`Tok`]s (interned identifiers, decoded
//! literals, glued punctuation), drops whitespace and comments, and reports
//! lexical errors and unbalanced delimiters.
//!
//! It streams: the parser pulls tokens one at a time, so a large file never
//! has its whole token list in memory (on a large file that list is as big
//! as the tree itself, and fresh memory is a large part of parse time).

mod delims;
pub(crate) use delims::{close_str, open_str};
mod escape;
mod literal;

use crate::ast::{Delim, Lit};
use crate::token::{Tk, Tok, Tokens};
use delims::DelimChecker;
use ferrum_span::{Diagnostic, Diagnostics, FileId, Span, Symbol};
use ra_ap_rustc_lexer as rustc_lexer;
use rustc_hash::FxHashMap;
use rustc_lexer::{Cursor, FrontmatterAllowed, TokenKind as Raw};

/// Lexes a whole file into a token list ending with `Eof`, reporting
/// lexical and delimiter errors.
pub(crate) fn lex_file(file: FileId, text: &str, diags: &mut Diagnostics) -> Tokens {
    let mut lexer = Lexer::new(file, text);
    let mut toks = Vec::with_capacity(text.len() / 3 + 16);
    loop {
        let tok = lexer.next_token();
        toks.push(tok);
        if tok.kind == Tk::Eof {
            break;
        }
    }
    let lexed = lexer.finish();
    diags.extend(lexed.diags);
    Tokens { toks, lits: lexed.lits }
}

/// What remains of a lexer once the text is exhausted.
pub(crate) struct Finished {
    pub diags: Diagnostics,
    pub lits: Vec<Lit>,
    /// False when delimiters are unbalanced or an unterminated literal
    /// swallowed the rest of the text (already in `diags`).
    pub balanced: bool,
}

pub(crate) struct Lexer<'a> {
    pub file: FileId,
    pub text: &'a str,
    /// Lexical errors, kept apart so that they can be reported before the
    /// parse errors (or instead of them, for unbalanced delimiters).
    pub diags: Diagnostics,
    cursor: Cursor<'a>,
    /// Byte offset of the cursor.
    pos: usize,
    /// Punctuation that may still be glued to an adjacent next character.
    pending: Option<Tok>,
    /// A token lexed while `pending` was handed out.
    ready: Option<Tok>,
    lits: Vec<Lit>,
    done: bool,
    /// Interning through a local map avoids the global interner's lock for
    /// repeated names.
    symbols: FxHashMap<&'a str, Symbol>,
    /// An unterminated literal or comment swallowed the rest of the text.
    pub fatal: bool,
    delims: DelimChecker,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(file: FileId, text: &'a str) -> Lexer<'a> {
        let mut diags = Diagnostics::default();
        let (text, start) = if text.len() >= u32::MAX as usize {
            diags.push(Diagnostic::error("source file is too large (4 GiB or more)"));
            ("", 0)
        } else {
            (text, rustc_lexer::strip_shebang(text).unwrap_or(0))
        };
        Lexer {
            file,
            text,
            diags,
            cursor: Cursor::new(&text[start..], FrontmatterAllowed::No),
            pos: start,
            pending: None,
            ready: None,
            lits: Vec::new(),
            done: false,
            symbols: FxHashMap::with_capacity_and_hasher(text.len() / 64, Default::default()),
            fatal: false,
            delims: DelimChecker::default(),
        }
    }

    /// The next token; `Eof` (repeatedly) at the end.
    pub(crate) fn next_token(&mut self) -> Tok {
        if let Some(tok) = self.ready.take() {
            return tok;
        }
        loop {
            if self.done {
                let end = self.eof_span();
                return self.pending.take().unwrap_or(Tok { kind: Tk::Eof, span: end });
            }
            let raw = self.cursor.advance_token();
            if raw.kind == Raw::Eof {
                self.done = true;
                continue;
            }
            let lo = self.pos;
            self.pos += raw.len as usize;
            if let Some(c) = punct_char(raw.kind) {
                if let Some(tok) = self.punct(c, lo, self.pos) {
                    return tok;
                }
                continue;
            }
            let Some(tok) = self.token(raw.kind, lo, self.pos) else { continue };
            if let Some(pending) = self.pending.take() {
                self.ready = Some(tok);
                return pending;
            }
            return tok;
        }
    }

    /// Glues `c` to the pending punctuation if adjacent, else makes it the
    /// pending one and returns the previous.
    fn punct(&mut self, c: char, lo: usize, hi: usize) -> Option<Tok> {
        if let Some(Tok { kind: Tk::Punct(prev), span }) = &mut self.pending {
            if span.hi as usize == lo {
                if let Some(glued) = glue(prev, c) {
                    *prev = glued;
                    span.hi = hi as u32;
                    return None;
                }
            }
        }
        let tok = Tok { kind: Tk::Punct(single(c)), span: self.span(lo, hi) };
        self.pending.replace(tok)
    }

    pub(crate) fn lits(&self) -> &[Lit] {
        &self.lits
    }

    /// Ends lexing (the rest of the text is lexed for its errors).
    pub(crate) fn finish(mut self) -> Finished {
        while self.next_token().kind != Tk::Eof {}
        let end = self.eof_span();
        // After an unterminated literal or comment the rest of the file is
        // swallowed; delimiter and parse errors would only be consequences.
        let delim_error = self.delims.finish(end);
        let balanced = !self.fatal && delim_error.is_none();
        if let (Some(diag), false) = (delim_error, self.fatal) {
            self.diags.push(diag);
        }
        Finished { diags: self.diags, lits: self.lits, balanced }
    }

    /// Where the end of the file is reported: just after the last
    /// non-whitespace character, as rustc does.
    fn eof_span(&self) -> Span {
        let end = self.text.trim_end().len();
        self.span(end, end)
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

    /// The token for one raw token, if it is not whitespace, a comment or
    /// an error; punctuation is handled by [`Self::punct`].
    fn token(&mut self, kind: Raw, lo: usize, hi: usize) -> Option<Tok> {
        if let Raw::Whitespace | Raw::LineComment { .. } = kind {
            return None;
        }
        let text = &self.text[lo..hi];
        let kind = match kind {
            Raw::Ident => Tk::Ident(self.intern(text)),
            Raw::OpenParen => self.open(Delim::Paren, lo, hi),
            Raw::CloseParen => self.close(Delim::Paren, lo, hi),
            Raw::OpenBrace => self.open(Delim::Brace, lo, hi),
            Raw::CloseBrace => self.close(Delim::Brace, lo, hi),
            Raw::OpenBracket => self.open(Delim::Bracket, lo, hi),
            Raw::CloseBracket => self.close(Delim::Bracket, lo, hi),
            Raw::Literal { kind, suffix_start } => {
                let lit = literal::lit(self, kind, lo, hi, lo + suffix_start as usize);
                let index = self.lits.len() as u32;
                self.lits.push(lit);
                Tk::Literal(index)
            }
            Raw::BlockComment { terminated, .. } => {
                if !terminated {
                    self.fatal = true;
                    let span = self.span(lo, (lo + 2).min(hi));
                    self.diags.push(Diagnostic::error("unterminated block comment").code("E0758").primary(span, ""));
                }
                return None;
            }
            Raw::RawIdent => Tk::RawIdent(self.intern(&text[2..])),
            Raw::Lifetime { starts_with_number } => {
                if starts_with_number {
                    self.error("lifetimes cannot start with a number", lo, hi, "");
                }
                Tk::Lifetime(self.intern(text))
            }
            // `'r#a` names the lifetime `'a`.
            Raw::RawLifetime => Tk::Lifetime(Symbol::intern(&format!("'{}", &text[3..]))),
            Raw::InvalidIdent => {
                self.error(format!("identifiers cannot contain emoji: `{text}`"), lo, hi, "");
                Tk::Ident(self.intern(text))
            }
            Raw::UnknownPrefix | Raw::UnknownPrefixLifetime => {
                self.error(format!("prefix `{text}` is unknown"), lo, hi, "unknown prefix");
                Tk::Ident(self.intern(text))
            }
            Raw::Unknown => {
                let c = text.chars().next().unwrap_or('?');
                self.error(format!("unknown start of token: {}", c.escape_unicode()), lo, hi, "");
                return None;
            }
            _ => {
                // Forced keywords, guarded strings, frontmatter: not Rust 2021.
                self.error(format!("unknown start of token: `{text}`"), lo, hi, "");
                return None;
            }
        };
        Some(Tok { kind, span: self.span(lo, hi) })
    }

    fn open(&mut self, d: Delim, lo: usize, hi: usize) -> Tk {
        self.delims.open(d, self.span(lo, hi));
        Tk::OpenDelim(d)
    }

    fn close(&mut self, d: Delim, lo: usize, hi: usize) -> Tk {
        self.delims.close(d, self.span(lo, hi));
        Tk::CloseDelim(d)
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
