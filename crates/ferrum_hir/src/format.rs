//! The format-string parser: rustc's `format_args!` syntax (`{}`, `{0}`,
//! `{name}`, `{:>8.3}`, `{:#x?}`, `{:.*}`, `{{`/`}}` escapes, ...) parsed
//! into raw pieces that still name their arguments by position or name.
//!
//! Positions are byte offsets into the (unescaped) string; [`StrMap`] turns
//! them back into source spans. Resolving names against the macro call's
//! argument list is [`crate::format_args`]'s job.

use crate::format_args::{Align, FormatTrait};
use ferrum_span::Symbol;
use std::ops::Range;

/// How a placeholder names its argument.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ArgRef {
    /// `{}` — the next positional argument (already numbered).
    Next(usize),
    /// `{0}`.
    Index(usize),
    /// `{name}`.
    Name(Symbol),
}

/// A width or precision before resolution.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum RawCount {
    Is(usize),
    /// `N$`, `name$`, or `.*` (which takes the next positional argument).
    Arg(ArgRef),
    Implied,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawSpec {
    pub fill: char,
    pub align: Align,
    pub sign_plus: bool,
    pub sign_minus: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub debug_hex: Option<bool>,
    pub width: RawCount,
    pub width_range: Range<usize>,
    pub precision: RawCount,
    pub precision_range: Range<usize>,
    pub trait_: FormatTrait,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawArg {
    pub arg: ArgRef,
    /// The argument's text (`0`, `name`) or, for `{}`, the whole placeholder.
    pub arg_range: Range<usize>,
    /// The whole placeholder, braces included.
    pub range: Range<usize>,
    pub spec: RawSpec,
    /// `.*` was used (for the "extra required argument" label).
    pub star: Option<Range<usize>>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum RawPiece {
    Lit(String),
    Arg(RawArg),
}

/// A syntax error in the format string itself.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ParseError {
    pub message: String,
    pub label: String,
    pub range: Range<usize>,
    /// A secondary `because of this opening brace` position.
    pub opening: Option<Range<usize>>,
    pub note: Option<String>,
}

/// Parses a whole format string.
pub(crate) fn parse(s: &str) -> Result<Vec<RawPiece>, ParseError> {
    let mut p = Parser { s, pos: 0, next_arg: 0 };
    p.pieces()
}

struct Parser<'s> {
    s: &'s str,
    pos: usize,
    next_arg: usize,
}

const OPEN_NOTE: &str = "if you intended to print `{`, you can escape it using `{{`";

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    fn peek2(&self) -> Option<char> {
        let mut it = self.s[self.pos..].chars();
        it.next();
        it.next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn pieces(&mut self) -> Result<Vec<RawPiece>, ParseError> {
        let mut pieces = Vec::new();
        let mut lit = String::new();
        while let Some(c) = self.peek() {
            let start = self.pos;
            self.bump();
            match c {
                '{' if self.eat('{') => lit.push('{'),
                '}' if self.eat('}') => lit.push('}'),
                '{' => {
                    if !lit.is_empty() {
                        pieces.push(RawPiece::Lit(std::mem::take(&mut lit)));
                    }
                    pieces.push(RawPiece::Arg(self.argument(start)?));
                }
                '}' => {
                    return Err(ParseError {
                        message: "invalid format string: unmatched `}` found".into(),
                        label: "unmatched `}` in format string".into(),
                        range: start..self.pos,
                        opening: None,
                        note: Some("if you intended to print `}`, you can escape it using `}}`".into()),
                    })
                }
                c => lit.push(c),
            }
        }
        if !lit.is_empty() {
            pieces.push(RawPiece::Lit(lit));
        }
        Ok(pieces)
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    /// Parses after `{` up to and including the closing `}`.
    fn argument(&mut self, open: usize) -> Result<RawArg, ParseError> {
        self.skip_ws();
        let arg_start = self.pos;
        let explicit = self.position()?;
        let arg_end = self.pos;
        self.skip_ws();
        let mut star = None;
        let spec = if self.eat(':') { self.spec(&mut star)? } else { default_spec(self.pos) };
        self.skip_ws();
        match self.peek() {
            Some('}') => {
                self.bump();
            }
            found => {
                let (message, range) = match found {
                    None => (
                        "invalid format string: expected `}` but string was terminated".to_string(),
                        self.pos..self.pos,
                    ),
                    Some(c) => (
                        format!("invalid format string: expected `}}`, found `{}`", c.escape_debug()),
                        self.pos..self.pos + c.len_utf8(),
                    ),
                };
                // rustc points one character past the end when the string is terminated.
                let range = if found.is_none() { range.start..range.start + 1 } else { range };
                return Err(ParseError {
                    message,
                    label: "expected `}` in format string".into(),
                    range,
                    opening: Some(open..open + 1),
                    note: Some(OPEN_NOTE.into()),
                });
            }
        }
        // The implicit position is assigned after the spec, so `.*` takes its argument first.
        let arg = match explicit {
            Some(a) => a,
            None => {
                let i = self.next_arg;
                self.next_arg += 1;
                ArgRef::Next(i)
            }
        };
        let arg_range = if arg_start == arg_end { open..self.pos } else { arg_start..arg_end };
        Ok(RawArg { arg, arg_range, range: open..self.pos, spec, star })
    }

    fn position(&mut self) -> Result<Option<ArgRef>, ParseError> {
        match self.peek() {
            Some(c) if c.is_ascii_digit() => Ok(Some(ArgRef::Index(self.integer()))),
            Some(c) if is_ident_start(c) => {
                let start = self.pos;
                let word = self.word();
                if word == "_" {
                    return Err(ParseError {
                        message: "invalid format string: invalid argument name `_`".into(),
                        label: "invalid argument name in format string".into(),
                        range: start..self.pos,
                        opening: None,
                        note: Some("argument name cannot be a single underscore".into()),
                    });
                }
                Ok(Some(ArgRef::Name(Symbol::intern(word))))
            }
            _ => Ok(None),
        }
    }

    fn integer(&mut self) -> usize {
        let mut n: usize = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            self.bump();
            n = n.saturating_mul(10).saturating_add(d as usize);
        }
        n
    }

    fn word(&mut self) -> &str {
        let start = self.pos;
        while self.peek().is_some_and(is_ident_continue) {
            self.bump();
        }
        &self.s[start..self.pos]
    }

    fn spec(&mut self, star: &mut Option<Range<usize>>) -> Result<RawSpec, ParseError> {
        let mut spec = default_spec(self.pos);
        // Fill and alignment.
        if let (Some(c), Some(a)) = (self.peek(), self.peek2().and_then(align_of)) {
            spec.fill = c;
            spec.align = a;
            self.bump();
            self.bump();
        } else if let Some(a) = self.peek().and_then(align_of) {
            spec.align = a;
            self.bump();
        }
        if self.eat('+') {
            spec.sign_plus = true;
        } else if self.eat('-') {
            spec.sign_minus = true;
        }
        if self.eat('#') {
            spec.alternate = true;
        }
        if self.peek() == Some('0') && self.peek2() != Some('$') {
            self.bump();
            spec.zero_pad = true;
        }
        let start = self.pos;
        spec.width = self.count();
        spec.width_range = start..self.pos;
        if self.eat('.') {
            let start = self.pos;
            if self.eat('*') {
                let i = self.next_arg;
                self.next_arg += 1;
                spec.precision = RawCount::Arg(ArgRef::Next(i));
                *star = Some(start - 1..self.pos);
            } else {
                spec.precision = self.count();
            }
            spec.precision_range = start..self.pos;
        }
        self.format_trait(&mut spec)?;
        Ok(spec)
    }

    /// A count: `N`, `N$` or `name$`; anything else leaves the position unchanged.
    fn count(&mut self) -> RawCount {
        let start = self.pos;
        match self.peek() {
            Some(c) if c.is_ascii_digit() => {
                let n = self.integer();
                if self.eat('$') {
                    RawCount::Arg(ArgRef::Index(n))
                } else {
                    RawCount::Is(n)
                }
            }
            Some(c) if is_ident_start(c) => {
                let word = Symbol::intern(self.word());
                if self.eat('$') {
                    RawCount::Arg(ArgRef::Name(word))
                } else {
                    self.pos = start;
                    RawCount::Implied
                }
            }
            _ => RawCount::Implied,
        }
    }

    fn format_trait(&mut self, spec: &mut RawSpec) -> Result<(), ParseError> {
        let start = self.pos;
        if self.eat('?') {
            spec.trait_ = FormatTrait::Debug;
            return Ok(());
        }
        if let (Some(c @ ('x' | 'X')), Some('?')) = (self.peek(), self.peek2()) {
            self.bump();
            self.bump();
            spec.trait_ = FormatTrait::Debug;
            spec.debug_hex = Some(c == 'X');
            return Ok(());
        }
        if !self.peek().is_some_and(is_ident_start) {
            return Ok(());
        }
        let word = self.word();
        spec.trait_ = match word {
            "x" => FormatTrait::LowerHex,
            "X" => FormatTrait::UpperHex,
            "o" => FormatTrait::Octal,
            "b" => FormatTrait::Binary,
            "e" => FormatTrait::LowerExp,
            "E" => FormatTrait::UpperExp,
            "p" => FormatTrait::Pointer,
            _ => {
                return Err(ParseError {
                    message: format!("unknown format trait `{word}`"),
                    label: String::new(),
                    range: start..self.pos,
                    opening: None,
                    note: Some(TRAITS_NOTE.into()),
                })
            }
        };
        Ok(())
    }
}

const TRAITS_NOTE: &str = "the only appropriate formatting traits are:
- ``, which uses the `Display` trait
- `?`, which uses the `Debug` trait
- `e`, which uses the `LowerExp` trait
- `E`, which uses the `UpperExp` trait
- `o`, which uses the `Octal` trait
- `p`, which uses the `Pointer` trait
- `b`, which uses the `Binary` trait
- `x`, which uses the `LowerHex` trait
- `X`, which uses the `UpperHex` trait";

fn default_spec(pos: usize) -> RawSpec {
    RawSpec {
        fill: ' ',
        align: Align::Unknown,
        sign_plus: false,
        sign_minus: false,
        alternate: false,
        zero_pad: false,
        debug_hex: None,
        width: RawCount::Implied,
        width_range: pos..pos,
        precision: RawCount::Implied,
        precision_range: pos..pos,
        trait_: FormatTrait::Display,
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        _ => None,
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests;
