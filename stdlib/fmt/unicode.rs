//! Which chars `{:?}` escapes: `char::escape_debug_ext`'s rules.
//!
//! The real library decides printability and grapheme extension with the
//! Unicode tables; these checks cover ASCII exactly and the common
//! non-printable and combining ranges above it.

use super::{Formatter, Result};

/// Whether `c` is a combining mark (`Grapheme_Extend`), escaped by `{:?}`.
fn is_grapheme_extended(c: u32) -> bool {
    (c >= 0x300 && c <= 0x36F)
        || (c >= 0x483 && c <= 0x489)
        || (c >= 0x591 && c <= 0x5BD)
        || (c >= 0x610 && c <= 0x61A)
        || (c >= 0x64B && c <= 0x65F)
        || (c >= 0x1AB0 && c <= 0x1AFF)
        || (c >= 0x1DC0 && c <= 0x1DFF)
        || c == 0x200C
        || (c >= 0x20D0 && c <= 0x20FF)
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xFE20 && c <= 0xFE2F)
        || (c >= 0xE0020 && c <= 0xE007F)
        || (c >= 0xE0100 && c <= 0xE01EF)
}

/// Whether `c` prints as itself.
fn is_printable(c: u32) -> bool {
    if c < 0x7F {
        return c >= 0x20;
    }
    if c < 0xA0 || c == 0xAD {
        return false;
    }
    !((c >= 0x200B && c <= 0x200F)
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x206F)
        || c == 0xFEFF
        || (c >= 0xFFF0 && c <= 0xFFFB)
        || c == 0xFFFE
        || c == 0xFFFF
        || (c >= 0xE000 && c <= 0xF8FF)
        || (c >= 0xF0000))
}

/// Writes `c` as `{:?}` shows it inside quotes.
pub(crate) fn escape_debug(f: &mut Formatter<'_>, c: char, in_str: bool) -> Result {
    let code = c as u32;
    match c {
        '\0' => f.write_str("\\0"),
        '\t' => f.write_str("\\t"),
        '\r' => f.write_str("\\r"),
        '\n' => f.write_str("\\n"),
        '\\' => f.write_str("\\\\"),
        '"' if in_str => f.write_str("\\\""),
        '\'' if !in_str => f.write_str("\\'"),
        _ => {
            if is_grapheme_extended(code) || !is_printable(code) {
                escape_unicode(f, code)
            } else {
                f.write_char(c)
            }
        }
    }
}

/// `\u{XXXX}`, lowercase hex without leading zeros.
fn escape_unicode(f: &mut Formatter<'_>, code: u32) -> Result {
    let mut buf = [0u8; 10];
    let mut len = 0;
    buf[len] = b'\\';
    buf[len + 1] = b'u';
    buf[len + 2] = b'{';
    len += 3;
    let mut shift = 20;
    let mut started = false;
    loop {
        let d = ((code >> shift) & 0xF) as u8;
        if d != 0 || started || shift == 0 {
            started = true;
            buf[len] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
            len += 1;
        }
        if shift == 0 {
            break;
        }
        shift -= 4;
    }
    buf[len] = b'}';
    len += 1;
    f.write_str(unsafe { crate::str::from_utf8_unchecked(&buf[..len]) })
}

/// Whether the char starting at a non-ASCII or special byte needs escaping
/// in a `str` (`"`-quoted) context.
pub(crate) fn needs_escape_in_str(c: char) -> bool {
    let code = c as u32;
    match c {
        '\0' | '\t' | '\r' | '\n' | '\\' | '"' => true,
        _ => is_grapheme_extended(code) || !is_printable(code),
    }
}
