//! `#[derive(Default)]`: a struct of `Default::default()` fields, or the
//! enum's unit variant marked `#[default]`.

use super::adt::{AdtKind, Shape};
use super::{no_unions, DeriveInput, Generated};
use ferrum_span::Diagnostic;

const CALL: &str = "::core::default::Default::default()";

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let adt = input.adt;
    let body = match adt.kind {
        AdtKind::Union => return Err(no_unions()),
        AdtKind::Struct => {
            let v = &adt.variants[0];
            let values = vec![CALL.to_string(); v.fields.len()];
            adt.construct(v, &values)
        }
        AdtKind::Enum => {
            let defaults: Vec<_> = adt.variants.iter().filter(|v| v.is_default).collect();
            match defaults.as_slice() {
                [] => return Err(Diagnostic::error("`#[derive(Default)]` on enum with no `#[default]`").code("E0665")),
                [v] if v.shape != Shape::Unit => {
                    return Err(Diagnostic::error("the `#[default]` attribute may only be used on unit enum variants")
                        .primary(v.span, "")
                        .help("consider a manual implementation of `Default`"))
                }
                [v] => adt.variant_path(v),
                _ => return Err(Diagnostic::error("multiple declared defaults")),
            }
        }
    };
    let path = "::core::default::Default";
    let f = format!("#[inline] fn default() -> Self {{ {body} }}");
    Ok(adt.impl_block(path, path, &f))
}
