//! `#[derive(Ord)]`: `cmp` is lexicographic over fields; enums order by
//! discriminant first.

use super::adt::AdtKind;
use super::cmp::{binary_body, chain, Binary, Pair};
use super::{no_unions, DeriveInput, Generated};

const CALL: &str = "::core::cmp::Ord::cmp";
const EQUAL: &str = "::core::cmp::Ordering::Equal";

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let adt = input.adt;
    if adt.kind == AdtKind::Union {
        return Err(no_unions());
    }
    let fields = |pairs: &[Pair]| chain(pairs, CALL, EQUAL, EQUAL);
    let b = Binary {
        fields: &fields,
        by_discr: format!("{CALL}(&__self_discr, &__arg1_discr)"),
        combine: &|_, m| m.to_string(),
        same_fieldless: None,
    };
    let body = binary_body(adt, &b);
    let f = format!("#[inline] fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {{ {body} }}");
    let path = "::core::cmp::Ord";
    Ok(adt.impl_block(path, path, &f))
}
