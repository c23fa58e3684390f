//! Escape sequences in character, byte and string literals, with rustc's
//! error messages. (`ra-ap-rustc_lexer` has no unescaper of its own.)

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Char,
    Byte,
    Str,
    ByteStr,
}

impl Mode {
    fn is_byte(self) -> bool {
        matches!(self, Mode::Byte | Mode::ByteStr)
    }

    fn is_str(self) -> bool {
        matches!(self, Mode::Str | Mode::ByteStr)
    }
}

/// An escape error: message, label, optional help, and the byte range in
/// the literal's body that it concerns.
pub(super) struct EscError {
    pub msg: String,
    pub label: &'static str,
    pub help: Option<&'static str>,
    pub lo: usize,
    pub hi: usize,
}

fn err(msg: impl Into<String>, label: &'static str, lo: usize, hi: usize) -> EscError {
    EscError { msg: msg.into(), label, help: None, lo, hi }
}

/// Decodes `src` (the body between the quotes), calling `out` with each
/// character's value (a code point, or a byte in byte modes) and `on_err`
/// for each malformed escape.
pub(super) fn unescape(src: &str, mode: Mode, out: &mut dyn FnMut(u32), on_err: &mut dyn FnMut(EscError)) {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < src.len() {
        let c = match src[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let start = i;
        i += c.len_utf8();
        match c {
            '\\' => match escape(src, &mut i, mode) {
                Ok(Some(v)) => out(v),
                Ok(None) => {}
                Err(e) => on_err(e),
            },
            '\r' if bytes.get(i) == Some(&b'\n') => {}
            '\r' if mode.is_str() => {
                on_err(err("bare CR not allowed in string, use `\\r` instead", "", start, i));
            }
            _ if mode.is_byte() && !c.is_ascii() => {
                let what = if mode == Mode::Byte { "byte literal" } else { "byte string literal" };
                on_err(err(format!("non-ASCII character in {what}"), "must be ASCII", start, i));
            }
            '\n' | '\t' | '\'' if !mode.is_str() => {
                let msg = format!("character constant must be escaped: `{}`", c.escape_default());
                on_err(err(msg, "", start, i));
            }
            _ => out(c as u32),
        }
    }
}

/// One escape; `i` points just after the backslash on entry and after the
/// escape on exit. `Ok(None)` is a line continuation.
fn escape(src: &str, i: &mut usize, mode: Mode) -> Result<Option<u32>, EscError> {
    let start = *i - 1;
    let Some(c) = src[*i..].chars().next() else {
        return Err(err("unknown character escape", "", start, *i));
    };
    *i += c.len_utf8();
    let v = match c {
        'n' => '\n' as u32,
        'r' => '\r' as u32,
        't' => '\t' as u32,
        '\\' => '\\' as u32,
        '0' => 0,
        '\'' => '\'' as u32,
        '"' => '"' as u32,
        'x' => return hex_escape(src, i, start, mode).map(Some),
        'u' => return unicode_escape(src, i, start, mode).map(Some),
        '\n' if mode.is_str() => return escape_continue(src, i),
        '\r' if mode.is_str() && src[*i..].starts_with('\n') => {
            *i += 1;
            return escape_continue(src, i);
        }
        _ => {
            let mut e = err(
                format!("unknown character escape: `{}`", c.escape_default()),
                "unknown character escape",
                *i - c.len_utf8(),
                *i,
            );
            e.help = Some("for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>");
            return Err(e);
        }
    };
    Ok(Some(v))
}

/// Line continuation: skips the newline's following whitespace.
fn escape_continue(src: &str, i: &mut usize) -> Result<Option<u32>, EscError> {
    let rest = &src[*i..];
    *i += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    Ok(None)
}

fn hex_escape(src: &str, i: &mut usize, start: usize, mode: Mode) -> Result<u32, EscError> {
    let mut value = 0;
    for _ in 0..2 {
        let Some(c) = src[*i..].chars().next() else {
            return Err(err("numeric character escape is too short", "", start, *i));
        };
        let Some(d) = c.to_digit(16) else {
            if c == '\'' || c == '"' {
                return Err(err("numeric character escape is too short", "", start, *i));
            }
            let msg = format!("invalid character in numeric character escape: `{}`", c.escape_default());
            return Err(err(msg, "invalid character in numeric character escape", *i, *i + c.len_utf8()));
        };
        *i += 1;
        value = value * 16 + d;
    }
    if value > 0x7f && !mode.is_byte() {
        return Err(err("out of range hex escape", "must be a character in the range [\\x00-\\x7f]", start, *i));
    }
    Ok(value)
}

fn unicode_escape(src: &str, i: &mut usize, start: usize, mode: Mode) -> Result<u32, EscError> {
    if !src[*i..].starts_with('{') {
        return Err(err("incorrect unicode escape sequence", "incorrect unicode escape sequence", start, *i));
    }
    *i += 1;
    let mut value: u32 = 0;
    let mut digits = 0;
    loop {
        let Some(c) = src[*i..].chars().next() else {
            return Err(err("unterminated unicode escape", "missing a closing `}`", start, *i));
        };
        match c {
            '}' => {
                *i += 1;
                break;
            }
            '_' if digits > 0 => *i += 1,
            _ => {
                let Some(d) = c.to_digit(16) else {
                    if c == '"' || c == '\'' {
                        return Err(err("unterminated unicode escape", "missing a closing `}`", start, *i));
                    }
                    let msg = format!("invalid character in unicode escape: `{}`", c.escape_default());
                    return Err(err(msg, "invalid character in unicode escape", *i, *i + c.len_utf8()));
                };
                *i += 1;
                digits += 1;
                if digits > 6 {
                    // Consume the rest so the error covers the whole escape.
                    while let Some(c) = src[*i..].chars().next() {
                        *i += c.len_utf8();
                        if c == '}' {
                            break;
                        }
                    }
                    return Err(err("overlong unicode escape", "must have at most 6 hex digits", start, *i));
                }
                value = value * 16 + d;
            }
        }
    }
    if digits == 0 {
        return Err(err("empty unicode escape", "this escape must have at least 1 hex digit", start, *i));
    }
    if mode.is_byte() {
        return Err(err("unicode escape in byte string", "unicode escape in byte string", start, *i));
    }
    if char::from_u32(value).is_none() {
        let mut e = err("invalid unicode character escape", "invalid escape", start, *i);
        e.help = Some(if value > 0x10ffff {
            "unicode escape must be at most 10FFFF"
        } else {
            "unicode escape must not be a surrogate"
        });
        return Err(e);
    }
    Ok(value)
}
