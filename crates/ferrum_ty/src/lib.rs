//! Type checking: HIR bodies to typed bodies.
//!
//! Input: a [`ferrum_hir::hir::Crate`].
//! Output: a [`TypedProgram`]: interned types ([`ty::TyCtxt`]), item
//! signatures ([`items::ItemTables`]), and for every body a
//! [`TypeckResults`] side table (type of every expression, pattern and
//! binding, path and method resolutions, adjustments), plus diagnostics.
//!
//! Invariants: after a body checks without errors, its results contain no
//! inference variables; every expression has a type (`Error` after an error).

mod check;
mod collect;
pub mod const_eval;
pub mod display;
mod exhaustive;
pub mod generics;
pub mod impls;
mod infer;
pub mod items;
pub mod lower_ty;
pub mod privacy;
pub mod program;
pub mod results;
pub mod traits;
pub mod ty;

pub use collect::variant_of;
pub use program::TypedProgram;
pub use results::{Adjust, TypeckResults, ValueRes};

use ferrum_hir::hir::{Crate, DefKind};
use ferrum_span::Diagnostics;
use rustc_hash::FxHashMap;

/// Type-checks every body of the program.
pub fn check_program(krate: Crate, diags: &mut Diagnostics) -> TypedProgram {
    let tcx = ty::TyCtxt::new();
    let items = collect::collect_items(&krate, &tcx, diags);
    let impls = impls::ImplIndex::build(&krate, &tcx, &items);
    let mut typeck = FxHashMap::default();
    for (def, d) in krate.defs.iter() {
        let (body, inputs, output) = match &d.kind {
            DefKind::Fn(f) => {
                let Some(body) = f.body else { continue };
                let sig = &items.fn_sigs[&def];
                (body, sig.inputs.to_vec(), sig.output)
            }
            DefKind::Const { body: Some(body), .. } | DefKind::Static { body: Some(body), .. } => {
                (*body, Vec::new(), items.value_tys[&def])
            }
            _ => continue,
        };
        let results = check::check_body(&krate, &tcx, &items, &impls, def, body, &inputs, output, diags);
        typeck.insert(body, results);
    }
    TypedProgram { krate, tcx, items, typeck }
}
