//! Integers of every width: decimal, hex, octal, binary (two's complement
//! of the type's width for negatives), exponent form, with rustc's padding.

use super::spec::{pad_formatted_parts, pad_integral, Spec};
use crate::ops::{sext, trunc};
use ferrum_hir::hir::FormatTrait;

/// Formats the integer `bits` (zero-extended) of `size` bytes.
pub fn fmt_int(out: &mut String, spec: &Spec, bits: u128, size: usize, signed: bool) {
    let trait_ = match (spec.trait_, spec.debug_hex) {
        (FormatTrait::Debug, Some(false)) => FormatTrait::LowerHex,
        (FormatTrait::Debug, Some(true)) => FormatTrait::UpperHex,
        (t, _) => t,
    };
    let raw = trunc(bits, size);
    match trait_ {
        FormatTrait::LowerHex => pad_integral(out, spec, true, "0x", &format!("{raw:x}")),
        FormatTrait::UpperHex => pad_integral(out, spec, true, "0x", &format!("{raw:X}")),
        FormatTrait::Octal => pad_integral(out, spec, true, "0o", &format!("{raw:o}")),
        FormatTrait::Binary => pad_integral(out, spec, true, "0b", &format!("{raw:b}")),
        FormatTrait::LowerExp | FormatTrait::UpperExp => {
            let upper = trait_ == FormatTrait::UpperExp;
            let text = if signed {
                exp_text(sext(raw, size), spec.precision, upper)
            } else {
                exp_text(raw, spec.precision, upper)
            };
            let (sign, body) = match text.strip_prefix('-') {
                Some(rest) => ("-", rest),
                None if spec.plus => ("+", text.as_str()),
                None => ("", text.as_str()),
            };
            pad_formatted_parts(out, spec, sign, body);
        }
        _ => {
            if signed {
                let v = sext(raw, size);
                pad_integral(out, spec, v >= 0, "", &v.unsigned_abs().to_string());
            } else {
                pad_integral(out, spec, true, "", &raw.to_string());
            }
        }
    }
}

fn exp_text<T: std::fmt::LowerExp + std::fmt::UpperExp>(v: T, precision: Option<usize>, upper: bool) -> String {
    match (precision, upper) {
        (Some(p), false) => format!("{v:.p$e}"),
        (Some(p), true) => format!("{v:.p$E}"),
        (None, false) => format!("{v:e}"),
        (None, true) => format!("{v:E}"),
    }
}
