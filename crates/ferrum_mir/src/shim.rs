//! Shims: the bodies behind [`ferrum_ty::traits::Shim`] instances, built on
//! demand by a backend for concrete types.

use crate::mir::{BasicBlock, Body, Callee, Operand, Place, Rvalue, TerminatorKind};
use crate::synth::{synthetic_owner, BodyBuilder};
use ferrum_hir::hir::Mutability;
use ferrum_ty::traits::Shim;
use ferrum_ty::ty::{Ty, TyKind};
use ferrum_ty::{ClosureKind, TypedProgram};

/// The MIR body of `shim` (whose types are concrete).
pub fn build_shim(program: &TypedProgram, shim: &Shim) -> Result<Body, String> {
    match shim {
        Shim::ClosureOnce { closure, args } => closure_once(program, *closure, *args),
        Shim::FnPtr { method, callee, args } => fn_ptr_call(program, *method, *callee, *args),
        Shim::ByPtr { method, substs } => by_ptr_call(program, *method, substs),
    }
}

/// `fn(this: *mut Self, rest...)`: moves `*this` out and calls the by-value
/// method `method::<substs>(*this, rest...)`.
fn by_ptr_call(program: &TypedProgram, method: ferrum_hir::hir::DefId, substs: &[Ty]) -> Result<Body, String> {
    let tcx = &program.tcx;
    let sig = program.items.fn_sigs.get(&method).ok_or("by-pointer shim of a method without signature")?;
    let inputs: Vec<Ty> = sig.inputs.iter().map(|&t| program.normalize(tcx.subst(t, substs))).collect();
    let self_ty = *inputs.first().ok_or("by-pointer shim of a method without `self`")?;
    let mut b = BodyBuilder::new(program.normalize(tcx.subst(sig.output, substs)));
    let this = b.local(tcx.mk_ptr(self_ty, Mutability::Mut));
    let rest: Vec<_> = inputs[1..].iter().map(|&t| b.local(t)).collect();
    let value = b.local(self_ty);
    b.assign(Place::local(value), Rvalue::Use(Operand::Move(Place::local(this).deref())));
    let args = std::iter::once(value).chain(rest.iter().copied()).map(|l| Operand::Move(Place::local(l))).collect();
    let ret = BasicBlock(b.next_block().0 + 1);
    b.finish_block(TerminatorKind::Call {
        func: Callee::Fn(method, substs.into()),
        args,
        dest: Place::return_place(),
        target: Some(ret),
    });
    b.finish_block(TerminatorKind::Return);
    Ok(b.into_body(synthetic_owner(), inputs.len()))
}

/// `call_once(self: C, args: A)` for a closure whose body takes `&C` or
/// `&mut C`: borrows the environment, runs the body, drops the environment.
fn closure_once(program: &TypedProgram, closure: Ty, args: Ty) -> Result<Body, String> {
    let tcx = &program.tcx;
    let TyKind::Closure { owner, expr, substs } = tcx.kind(closure) else {
        return Err("closure shim of a non-closure type".into());
    };
    let info = program.closures.get(&(owner, expr)).ok_or("closure shim without closure information")?;
    let ret = program.normalize(tcx.subst(info.output, &substs));
    // The body borrows its environment: shared for `Fn`, unique for `FnMut`.
    let (kind, m) = match info.kind {
        ClosureKind::Fn => (ClosureKind::Fn, Mutability::Not),
        _ => (ClosureKind::FnMut, Mutability::Mut),
    };
    let trait_ = program.krate.lang_item(kind.lang_item()).ok_or("missing `Fn` lang item")?;
    let method = ferrum_ty::impls::assoc_item(&program.krate, trait_, ferrum_span::Symbol::intern(kind.method_name()))
        .ok_or("missing `Fn*` method")?;
    let mut b = BodyBuilder::new(ret);
    let env = b.local(closure);
    let args_local = b.local(args);
    let env_ref = b.local(tcx.mk_ref(closure, m));
    b.assign(Place::local(env_ref), Rvalue::Ref(m, Place::local(env)));
    let after_call = BasicBlock(b.next_block().0 + 1);
    b.finish_block(TerminatorKind::Call {
        func: Callee::Fn(method, vec![closure, args].into()),
        args: vec![Operand::Move(Place::local(env_ref)), Operand::Move(Place::local(args_local))],
        dest: Place::return_place(),
        target: Some(after_call),
    });
    let after_drop = BasicBlock(b.next_block().0 + 1);
    b.finish_block(TerminatorKind::Drop { place: Place::local(env), target: after_drop });
    b.finish_block(TerminatorKind::Return);
    Ok(b.into_body(synthetic_owner(), 2))
}

/// `call*(self, args: (A, B))` of a function item or pointer `F`: calls it
/// with `args.0, args.1`. `self` is `F`, `&F` or `&mut F` by the method.
fn fn_ptr_call(program: &TypedProgram, method: ferrum_hir::hir::DefId, callee: Ty, args: Ty) -> Result<Body, String> {
    let tcx = &program.tcx;
    let TyKind::Tuple(arg_tys) = tcx.kind(args) else { return Err("`Fn*` arguments are not a tuple".into()) };
    let (inputs, output) = match tcx.kind(callee) {
        TyKind::FnDef(def, substs) => {
            let sig = program.items.fn_sigs.get(&def).ok_or("function without signature")?;
            (sig.inputs.len(), program.normalize(tcx.subst(sig.output, &substs)))
        }
        TyKind::FnPtr(sig) => (sig.inputs.len(), sig.output),
        _ => return Err("fn-pointer shim of a non-function type".into()),
    };
    if inputs != arg_tys.len() {
        return Err("`Fn*` argument count mismatch".into());
    }
    let self_ty = match program.krate.defs[method].name.as_str() {
        "call" => tcx.mk_ref(callee, Mutability::Not),
        "call_mut" => tcx.mk_ref(callee, Mutability::Mut),
        _ => callee,
    };
    let mut b = BodyBuilder::new(output);
    let this = b.local(self_ty);
    let args_local = b.local(args);
    let fn_place = if self_ty == callee { Place::local(this) } else { Place::local(this).deref() };
    let func = match tcx.kind(callee) {
        TyKind::FnDef(def, substs) => Callee::Fn(def, substs),
        _ => Callee::Indirect(Operand::Copy(fn_place)),
    };
    let ops =
        arg_tys.iter().enumerate().map(|(i, &t)| Operand::Move(Place::local(args_local).field(i as u32, t))).collect();
    let ret = BasicBlock(b.next_block().0 + 1);
    b.finish_block(TerminatorKind::Call { func, args: ops, dest: Place::return_place(), target: Some(ret) });
    b.finish_block(TerminatorKind::Return);
    Ok(b.into_body(synthetic_owner(), 2))
}
