//! Shared shape of the two-operand derives (`PartialEq`, `PartialOrd`,
//! `Ord`): fields of `self` and `other` side by side, and the enum match
//! on `(self, other)` that rustc generates.

use super::adt::{Adt, AdtKind, Variant};
use super::discr_lets;

/// One field of both operands, as references: `&self.a`/`&other.a` for a
/// struct, the bindings `__self_0`/`__arg1_0` inside an enum match.
pub(crate) struct Pair {
    pub lhs: String,
    pub rhs: String,
}

impl Pair {
    /// The operands as places (`self.a`, `*__self_0`).
    pub(crate) fn places(&self) -> (String, String) {
        (deref(&self.lhs), deref(&self.rhs))
    }
}

fn deref(r: &str) -> String {
    match r.strip_prefix('&') {
        Some(p) => p.to_string(),
        None => format!("*{r}"),
    }
}

/// A two-operand method body. `fields` combines the pairs of one variant;
/// `fieldless` is the result for two values of the same variant without
/// fields; `by_discr` compares the discriminants `__self_discr` and
/// `__arg1_discr` and is the answer when the variants differ (or none
/// has fields); `combine(discr, rest)` joins the discriminant test with the
/// match on fields.
pub(crate) struct Binary<'a> {
    pub fields: &'a dyn Fn(&[Pair]) -> String,
    pub by_discr: String,
    pub combine: &'a dyn Fn(&str, &str) -> String,
    /// The fallback arm when the variants are equal but fieldless
    /// (`true` for `PartialEq`); `None` means "compare discriminants".
    pub same_fieldless: Option<String>,
}

pub(crate) fn binary_body(adt: &Adt, b: &Binary) -> String {
    match adt.kind {
        AdtKind::Struct | AdtKind::Union => {
            let v = &adt.variants[0];
            let pairs: Vec<Pair> =
                v.fields.iter().map(|f| Pair { lhs: format!("&self.{f}"), rhs: format!("&other.{f}") }).collect();
            (b.fields)(&pairs)
        }
        AdtKind::Enum => enum_body(adt, b),
    }
}

fn enum_body(adt: &Adt, b: &Binary) -> String {
    match adt.variants.as_slice() {
        [] => "match *self {}".to_string(),
        [v] => format!("match (self, other) {{ {} }}", arm(adt, v, b)),
        vs => {
            let with_fields: Vec<&Variant> = vs.iter().filter(|v| !v.fields.is_empty()).collect();
            if with_fields.is_empty() {
                return format!("{}{}", discr_lets(adt, true), b.by_discr);
            }
            let mut arms: Vec<String> = with_fields.iter().map(|v| arm(adt, v, b)).collect();
            let fallback = if with_fields.len() == vs.len() {
                match &b.same_fieldless {
                    Some(_) => "_ => unsafe { ::core::intrinsics::unreachable() }".to_string(),
                    None => format!("_ => {}", b.by_discr),
                }
            } else {
                match &b.same_fieldless {
                    Some(e) => format!("_ => {e}"),
                    None => format!("_ => {}", b.by_discr),
                }
            };
            arms.push(fallback);
            let m = format!("match (self, other) {{ {} }}", arms.join(", "));
            format!("{}{}", discr_lets(adt, true), (b.combine)(&b.by_discr, &m))
        }
    }
}

fn arm(adt: &Adt, v: &Variant, b: &Binary) -> String {
    let pairs: Vec<Pair> =
        (0..v.fields.len()).map(|i| Pair { lhs: format!("__self_{i}"), rhs: format!("__arg1_{i}") }).collect();
    format!("({}, {}) => {}", adt.pattern(v, "__self"), adt.pattern(v, "__arg1"), (b.fields)(&pairs))
}

/// `match f(a0, b0) { Equal => match f(a1, b1) { ... }, cmp => cmp }`:
/// rustc's lexicographic chain; `equal` is the pattern (and, with no
/// fields, the value) meaning "equal so far".
pub(crate) fn chain(pairs: &[Pair], call: &str, equal_pat: &str, equal_value: &str) -> String {
    match pairs.split_last() {
        None => equal_value.to_string(),
        Some((last, init)) => {
            let mut out = format!("{call}({}, {})", last.lhs, last.rhs);
            for p in init.iter().rev() {
                out = format!("match {call}({}, {}) {{ {equal_pat} => {out}, cmp => cmp }}", p.lhs, p.rhs);
            }
            out
        }
    }
}
