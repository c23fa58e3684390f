//! `str`, `char` and `bool`: Display pads (and truncates to the
//! precision); Debug quotes and escapes exactly like Rust's
//! `char::escape_debug` (delegated to the host's own `Debug`).

use super::spec::{pad, Spec};
use ferrum_hir::hir::FormatTrait;

pub fn fmt_str(out: &mut String, spec: &Spec, s: &str) {
    if spec.trait_ == FormatTrait::Debug {
        out.push_str(&format!("{s:?}"));
    } else {
        pad(out, spec, s);
    }
}

pub fn fmt_char(out: &mut String, spec: &Spec, c: char) {
    if spec.trait_ == FormatTrait::Debug {
        out.push_str(&format!("{c:?}"));
    } else if spec.width.is_none() && spec.precision.is_none() {
        out.push(c);
    } else {
        pad(out, spec, c.encode_utf8(&mut [0; 4]));
    }
}

pub fn fmt_bool(out: &mut String, spec: &Spec, b: bool) {
    pad(out, spec, if b { "true" } else { "false" });
}
