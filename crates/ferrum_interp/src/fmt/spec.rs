//! A resolved format spec and the padding rules of `core::fmt::Formatter`
//! (`pad`, `pad_integral`, `pad_formatted_parts`), reproduced exactly.

use ferrum_hir::hir::{Align, FormatTrait};

/// A format spec with width and precision resolved to numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub fill: char,
    pub align: Align,
    pub plus: bool,
    pub minus: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub trait_: FormatTrait,
    /// `{:x?}` (`Some(false)`) and `{:X?}` (`Some(true)`).
    pub debug_hex: Option<bool>,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            fill: ' ',
            align: Align::Unknown,
            plus: false,
            minus: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            trait_: FormatTrait::Display,
            debug_hex: None,
        }
    }
}

/// Writes `pad` fill characters split around the content per alignment.
/// Returns the number to write after the content.
fn pre_pad(out: &mut String, pad: usize, fill: char, align: Align, default: Align) -> usize {
    let align = if align == Align::Unknown { default } else { align };
    let (pre, post) = match align {
        Align::Left => (0, pad),
        Align::Center => (pad / 2, pad.div_ceil(2)),
        _ => (pad, 0),
    };
    out.extend(std::iter::repeat_n(fill, pre));
    post
}

fn post_pad(out: &mut String, post: usize, fill: char) {
    out.extend(std::iter::repeat_n(fill, post));
}

/// `Formatter::pad`: strings, chars, bools. Precision truncates, width pads
/// (left-aligned by default).
pub fn pad(out: &mut String, spec: &Spec, s: &str) {
    if spec.width.is_none() && spec.precision.is_none() {
        out.push_str(s);
        return;
    }
    let s = match spec.precision {
        Some(max) => match s.char_indices().nth(max) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    match spec.width {
        Some(width) => {
            let n = s.chars().count();
            if n >= width {
                out.push_str(s);
            } else {
                let post = pre_pad(out, width - n, spec.fill, spec.align, Align::Left);
                out.push_str(s);
                post_pad(out, post, spec.fill);
            }
        }
        None => out.push_str(s),
    }
}

/// `Formatter::pad_integral`: sign, `#` prefix, zero padding after them.
pub fn pad_integral(out: &mut String, spec: &Spec, is_nonnegative: bool, prefix: &str, digits: &str) {
    let mut width = digits.len();
    let sign = if !is_nonnegative {
        width += 1;
        Some('-')
    } else if spec.plus {
        width += 1;
        Some('+')
    } else {
        None
    };
    let prefix = if spec.alternate {
        width += prefix.chars().count();
        Some(prefix)
    } else {
        None
    };
    let write_prefix = |out: &mut String| {
        if let Some(c) = sign {
            out.push(c);
        }
        if let Some(p) = prefix {
            out.push_str(p);
        }
    };
    match spec.width {
        Some(min) if width < min => {
            if spec.zero {
                write_prefix(out);
                let post = pre_pad(out, min - width, '0', Align::Right, Align::Right);
                out.push_str(digits);
                post_pad(out, post, '0');
            } else {
                let post = pre_pad(out, min - width, spec.fill, spec.align, Align::Right);
                write_prefix(out);
                out.push_str(digits);
                post_pad(out, post, spec.fill);
            }
        }
        _ => {
            write_prefix(out);
            out.push_str(digits);
        }
    }
}

/// `Formatter::pad_formatted_parts`: floats and exponent forms; `sign` is
/// already decided ("", "-" or "+").
pub fn pad_formatted_parts(out: &mut String, spec: &Spec, sign: &str, body: &str) {
    let Some(mut width) = spec.width else {
        out.push_str(sign);
        out.push_str(body);
        return;
    };
    let (mut fill, mut align, mut sign) = (spec.fill, spec.align, sign);
    if spec.zero {
        out.push_str(sign);
        width = width.saturating_sub(sign.len());
        sign = "";
        fill = '0';
        align = Align::Right;
    }
    let len = sign.len() + body.len();
    if width <= len {
        out.push_str(sign);
        out.push_str(body);
    } else {
        let post = pre_pad(out, width - len, fill, align, Align::Right);
        out.push_str(sign);
        out.push_str(body);
        post_pad(out, post, fill);
    }
}
