//! `#[derive(Copy)]`: a marker impl; whether every field is `Copy` is
//! checked with the impl (E0204) by the type checker.

use super::{DeriveInput, Generated};

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let path = "::core::marker::Copy";
    Ok(input.adt.impl_block(path, path, ""))
}
