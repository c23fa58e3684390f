//! The type questions the checks ask: is a value copied or moved, and can
//! a value hold a borrow.

use ferrum_hir::hir::Mutability;
use ferrum_mir::tys::{MirCtxt, ParamEnv};
use ferrum_ty::ty::{Ty, TyKind};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Whether values of `ty` are copied rather than moved: primitives, shared
/// references, raw and function pointers, tuples and arrays of `Copy`
/// types, ADTs with `#[derive(Copy)]` (or an `impl Copy`) whose fields
/// are all `Copy`, and generic parameters bounded by `Copy`.
///
/// This is the one place the checker decides it. It asks the question the
/// MIR builder asked when it chose `copy` or `move`, and also answers yes
/// for library types the library does not (yet) mark `Copy` but Rust's
/// does (`Option<&T>`): a library ADT without destructor whose fields are
/// all `Copy`. Saying "copied" for a type that is moved can only hide
/// errors, never invent one. A trait-solver answer replaces this later.
pub(crate) fn is_copy(mcx: &MirCtxt, env: &ParamEnv, ty: Ty) -> bool {
    is_copy_depth(mcx, env, ty, 0)
}

fn is_copy_depth(mcx: &MirCtxt, env: &ParamEnv, ty: Ty, depth: u32) -> bool {
    if mcx.is_copy(env, ty) {
        return true;
    }
    if depth > 16 {
        return false;
    }
    match mcx.tcx().kind(ty) {
        TyKind::Tuple(tys) => tys.iter().all(|&t| is_copy_depth(mcx, env, t, depth + 1)),
        TyKind::Array(t, _) => is_copy_depth(mcx, env, t, depth + 1),
        TyKind::Adt(def, substs) => {
            mcx.program.krate.defs[def].is_library
                && !mcx.needs_drop(ty)
                && mcx.adt_field_tys(def, &substs).iter().all(|&t| is_copy_depth(mcx, env, t, depth + 1))
        }
        _ => false,
    }
}

/// Whether `ty` is `&mut T`. Passing such a place where a reference is
/// expected reborrows it in Rust; MIR does not distinguish that from a
/// move, so the checks never treat it as one.
pub(crate) fn is_mut_ref(mcx: &MirCtxt, ty: Ty) -> bool {
    matches!(mcx.tcx().kind(ty), TyKind::Ref(_, Mutability::Mut))
}

/// Answers "may a value of this type hold a reference (a loan)?", cached.
///
/// References, closures (which capture by reference) and aggregates of
/// them may; raw pointers carry no loan. Generic parameters, trait
/// objects and unknown types answer `false`: a value the checker thinks
/// holds no loan can only make it report less.
#[derive(Default)]
pub(crate) struct LoanHolders {
    cache: RefCell<FxHashMap<Ty, bool>>,
}

impl LoanHolders {
    pub(crate) fn may_hold(&self, mcx: &MirCtxt, ty: Ty) -> bool {
        if let Some(&known) = self.cache.borrow().get(&ty) {
            return known;
        }
        // A recursive type sees `false` for itself while being computed;
        // some other part of it decides the answer.
        self.cache.borrow_mut().insert(ty, false);
        let answer = self.compute(mcx, ty);
        self.cache.borrow_mut().insert(ty, answer);
        answer
    }

    fn compute(&self, mcx: &MirCtxt, ty: Ty) -> bool {
        match mcx.tcx().kind(ty) {
            TyKind::Ref(..) | TyKind::Closure { .. } => true,
            TyKind::Tuple(tys) => tys.iter().any(|&t| self.may_hold(mcx, t)),
            TyKind::Array(t, _) | TyKind::Slice(t) => self.may_hold(mcx, t),
            TyKind::Adt(def, substs) => {
                substs.iter().any(|&t| self.may_hold(mcx, t))
                    || mcx.adt_field_tys(def, &substs).iter().any(|&t| self.may_hold(mcx, t))
            }
            _ => false,
        }
    }
}
