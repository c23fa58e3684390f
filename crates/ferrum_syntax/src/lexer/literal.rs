//! Decoding literal tokens: integer values in every base, float text,
//! characters, bytes and (raw, byte) strings, with rustc's diagnostics for
//! malformed ones. A malformed literal becomes `LitKind::Err`.

use super::escape::{unescape, EscError, Mode};
use super::rustc_lexer;
use super::Lexer;
use crate::ast::{Lit, LitKind};
use ferrum_span::{Diagnostic, Symbol};
use rustc_lexer::{Base, LiteralKind, RawStrError};

const INT_SUFFIXES: &[&str] = &["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"];

pub(super) fn lit(lx: &mut Lexer, kind: LiteralKind, lo: usize, hi: usize, suffix_start: usize) -> Lit {
    let suffix_text = &lx.text[suffix_start..hi];
    let suffix = (!suffix_text.is_empty()).then(|| lx.intern(suffix_text));
    let span = lx.span(lo, hi);
    let kind = match kind {
        LiteralKind::Int { base, empty_int } => int(lx, base, empty_int, lo, suffix_start, hi),
        LiteralKind::Float { base, empty_exponent } => float(lx, base, empty_exponent, lo, suffix_start, hi),
        _ => {
            if !suffix_text.is_empty() {
                let msg = "suffixes on string literals are invalid";
                lx.error(msg, suffix_start, hi, &format!("invalid suffix `{suffix_text}`"));
            }
            text_lit(lx, kind, lo, suffix_start)
        }
    };
    Lit { kind, suffix, span }
}

fn int(lx: &mut Lexer, base: Base, empty: bool, lo: usize, end: usize, hi: usize) -> LitKind {
    if empty {
        let span = lx.span(lo, end);
        lx.diags.push(Diagnostic::error("no valid digits found for number").code("E0768").primary(span, ""));
        return LitKind::Err;
    }
    let suffix = &lx.text[end..hi];
    if base == Base::Decimal && (suffix == "f32" || suffix == "f64") {
        return LitKind::Float(float_symbol(&lx.text[lo..end]));
    }
    check_int_suffix(lx, suffix, end, hi);
    let prefix = if base == Base::Decimal { 0 } else { 2 };
    let radix = base as u32;
    let mut value: u128 = 0;
    let mut overflow = false;
    for (i, c) in lx.text[lo + prefix..end].char_indices() {
        if c == '_' {
            continue;
        }
        let Some(d) = c.to_digit(radix) else {
            let at = lo + prefix + i;
            lx.error(format!("invalid digit for a base {radix} literal"), at, at + c.len_utf8(), "");
            return LitKind::Err;
        };
        match value.checked_mul(radix as u128).and_then(|v| v.checked_add(d as u128)) {
            Some(v) => value = v,
            None => overflow = true,
        }
    }
    if overflow {
        let span = lx.span(lo, hi);
        let note = format!("value exceeds limit of `{}`", u128::MAX);
        lx.diags.push(Diagnostic::error("integer literal is too large").primary(span, "").note(note));
        return LitKind::Err;
    }
    LitKind::Int(value)
}

fn check_int_suffix(lx: &mut Lexer, suffix: &str, lo: usize, hi: usize) {
    if suffix.is_empty() || INT_SUFFIXES.contains(&suffix) {
        return;
    }
    let span = lx.span(lo, hi);
    let width = suffix.strip_prefix(['i', 'u']).filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    let diag = match width {
        Some(w) => Diagnostic::error(format!("invalid width `{w}` for integer literal"))
            .primary(span, "")
            .help("valid widths are 8, 16, 32, 64 and 128"),
        None => Diagnostic::error(format!("invalid suffix `{suffix}` for number literal"))
            .primary(span, format!("invalid suffix `{suffix}`"))
            .help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)"),
    };
    lx.diags.push(diag);
}

fn float(lx: &mut Lexer, base: Base, empty_exponent: bool, lo: usize, end: usize, hi: usize) -> LitKind {
    if base != Base::Decimal {
        let name = match base {
            Base::Binary => "binary",
            Base::Octal => "octal",
            _ => "hexadecimal",
        };
        lx.error(format!("{name} float literal is not supported"), lo, end, "");
        return LitKind::Err;
    }
    if empty_exponent {
        lx.error("expected at least one digit in exponent", lo, end, "");
        return LitKind::Err;
    }
    let suffix = &lx.text[end..hi];
    if !suffix.is_empty() && suffix != "f32" && suffix != "f64" {
        let span = lx.span(end, hi);
        let diag = Diagnostic::error(format!("invalid suffix `{suffix}` for float literal"))
            .primary(span, format!("invalid suffix `{suffix}`"))
            .help("valid suffixes are `f32` and `f64`");
        lx.diags.push(diag);
    }
    LitKind::Float(float_symbol(&lx.text[lo..end]))
}

fn float_symbol(text: &str) -> Symbol {
    if text.contains('_') {
        Symbol::intern(&text.replace('_', ""))
    } else {
        Symbol::intern(text)
    }
}

fn text_lit(lx: &mut Lexer, kind: LiteralKind, lo: usize, end: usize) -> LitKind {
    let unterminated = |code: &'static str, what: &str, lx: &mut Lexer| {
        lx.fatal = true;
        let span = lx.span(lo, end);
        lx.diags.push(Diagnostic::error(format!("unterminated {what}")).code(code).primary(span, ""));
        LitKind::Err
    };
    match kind {
        LiteralKind::Char { terminated: false } => unterminated("E0762", "character literal", lx),
        LiteralKind::Byte { terminated: false } => unterminated("E0763", "byte constant", lx),
        LiteralKind::Str { terminated: false } => unterminated("E0765", "double quote string", lx),
        LiteralKind::ByteStr { terminated: false } => unterminated("E0766", "double quote byte string", lx),
        LiteralKind::Char { .. } => char_lit(lx, lo + 1, end - 1, Mode::Char),
        LiteralKind::Byte { .. } => char_lit(lx, lo + 2, end - 1, Mode::Byte),
        LiteralKind::Str { .. } => str_lit(lx, lo + 1, end - 1),
        LiteralKind::ByteStr { .. } => byte_str_lit(lx, lo + 2, end - 1, Mode::ByteStr),
        LiteralKind::RawStr { n_hashes: Some(n) } => {
            let n = n as usize;
            let body = &lx.text[lo + 2 + n..end - 1 - n];
            LitKind::Str(Symbol::intern(&body.replace("\r\n", "\n")))
        }
        LiteralKind::RawByteStr { n_hashes: Some(n) } => {
            let n = n as usize;
            let (blo, bhi) = (lo + 3 + n, end - 1 - n);
            if let Some(i) = lx.text[blo..bhi].find(|c: char| !c.is_ascii()) {
                lx.error("non-ASCII character in raw byte string literal", blo + i, blo + i + 1, "must be ASCII");
            }
            LitKind::ByteStr(lx.text[blo..bhi].replace("\r\n", "\n").into_bytes())
        }
        LiteralKind::RawStr { n_hashes: None } => raw_error(lx, lo, end, 1),
        LiteralKind::RawByteStr { n_hashes: None } => raw_error(lx, lo, end, 2),
        _ => {
            lx.error("C string literals are not supported", lo, end, "");
            LitKind::Err
        }
    }
}

fn raw_error(lx: &mut Lexer, lo: usize, end: usize, prefix_len: u32) -> LitKind {
    let span = lx.span(lo, end);
    let diag = match rustc_lexer::validate_raw_str(&lx.text[lo..end], prefix_len) {
        Err(RawStrError::InvalidStarter { bad_char }) => Diagnostic::error(format!(
            "found invalid character; only `#` is allowed in raw string delimitation: {}",
            bad_char.escape_default()
        ))
        .primary(span, ""),
        Err(RawStrError::TooManyDelimiters { found }) => Diagnostic::error(format!(
            "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found {found}"
        ))
        .primary(span, ""),
        _ => {
            lx.fatal = true;
            Diagnostic::error("unterminated raw string")
                .code("E0748")
                .primary(span.shrink_to_lo(), "unterminated raw string")
        }
    };
    lx.diags.push(diag);
    LitKind::Err
}

fn report(lx: &mut Lexer, base: usize, e: EscError) {
    let span = lx.span(base + e.lo, base + e.hi);
    let mut diag = Diagnostic::error(e.msg).primary(span, e.label);
    if let Some(help) = e.help {
        diag = diag.help(help);
    }
    lx.diags.push(diag);
}

fn char_lit(lx: &mut Lexer, blo: usize, bhi: usize, mode: Mode) -> LitKind {
    let text = lx.text;
    let body = &text[blo..bhi];
    let mut values = [0u32; 2];
    let mut count = 0;
    let mut errors = Vec::new();
    unescape(
        body,
        mode,
        &mut |v| {
            if count < 2 {
                values[count] = v;
            }
            count += 1;
        },
        &mut |e| errors.push(e),
    );
    let failed = !errors.is_empty();
    for e in errors {
        report(lx, blo, e);
    }
    if failed {
        return LitKind::Err;
    }
    let (lo, hi) = (blo - if mode == Mode::Byte { 2 } else { 1 }, bhi + 1);
    match count {
        0 => {
            let msg = if mode == Mode::Byte { "empty byte literal" } else { "empty character literal" };
            lx.error(msg, hi - 1, hi, msg);
            LitKind::Err
        }
        1 if mode == Mode::Byte => LitKind::Byte(values[0] as u8),
        1 => LitKind::Char(char::from_u32(values[0]).unwrap_or('\u{fffd}')),
        _ => {
            let what = if mode == Mode::Byte { "byte" } else { "character" };
            lx.error(format!("{what} literal may only contain one codepoint"), lo, hi, "");
            LitKind::Err
        }
    }
}

fn str_lit(lx: &mut Lexer, blo: usize, bhi: usize) -> LitKind {
    let text = lx.text;
    let body = &text[blo..bhi];
    if !body.contains(['\\', '\r']) {
        return LitKind::Str(lx.intern(body));
    }
    let mut out = String::with_capacity(body.len());
    let mut errors = Vec::new();
    unescape(body, Mode::Str, &mut |v| out.push(char::from_u32(v).unwrap_or('\u{fffd}')), &mut |e| errors.push(e));
    let failed = !errors.is_empty();
    for e in errors {
        report(lx, blo, e);
    }
    if failed {
        return LitKind::Err;
    }
    LitKind::Str(Symbol::intern(&out))
}

fn byte_str_lit(lx: &mut Lexer, blo: usize, bhi: usize, mode: Mode) -> LitKind {
    let text = lx.text;
    let body = &text[blo..bhi];
    let mut out = Vec::with_capacity(body.len());
    let mut errors = Vec::new();
    unescape(body, mode, &mut |v| out.push(v as u8), &mut |e| errors.push(e));
    let failed = !errors.is_empty();
    for e in errors {
        report(lx, blo, e);
    }
    if failed {
        return LitKind::Err;
    }
    LitKind::ByteStr(out)
}
