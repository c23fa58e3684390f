//! `#[derive(Debug)]`, as rustc expands it: `debug_struct` with every
//! named field, `debug_tuple` with every positional one, and the bare name
//! (`write_str`) for a unit struct or variant or one without fields.

use super::adt::{AdtKind, Shape, Variant};
use super::{no_unions, DeriveInput, Generated};

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let adt = input.adt;
    let body = match adt.kind {
        AdtKind::Union => return Err(no_unions()),
        AdtKind::Struct => {
            let v = &adt.variants[0];
            let values: Vec<String> = v.fields.iter().map(|f| format!("&self.{f}")).collect();
            variant_body(v, &values)
        }
        AdtKind::Enum if adt.variants.is_empty() => "match *self {}".to_string(),
        AdtKind::Enum => {
            let arms: Vec<String> = adt
                .variants
                .iter()
                .map(|v| {
                    let values: Vec<String> = (0..v.fields.len()).map(|i| format!("__self_{i}")).collect();
                    format!("{} => {}", adt.pattern(v, "__self"), variant_body(v, &values))
                })
                .collect();
            format!("match self {{ {} }}", arms.join(", "))
        }
    };
    let path = "::core::fmt::Debug";
    let f = format!("fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{ {body} }}");
    Ok(adt.impl_block(path, path, &f))
}

/// The builder calls for one variant; `values` are references to its fields.
fn variant_body(v: &Variant, values: &[String]) -> String {
    let name = unraw(&v.name);
    if values.is_empty() {
        return format!("::core::fmt::Formatter::write_str(f, \"{name}\")");
    }
    let mut s = match v.shape {
        Shape::Named => format!("::core::fmt::Formatter::debug_struct(f, \"{name}\")"),
        _ => format!("::core::fmt::Formatter::debug_tuple(f, \"{name}\")"),
    };
    for (field, value) in v.fields.iter().zip(values) {
        match v.shape {
            Shape::Named => s.push_str(&format!(".field(\"{}\", {value})", unraw(field))),
            _ => s.push_str(&format!(".field({value})")),
        }
    }
    s.push_str(".finish()");
    s
}

/// A name as `Debug` prints it: `r#type` is `type`.
fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}
