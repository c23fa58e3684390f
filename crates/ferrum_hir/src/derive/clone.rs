//! `#[derive(Clone)]`: field-wise `Clone::clone`. As in rustc, a type that
//! also derives `Copy` and has no type parameters is cloned by copying
//! (`*self`), and so is a union.

use super::adt::{Adt, AdtKind};
use super::{DeriveInput, Generated};

const CALL: &str = "::core::clone::Clone::clone";

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let adt = input.adt;
    let by_copy = input.derived.contains(&"Copy") && !adt.has_type_params();
    let body = if by_copy || adt.kind == AdtKind::Union { "*self".to_string() } else { fieldwise(adt) };
    let path = "::core::clone::Clone";
    let f = format!("#[inline] fn clone(&self) -> Self {{ {body} }}");
    Ok(adt.impl_block(path, path, &f))
}

fn fieldwise(adt: &Adt) -> String {
    if adt.kind == AdtKind::Struct {
        let v = &adt.variants[0];
        let values: Vec<String> = v.fields.iter().map(|f| format!("{CALL}(&self.{f})")).collect();
        return adt.construct(v, &values);
    }
    if adt.variants.is_empty() {
        return "match *self {}".to_string();
    }
    let arms: Vec<String> = adt
        .variants
        .iter()
        .map(|v| {
            let values: Vec<String> = (0..v.fields.len()).map(|i| format!("{CALL}(__self_{i})")).collect();
            format!("{} => {}", adt.pattern(v, "__self"), adt.construct(v, &values))
        })
        .collect();
    format!("match self {{ {} }}", arms.join(", "))
}
