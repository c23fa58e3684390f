//! Delimiter balance, checked while lexing as rustc does while building
//! token trees. Only the first delimiter error is reported: parse errors
//! after a missing brace, and later delimiter errors, are usually noise.

use crate::ast::Delim;
use ferrum_span::{Diagnostic, Span};

#[derive(Default)]
pub(super) struct DelimChecker {
    stack: Vec<(Delim, Span)>,
    /// The last top-level group, for "this opening brace... matches this
    /// closing brace" on a stray closer.
    last_closed: Option<(Span, Span)>,
    error: Option<Diagnostic>,
}

impl DelimChecker {
    pub(super) fn open(&mut self, d: Delim, span: Span) {
        if self.error.is_none() {
            self.stack.push((d, span));
        }
    }

    pub(super) fn close(&mut self, d: Delim, span: Span) {
        if self.error.is_some() {
            return;
        }
        match self.stack.last() {
            Some(&(open, open_span)) if open == d => {
                self.stack.pop();
                if self.stack.is_empty() {
                    self.last_closed = Some((open_span, span));
                }
            }
            Some(&(_, open_span)) => {
                let mut diag = Diagnostic::error(format!("mismatched closing delimiter: `{}`", close_str(d)))
                    .primary(open_span, "unclosed delimiter")
                    .primary(span, "mismatched closing delimiter");
                // Was this closer meant for an outer opener?
                if let Some(pos) = self.stack.iter().rposition(|&(o, _)| o == d) {
                    diag = diag.secondary(self.stack[pos].1, "closing delimiter possibly meant for this");
                }
                self.error = Some(diag);
            }
            None => {
                let mut diag = Diagnostic::error(format!("unexpected closing delimiter: `{}`", close_str(d)))
                    .primary(span, "unexpected closing delimiter");
                if let Some((open, close)) = self.last_closed {
                    diag =
                        diag.secondary(open, "this opening brace...").secondary(close, "...matches this closing brace");
                }
                self.error = Some(diag);
            }
        }
    }

    /// The first delimiter error, if any, given the end-of-file span.
    pub(super) fn finish(self, eof: Span) -> Option<Diagnostic> {
        if self.error.is_some() || self.stack.is_empty() {
            return self.error;
        }
        let mut diag = Diagnostic::error("this file contains an unclosed delimiter").primary(eof, "");
        for &(_, span) in &self.stack {
            diag = diag.secondary(span, "unclosed delimiter");
        }
        Some(diag)
    }
}

pub(crate) fn open_str(d: Delim) -> &'static str {
    match d {
        Delim::Paren => "(",
        Delim::Bracket => "[",
        Delim::Brace => "{",
    }
}

pub(crate) fn close_str(d: Delim) -> &'static str {
    match d {
        Delim::Paren => ")",
        Delim::Bracket => "]",
        Delim::Brace => "}",
    }
}
