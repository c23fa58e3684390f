//! `#[derive(Eq)]`: a marker impl (ferrum's `Eq` has no methods to check
//! field types with, unlike rustc's hidden `assert_receiver_is_total_eq`).

use super::{DeriveInput, Generated};

pub(super) fn expand(input: &DeriveInput) -> Generated {
    let path = "::core::cmp::Eq";
    Ok(input.adt.impl_block(path, path, ""))
}
