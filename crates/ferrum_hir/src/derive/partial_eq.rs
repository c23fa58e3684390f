//! `#[derive(PartialEq)]`: `eq` compares fields in order with `==`; enums
//! compare discriminants first.

use super::adt::AdtKind;
use super::cmp::{binary_body, Binary, Pair};
use super::{no_unions, DeriveInput, Generated};

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let adt = input.adt;
    if adt.kind == AdtKind::Union {
        return Err(no_unions());
    }
    let fields = |pairs: &[Pair]| {
        if pairs.is_empty() {
            return "true".to_string();
        }
        let parts: Vec<String> = pairs
            .iter()
            .map(|p| {
                let (l, r) = if p.lhs.starts_with('&') { p.places() } else { (p.lhs.clone(), p.rhs.clone()) };
                format!("{l} == {r}")
            })
            .collect();
        parts.join(" && ")
    };
    let b = Binary {
        fields: &fields,
        by_discr: "__self_discr == __arg1_discr".to_string(),
        combine: &|discr, m| format!("{discr} && {m}"),
        same_fieldless: Some("true".to_string()),
    };
    let body = binary_body(adt, &b);
    let path = "::core::cmp::PartialEq";
    let f = format!("#[inline] fn eq(&self, other: &Self) -> bool {{ {body} }}");
    Ok(adt.impl_block(path, path, &f))
}
