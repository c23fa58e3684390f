//! Error messages in rustc's words (`expected one of `;` or `}`, found
//! `let``) and resynchronisation after an error: skipping to the end of the
//! statement, item or list element, always over whole delimited groups.

use super::{PResult, Parser, Reported};
use crate::ast::Delim;
use crate::kw::Kw;
use crate::lexer::{close_str, open_str};
use crate::token::{Tk, Tok};
use ferrum_span::{Diagnostic, Span};

/// Something the parser looked for at the current position.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Expected {
    Tok(&'static str),
    Kw(Kw),
    Open(Delim),
    Close(Delim),
    /// "an operator", "identifier", ...: printed without backticks.
    Desc(&'static str),
}

/// What was looked for since the last consumed token: a fixed inline
/// array, since it is filled and cleared at every token.
#[derive(Default)]
pub(crate) struct ExpectedSet {
    items: [Option<Expected>; 24],
    len: usize,
}

impl ExpectedSet {
    #[inline]
    pub(crate) fn push(&mut self, e: Expected) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = Some(e);
            self.len += 1;
        }
    }

    #[inline]
    pub(crate) fn clear(&mut self) {
        self.len = 0;
    }

    fn iter(&self) -> impl Iterator<Item = Expected> + '_ {
        self.items[..self.len].iter().flatten().copied()
    }
}

impl Expected {
    fn render(self) -> String {
        match self {
            Expected::Tok(p) => format!("`{p}`"),
            Expected::Kw(kw) => format!("`{}`", kw.text()),
            Expected::Open(d) => format!("`{}`", open_str(d)),
            Expected::Close(d) => format!("`{}`", close_str(d)),
            Expected::Desc(d) => d.to_string(),
        }
    }
}

impl Parser<'_, '_> {
    pub(crate) fn expect_desc(&mut self, what: &'static str) {
        self.expected.push(Expected::Desc(what));
    }

    pub(crate) fn emit(&mut self, diag: Diagnostic) -> Reported {
        self.diags.push(diag);
        Reported
    }

    pub(crate) fn error(&mut self, span: Span, msg: impl Into<String>, label: impl Into<String>) -> Reported {
        self.emit(Diagnostic::error(msg).primary(span, label))
    }

    /// How rustc names a token in "found ..." : `` `x` ``, ``keyword `fn` ``.
    pub(crate) fn describe(&self, tok: &Tok) -> String {
        match tok.kind {
            Tk::Ident(sym) => {
                let kw = self.kw.of(sym);
                if kw.is_future_reserved() {
                    format!("reserved keyword `{sym}`")
                } else if kw == Kw::Underscore {
                    "reserved identifier `_`".to_string()
                } else if kw.is_reserved() {
                    format!("keyword `{sym}`")
                } else {
                    format!("`{sym}`")
                }
            }
            Tk::Eof => "`<eof>`".to_string(),
            _ => format!("`{}`", self.token_text(tok)),
        }
    }

    /// The token as written in the source (or reconstructed).
    fn token_text(&self, tok: &Tok) -> String {
        if let Some(text) = self.text {
            if let Some(s) = text.get(tok.span.lo as usize..tok.span.hi as usize) {
                if !s.is_empty() {
                    return s.to_string();
                }
            }
        }
        match tok.kind {
            Tk::Literal(i) => crate::print::lit_to_string(self.lit(i)),
            _ => crate::print::tokens_to_string(&[crate::token::to_ast(tok, self.lits())]),
        }
    }

    /// True if a line break separates the previous token from the current.
    pub(crate) fn newline_before(&self) -> bool {
        let (Some(text), lo, hi) = (self.text, self.prev_span.hi as usize, self.span().lo as usize) else {
            return false;
        };
        lo < hi && text.get(lo..hi).is_some_and(|s| s.contains('\n'))
    }

    /// Reports `expected one of ..., found ...` from what was checked since
    /// the last consumed token.
    pub(crate) fn unexpected(&mut self) -> Reported {
        let mut list: Vec<String> = self.expected.iter().map(|e| e.render()).collect();
        list.sort();
        list.dedup();
        let tok = *self.tok();
        let found = self.describe(&tok);
        let prev_hi = self.prev_span.shrink_to_hi();
        if list.iter().any(|e| e == "`;`") && self.newline_before() {
            let diag = Diagnostic::error(format!("expected `;`, found {found}"))
                .primary(prev_hi, "help: add `;` here")
                .secondary(tok.span, "unexpected token");
            return self.emit(diag);
        }
        let (msg, label) = match list.len() {
            0 => (format!("unexpected token: {found}"), String::new()),
            1 => (format!("expected {}, found {found}", list[0]), format!("expected {}", list[0])),
            n => {
                let joined = join_or(&list);
                let short = if n > 6 { format!("{n} possible tokens") } else { joined.clone() };
                (format!("expected one of {joined}, found {found}"), format!("expected one of {short}"))
            }
        };
        let diag = if self.newline_before() && !label.is_empty() {
            Diagnostic::error(msg).primary(tok.span, "unexpected token").secondary(prev_hi, label)
        } else {
            Diagnostic::error(msg).primary(tok.span, label)
        };
        self.emit(diag)
    }

    /// Reports `expected <what>, found <token>` (expression, type, ...).
    pub(crate) fn expected_what(&mut self, what: &str) -> Reported {
        let tok = *self.tok();
        let found = self.describe(&tok);
        let msg = format!("expected {what}, found {found}");
        self.emit(Diagnostic::error(msg).primary(tok.span, format!("expected {what}")))
    }

    /// Reports a missing identifier, with rustc's keyword help.
    pub(crate) fn expected_ident(&mut self) -> Reported {
        let tok = *self.tok();
        let kw = self.kw_of(tok.kind);
        let found = self.describe(&tok);
        let msg = format!("expected identifier, found {found}");
        let diag = if kw.is_reserved() && !kw.is_future_reserved() {
            Diagnostic::error(msg)
                .primary(tok.span, "expected identifier, found keyword")
                .help(format!("escape `{}` to use it as an identifier", kw.text()))
        } else if kw.is_future_reserved() {
            Diagnostic::error(msg).primary(tok.span, "expected identifier, found reserved keyword")
        } else {
            Diagnostic::error(msg).primary(tok.span, "expected identifier")
        };
        self.emit(diag)
    }

    // ------------------------------------------------------------ skipping

    /// Skips the delimited group starting at the current open delimiter.
    pub(crate) fn skip_group(&mut self) {
        let mut depth = 0usize;
        loop {
            match self.kind() {
                Tk::OpenDelim(_) => depth += 1,
                Tk::CloseDelim(_) => depth = depth.saturating_sub(1),
                Tk::Eof => return,
                _ => {}
            }
            self.bump();
            if depth == 0 {
                return;
            }
        }
    }

    /// Skips to the end of the statement: past a `;`, or up to the block's
    /// closing brace or a keyword starting a new line's statement.
    pub(crate) fn recover_stmt(&mut self) {
        loop {
            match self.kind() {
                Tk::Eof | Tk::CloseDelim(_) => return,
                Tk::OpenDelim(_) => self.skip_group(),
                Tk::Punct(";") => return self.bump(),
                _ => {
                    if self.starts_new_statement() {
                        return;
                    }
                    self.bump();
                }
            }
        }
    }

    fn starts_new_statement(&self) -> bool {
        let kw = self.cur_kw();
        let stmt_kw = matches!(
            kw,
            Kw::Let
                | Kw::Fn
                | Kw::Struct
                | Kw::Enum
                | Kw::Use
                | Kw::Impl
                | Kw::Trait
                | Kw::Mod
                | Kw::Static
                | Kw::Const
                | Kw::Return
                | Kw::If
                | Kw::While
                | Kw::For
                | Kw::Loop
                | Kw::Match
                | Kw::Pub
        );
        stmt_kw && self.newline_before()
    }

    /// Skips to the next item: up to an item keyword at the start of a
    /// line, a closing delimiter, or just past a `;`.
    pub(crate) fn recover_item(&mut self) {
        loop {
            match self.kind() {
                Tk::Eof | Tk::CloseDelim(_) => return,
                Tk::OpenDelim(Delim::Brace) => {
                    self.skip_group();
                    // A braced body ends an item (`struct S { .. }`, `fn f() {}`).
                    if !self.is_punct(";") {
                        return;
                    }
                }
                Tk::OpenDelim(_) => self.skip_group(),
                Tk::Punct(";") => return self.bump(),
                Tk::Punct("#") if self.newline_before() => return,
                _ => {
                    if self.starts_item() && self.newline_before() {
                        return;
                    }
                    self.bump();
                }
            }
        }
    }

    /// Skips to the `,` or closing delimiter that ends a list element.
    pub(crate) fn recover_list(&mut self) {
        loop {
            match self.kind() {
                Tk::Eof | Tk::CloseDelim(_) | Tk::Punct(",") => return,
                Tk::OpenDelim(_) => self.skip_group(),
                _ => self.bump(),
            }
        }
    }

    /// Skips everything up to the enclosing closing delimiter.
    pub(crate) fn skip_to_close(&mut self) {
        loop {
            match self.kind() {
                Tk::Eof | Tk::CloseDelim(_) => return,
                Tk::OpenDelim(_) => self.skip_group(),
                _ => self.bump(),
            }
        }
    }

    /// Runs `f`; on error skips to the end of the list element and returns
    /// `None`.
    pub(crate) fn list_elem<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        match f(self) {
            Ok(x) => Some(x),
            Err(Reported) => {
                self.recover_list();
                None
            }
        }
    }
}

impl Parser<'_, '_> {
    /// Parses `elem, elem, ...` up to and including the closing `close`
    /// (the opening delimiter is already consumed); a trailing comma is
    /// allowed. A bad element is skipped and the list continues.
    pub(crate) fn comma_list<T>(&mut self, close: Delim, mut elem: impl FnMut(&mut Self) -> PResult<T>) -> Vec<T> {
        let mut out = Vec::new();
        loop {
            if self.eat_close(close) || self.at_eof() {
                break;
            }
            let ok = match elem(self) {
                Ok(x) => {
                    out.push(x);
                    true
                }
                Err(Reported) => {
                    self.recover_list();
                    false
                }
            };
            if self.eat_punct(",") {
                continue;
            }
            if self.eat_close(close) {
                break;
            }
            if ok {
                self.unexpected();
                self.recover_list();
                if self.eat_punct(",") {
                    continue;
                }
            }
            // Another list's closer or end of input: the delimiters are
            // unbalanced (already reported by the lexer); let the caller see it.
            self.eat_close(close);
            break;
        }
        // Lists are built by pushing; give back the growth slack when it is
        // worth a reallocation (not for lists of ids).
        if std::mem::size_of::<T>() > 8 && out.capacity() > out.len() {
            out.shrink_to_fit();
        }
        out
    }
}

/// `a`, `b`, or `c` with rustc's punctuation.
fn join_or(list: &[String]) -> String {
    match list {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} or {b}"),
        [init @ .., last] => format!("{}, or {last}", init.join(", ")),
    }
}
