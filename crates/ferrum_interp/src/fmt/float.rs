//! Floats: the digits come from the host's own `f32`/`f64` formatting
//! (which is Rust's: shortest round-trip, exact precision, exponent
//! forms); sign and padding follow `Formatter::pad_formatted_parts`.

use super::spec::{pad_formatted_parts, Spec};
use ferrum_hir::hir::FormatTrait;

/// A float as the host formats it, for either width.
pub trait HostFloat: std::fmt::Display + std::fmt::Debug + std::fmt::LowerExp + std::fmt::UpperExp + Copy {
    fn is_nan(self) -> bool;
}

impl HostFloat for f32 {
    fn is_nan(self) -> bool {
        f32::is_nan(self)
    }
}

impl HostFloat for f64 {
    fn is_nan(self) -> bool {
        f64::is_nan(self)
    }
}

pub fn fmt_float<F: HostFloat>(out: &mut String, spec: &Spec, v: F) {
    let text = match (spec.trait_, spec.precision) {
        (FormatTrait::LowerExp, Some(p)) => format!("{v:.p$e}"),
        (FormatTrait::LowerExp, None) => format!("{v:e}"),
        (FormatTrait::UpperExp, Some(p)) => format!("{v:.p$E}"),
        (FormatTrait::UpperExp, None) => format!("{v:E}"),
        (_, Some(p)) => format!("{v:.p$}"),
        (FormatTrait::Debug, None) => format!("{v:?}"),
        (_, None) => format!("{v}"),
    };
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None if spec.plus && !v.is_nan() => ("+", text.as_str()),
        None => ("", text.as_str()),
    };
    pad_formatted_parts(out, spec, sign, body);
}
