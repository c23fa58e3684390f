//! `#[derive(Hash)]`: hashes the fields in order; an enum with several
//! variants hashes its discriminant first (as an `isize` for the default
//! representation, like rustc).

use super::adt::{Adt, AdtKind};
use super::{discr_lets, no_unions, DeriveInput, Generated};

const CALL: &str = "::core::hash::Hash::hash";

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let adt = input.adt;
    let body = match adt.kind {
        AdtKind::Union => return Err(no_unions()),
        AdtKind::Struct => {
            let v = &adt.variants[0];
            let stmts: Vec<String> = v.fields.iter().map(|f| format!("{CALL}(&self.{f}, state);")).collect();
            stmts.concat()
        }
        AdtKind::Enum => enum_body(adt),
    };
    let path = "::core::hash::Hash";
    let f = format!("#[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) -> () {{ {body} }}");
    Ok(adt.impl_block(path, path, &f))
}

fn enum_body(adt: &Adt) -> String {
    let arm = |v: &super::adt::Variant| {
        let stmts: Vec<String> = (0..v.fields.len()).map(|i| format!("{CALL}(__self_{i}, state);")).collect();
        format!("{} => {{ {} }}", adt.pattern(v, "__self"), stmts.concat())
    };
    match adt.variants.as_slice() {
        [] => "match *self {}".to_string(),
        [v] => format!("match self {{ {} }}", arm(v)),
        vs => {
            let mut out = format!("{}{CALL}(&__self_discr, state); ", discr_lets(adt, false));
            let with_fields: Vec<_> = vs.iter().filter(|v| !v.fields.is_empty()).collect();
            if !with_fields.is_empty() {
                let mut arms: Vec<String> = with_fields.iter().map(|v| arm(v)).collect();
                if with_fields.len() < vs.len() {
                    arms.push("_ => {}".to_string());
                }
                out.push_str(&format!("match self {{ {} }}", arms.join(", ")));
            }
            out
        }
    }
}
