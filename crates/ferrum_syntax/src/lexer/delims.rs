//! Delimiter balance, checked once over the whole token list as rustc does
//! while building token trees. An unbalanced file gets only these errors:
//! parse errors after a missing brace would all be noise.

use crate::ast::{Delim, Token, TokenKind};
use ferrum_span::{Diagnostic, Diagnostics, Span};

/// Reports the first delimiter error, as rustc does (later ones are
/// usually consequences of it); returns whether the tokens are balanced.
pub(super) fn check(tokens: &[Token], diags: &mut Diagnostics) -> bool {
    let mut stack: Vec<(Delim, Span)> = Vec::new();
    // A closer matching nothing: the first innermost block that was closed
    // (rustc's "this opening brace... matches this closing brace").
    let mut last_closed: Option<(Span, Span)> = None;
    for tok in tokens {
        match tok.kind {
            TokenKind::OpenDelim(d) => stack.push((d, tok.span)),
            TokenKind::CloseDelim(d) => match stack.last() {
                Some(&(open, open_span)) if open == d => {
                    stack.pop();
                    if stack.is_empty() {
                        last_closed = Some((open_span, tok.span));
                    }
                }
                Some(&(_, open_span)) => {
                    let mut diag = Diagnostic::error(format!("mismatched closing delimiter: `{}`", close_str(d)))
                        .primary(open_span, "unclosed delimiter")
                        .primary(tok.span, "mismatched closing delimiter");
                    // Was this closer meant for an outer opener?
                    if let Some(pos) = stack.iter().rposition(|&(o, _)| o == d) {
                        diag = diag.secondary(stack[pos].1, "closing delimiter possibly meant for this");
                    }
                    diags.push(diag);
                    return false;
                }
                None => {
                    let mut diag = Diagnostic::error(format!("unexpected closing delimiter: `{}`", close_str(d)))
                        .primary(tok.span, "unexpected closing delimiter");
                    if let Some((open, close)) = last_closed {
                        diag = diag
                            .secondary(open, "this opening brace...")
                            .secondary(close, "...matches this closing brace");
                    }
                    diags.push(diag);
                    return false;
                }
            },
            _ => {}
        }
    }
    if !stack.is_empty() {
        let eof = tokens.last().map_or(Span::DUMMY, |t| t.span);
        let mut diag = Diagnostic::error("this file contains an unclosed delimiter").primary(eof, "");
        for &(_, span) in &stack {
            diag = diag.secondary(span, "unclosed delimiter");
        }
        diags.push(diag);
        return false;
    }
    true
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
