//! Source positions inside string literals: maps offsets in a literal's
//! unescaped value back to spans in the source, so format-string errors
//! point at the right character.

use ferrum_span::{SourceMap, Span};
use std::ops::Range;

/// Maps byte offsets of an unescaped string literal's value back to source
/// spans, when the literal's source text is available.
pub(crate) struct StrMap {
    /// Source offset of each value byte (plus one entry for the end).
    offsets: Option<Vec<u32>>,
    span: Span,
}

impl StrMap {
    /// Builds the map by re-reading the literal's source text; falls back to
    /// the whole literal span when the text does not match `value`.
    pub(crate) fn new(sources: &SourceMap, span: Span, value: &str) -> StrMap {
        let text = sources.snippet(span);
        let offsets = source_offsets(text, value).map(|v| v.into_iter().map(|o| span.lo + o as u32).collect());
        StrMap { offsets, span }
    }

    /// The whole literal.
    pub(crate) fn whole(&self) -> Span {
        self.span
    }

    pub(crate) fn span(&self, range: Range<usize>) -> Span {
        let Some(offsets) = &self.offsets else {
            return self.span;
        };
        let lo = offsets.get(range.start).copied();
        let hi = if range.end > range.start { offsets.get(range.end - 1).map(|&o| o + 1) } else { lo };
        match (lo, hi) {
            (Some(lo), Some(hi)) => Span::new(self.span.file, lo, hi.max(lo)),
            _ => self.span,
        }
    }
}

/// For each byte of `value`, the offset in `text` (a string literal's source,
/// quotes included) where it starts; `None` if `text` does not decode to `value`.
pub(crate) fn source_offsets(text: &str, value: &str) -> Option<Vec<usize>> {
    let (body_start, body, raw) = literal_body(text)?;
    let mut out = Vec::with_capacity(value.len() + 1);
    let mut decoded = String::with_capacity(value.len());
    let b = body.as_bytes();
    let mut i = 0;
    while i < body.len() {
        let c = body[i..].chars().next()?;
        let start = i;
        if c == '\\' && !raw {
            let (ch, len) = unescape_one(&body[i..])?;
            i += len;
            if let Some(ch) = ch {
                push_char(&mut decoded, &mut out, ch, body_start + start);
            }
            continue;
        }
        i += c.len_utf8();
        if c == '\r' && b.get(i) == Some(&b'\n') {
            continue;
        }
        push_char(&mut decoded, &mut out, c, body_start + start);
    }
    out.push(body_start + body.len());
    (decoded == value).then_some(out)
}

fn push_char(decoded: &mut String, out: &mut Vec<usize>, c: char, at: usize) {
    decoded.push(c);
    out.extend(std::iter::repeat_n(at, c.len_utf8()));
}

/// Splits `"..."` / `r#"..."#` into (body offset, body, is_raw).
fn literal_body(text: &str) -> Option<(usize, &str, bool)> {
    if let Some(rest) = text.strip_prefix('r') {
        let hashes = rest.bytes().take_while(|&b| b == b'#').count();
        let open = 1 + hashes + 1;
        let close = 1 + hashes;
        if text.len() < open + close || !text[open - 1..].starts_with('"') {
            return None;
        }
        return Some((open, &text[open..text.len() - close], true));
    }
    let body = text.strip_prefix('"')?.strip_suffix('"')?;
    Some((1, body, false))
}

/// Decodes one escape at the start of `s` (which begins with `\`); returns
/// the character (or `None` for a line continuation) and its source length.
fn unescape_one(s: &str) -> Option<(Option<char>, usize)> {
    let c = s[1..].chars().next()?;
    let simple = |ch| Some((Some(ch), 2));
    match c {
        'n' => simple('\n'),
        't' => simple('\t'),
        'r' => simple('\r'),
        '0' => simple('\0'),
        '\\' => simple('\\'),
        '\'' => simple('\''),
        '"' => simple('"'),
        'x' => {
            let v = u32::from_str_radix(s.get(2..4)?, 16).ok()?;
            Some((Some(char::from_u32(v)?), 4))
        }
        'u' => {
            let close = s.find('}')?;
            let digits: String = s.get(3..close)?.chars().filter(|&c| c != '_').collect();
            let v = u32::from_str_radix(&digits, 16).ok()?;
            Some((Some(char::from_u32(v)?), close + 1))
        }
        '\n' | '\r' => {
            let skipped = s[1..].len() - s[1..].trim_start().len();
            Some((None, 1 + skipped))
        }
        _ => None,
    }
}
