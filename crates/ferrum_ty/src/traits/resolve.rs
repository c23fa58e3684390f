//! Monomorphic questions, asked by backends once all generic arguments are
//! concrete: which function a trait method call runs, and what an
//! associated type is.

use super::{SelectCx, Selection};
use crate::impls::assoc_item;
use crate::infer::InferCtxt;
use crate::items::TraitRef;
use crate::program::TypedProgram;
use crate::ty::{Substs, Ty, TyKind};
use ferrum_hir::hir::{DefId, DefKind};

/// The trait that declares `def`, if `def` is a trait item.
fn trait_of(program: &TypedProgram, def: DefId) -> Option<DefId> {
    let parent = program.krate.defs[def].parent?;
    matches!(program.krate.defs[parent].kind, DefKind::Trait(_)).then_some(parent)
}

fn select_cx(program: &TypedProgram) -> SelectCx<'_> {
    SelectCx {
        krate: &program.krate,
        tcx: &program.tcx,
        items: &program.items,
        impls: &program.impls,
        env: &[],
        closures: &program.closures,
    }
}

/// Selects the impl for a fully concrete `goal`, with its generic arguments.
pub fn select_concrete(program: &TypedProgram, goal: &TraitRef) -> Option<(DefId, Vec<Ty>)> {
    let cx = select_cx(program);
    let mut infcx = InferCtxt::new(&program.tcx);
    match cx.select(&mut infcx, goal) {
        Selection::Impl { impl_def, substs } => Some((impl_def, substs.iter().map(|&t| infcx.resolve(t)).collect())),
        _ => None,
    }
}

/// What a call runs, once its generic arguments are concrete.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Instance {
    /// A function (or a builtin/intrinsic declaration) with its arguments.
    Item(DefId, Substs),
    /// A closure's body, with the enclosing item's generic arguments.
    Closure { owner: DefId, expr: u32, substs: Substs },
    /// A body the compiler generates (built by `ferrum_mir::shim`).
    Shim(Shim),
    /// A call through a trait object: entry `index` of
    /// [`crate::object::vtable_methods`] of the receiver's principal trait.
    /// The receiver (first argument) is a wide pointer; the callee gets its
    /// data pointer.
    Virtual { method: DefId, index: usize },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Shim {
    /// `FnOnce::call_once` of a closure whose body borrows its environment:
    /// calls the body, then drops the environment.
    ClosureOnce { closure: Ty, args: Ty },
    /// `Fn*::call*` of a function item or pointer: calls it with the
    /// argument tuple spread out. `method` is the trait method called.
    FnPtr { method: DefId, callee: Ty, args: Ty },
    /// A closure without captures called through a function pointer: takes
    /// the arguments spread out and calls the body with an empty environment.
    ClosureFnPtr { closure: Ty },
    /// A trait method taking `self` by value, called with a pointer to
    /// `self` instead: moves the value out and calls the method. Vtables
    /// hold these for by-value methods (`FnOnce::call_once` of a boxed
    /// closure), since a virtual call passes the object's data pointer.
    ByPtr { method: DefId, substs: Substs },
}

/// See [`TypedProgram::resolve_instance`]: a call of trait method `def`
/// becomes the implementing impl's method, or the trait's default body;
/// `Fn*` calls of closures and functions become their bodies or shims.
/// Calls through `dyn Trait` become virtual calls.
pub fn resolve_instance(program: &TypedProgram, def: DefId, substs: &[Ty]) -> Instance {
    let item = || Instance::Item(def, substs.into());
    let Some(trait_) = trait_of(program, def) else { return item() };
    let trait_count = crate::generics::param_count(&program.krate, trait_);
    if substs.len() < trait_count {
        return item();
    }
    let goal = TraitRef { trait_, substs: substs[..trait_count].into() };
    if let TyKind::Dynamic { trait_: principal, .. } = program.tcx.kind(goal.self_ty()) {
        let methods = crate::object::vtable_methods(&program.krate, &program.tcx, &program.items, principal);
        if let Some(index) = methods.iter().position(|&(m, _)| m == def) {
            return Instance::Virtual { method: def, index };
        }
        // Not the object's own trait: an impl for the object type applies
        // (`impl<T: Display + ?Sized> ToString for T` with `T = dyn Display`).
    }
    if select_cx(program).is_fn_trait(trait_) {
        if let Some(instance) = resolve_fn_call(program, def, &goal) {
            return instance;
        }
    }
    let (def, substs) = resolve_impl_item(program, def, substs, &goal, trait_count);
    Instance::Item(def, substs)
}

/// `Fn::call`/`FnMut::call_mut`/`FnOnce::call_once` on a closure, function
/// item or function pointer.
fn resolve_fn_call(program: &TypedProgram, method: DefId, goal: &TraitRef) -> Option<Instance> {
    let self_ty = goal.self_ty();
    let args = *goal.substs.get(1)?;
    match program.tcx.kind(self_ty) {
        TyKind::Closure { owner, expr, substs } => {
            let info = program.closures.get(&(owner, expr))?;
            let is_call_once = program.krate.defs[method].name.as_str() == "call_once";
            if is_call_once && info.kind != crate::results::ClosureKind::FnOnce {
                return Some(Instance::Shim(Shim::ClosureOnce { closure: self_ty, args }));
            }
            Some(Instance::Closure { owner, expr, substs })
        }
        TyKind::FnDef(..) | TyKind::FnPtr(_) => Some(Instance::Shim(Shim::FnPtr { method, callee: self_ty, args })),
        _ => None,
    }
}

fn resolve_impl_item(
    program: &TypedProgram,
    def: DefId,
    substs: &[Ty],
    goal: &TraitRef,
    trait_count: usize,
) -> (DefId, Substs) {
    let Some((impl_def, impl_substs)) = select_concrete(program, goal) else { return (def, substs.into()) };
    match assoc_item(&program.krate, impl_def, program.krate.defs[def].name) {
        Some(item) => {
            let mut all = impl_substs;
            all.extend_from_slice(&substs[trait_count..]);
            (item, all.into())
        }
        None => (def, substs.into()),
    }
}

/// Replaces associated-type projections with concrete self types by the
/// types their impls give them.
pub fn normalize_concrete(program: &TypedProgram, ty: Ty) -> Ty {
    let tcx = &program.tcx;
    tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
        TyKind::Projection { trait_, substs, name } => {
            let substs: Substs = substs.iter().map(|&s| normalize_concrete(program, s)).collect();
            let cx = select_cx(program);
            if name.as_str() == "Output" && cx.is_fn_trait(trait_) {
                if let Some((_, output)) = cx.callable_sig(substs[0]) {
                    return Some(normalize_concrete(program, output));
                }
            }
            if let TyKind::Dynamic { assoc, .. } = tcx.kind(substs[0]) {
                let bound = assoc.iter().find(|(n, _)| *n == name)?.1;
                return Some(normalize_concrete(program, bound));
            }
            let goal = TraitRef { trait_, substs };
            let (impl_def, impl_substs) = select_concrete(program, &goal)?;
            let assoc = *program.items.impl_assoc_tys.get(&(impl_def, name))?;
            Some(normalize_concrete(program, tcx.subst(assoc, &impl_substs)))
        }
        _ => None,
    })
}
