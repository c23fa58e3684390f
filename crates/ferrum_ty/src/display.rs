//! Printing types the way rustc's diagnostics print them.

use crate::ty::{InferKind, Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId, Mutability};
use ferrum_span::Symbol;

pub fn ty_to_string(tcx: &TyCtxt, krate: &Crate, ty: Ty) -> String {
    let mut out = String::new();
    write_ty(tcx, krate, ty, &mut out);
    out
}

fn write_list(tcx: &TyCtxt, krate: &Crate, tys: &[Ty], out: &mut String) {
    for (i, &t) in tys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_ty(tcx, krate, t, out);
    }
}

fn write_ty(tcx: &TyCtxt, krate: &Crate, ty: Ty, out: &mut String) {
    match tcx.kind(ty) {
        TyKind::Bool => out.push_str("bool"),
        TyKind::Char => out.push_str("char"),
        TyKind::Int(i) => out.push_str(i.name()),
        TyKind::Uint(u) => out.push_str(u.name()),
        TyKind::Float(f) => out.push_str(f.name()),
        TyKind::Str => out.push_str("str"),
        TyKind::Never => out.push('!'),
        TyKind::Tuple(tys) => {
            out.push('(');
            write_list(tcx, krate, &tys, out);
            if tys.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        TyKind::Array(t, n) => {
            out.push('[');
            write_ty(tcx, krate, t, out);
            out.push_str("; ");
            write_ty(tcx, krate, n, out);
            out.push(']');
        }
        TyKind::Slice(t) => {
            out.push('[');
            write_ty(tcx, krate, t, out);
            out.push(']');
        }
        TyKind::Ref(t, m) => {
            out.push_str(if m == Mutability::Mut { "&mut " } else { "&" });
            write_ty(tcx, krate, t, out);
        }
        TyKind::RawPtr(t, m) => {
            out.push_str(if m == Mutability::Mut { "*mut " } else { "*const " });
            write_ty(tcx, krate, t, out);
        }
        TyKind::Adt(def, substs) => {
            out.push_str(krate.defs[def].name.as_str());
            write_substs(tcx, krate, &substs, out);
        }
        TyKind::FnDef(def, _) => {
            let d = &krate.defs[def];
            out.push_str(&format!("fn item {{{}}}", d.name));
        }
        TyKind::FnPtr(sig) => {
            if sig.is_unsafe {
                out.push_str("unsafe ");
            }
            out.push_str("fn(");
            write_list(tcx, krate, &sig.inputs, out);
            out.push(')');
            if !tcx.is_unit(sig.output) {
                out.push_str(" -> ");
                write_ty(tcx, krate, sig.output, out);
            }
        }
        TyKind::Closure { .. } => out.push_str("{closure}"),
        TyKind::Dynamic { trait_, substs, assoc } => {
            out.push_str("dyn ");
            write_object_trait(tcx, krate, trait_, &substs, &assoc, out);
        }
        TyKind::Param { name, .. } => out.push_str(name.as_str()),
        TyKind::ConstValue(v) => out.push_str(&v.to_string()),
        TyKind::Opaque { def, .. } => out.push_str(&format!("impl Trait (returned by `{}`)", krate.defs[def].name)),
        TyKind::Projection { trait_, substs, name } => {
            out.push('<');
            if let Some(&s) = substs.first() {
                write_ty(tcx, krate, s, out);
            }
            out.push_str(&format!(" as {}>::{}", krate.defs[trait_].name, name));
        }
        TyKind::Infer(_, InferKind::Int) => out.push_str("{integer}"),
        TyKind::Infer(_, InferKind::Float) => out.push_str("{float}"),
        TyKind::Infer(_, InferKind::General) => out.push('_'),
        TyKind::Error => out.push_str("{type error}"),
    }
}

/// `Trait<Args, Name = T>`, or `Fn(A, B) -> R` for the closure traits.
fn write_object_trait(
    tcx: &TyCtxt,
    krate: &Crate,
    trait_: DefId,
    substs: &[Ty],
    assoc: &[(Symbol, Ty)],
    out: &mut String,
) {
    out.push_str(krate.defs[trait_].name.as_str());
    let fn_args = match substs {
        [args] if crate::results::ClosureKind::of_trait(krate, trait_).is_some() => match tcx.kind(*args) {
            TyKind::Tuple(elems) => Some(elems),
            _ => None,
        },
        _ => None,
    };
    if let Some(elems) = fn_args {
        out.push('(');
        write_list(tcx, krate, &elems, out);
        out.push(')');
        if let Some(&(_, output)) = assoc.iter().find(|(n, _)| n.as_str() == "Output") {
            if !tcx.is_unit(output) {
                out.push_str(" -> ");
                write_ty(tcx, krate, output, out);
            }
        }
        return;
    }
    if substs.is_empty() && assoc.is_empty() {
        return;
    }
    out.push('<');
    write_list(tcx, krate, substs, out);
    for (i, &(name, ty)) in assoc.iter().enumerate() {
        if i > 0 || !substs.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&format!("{name} = "));
        write_ty(tcx, krate, ty, out);
    }
    out.push('>');
}

fn write_substs(tcx: &TyCtxt, krate: &Crate, substs: &[Ty], out: &mut String) {
    if !substs.is_empty() {
        out.push('<');
        write_list(tcx, krate, substs, out);
        out.push('>');
    }
}

/// `Trait<Args>` (without the self type).
pub fn trait_ref_to_string(tcx: &TyCtxt, krate: &Crate, tr: &crate::items::TraitRef) -> String {
    let mut out = krate.defs[tr.trait_].name.to_string();
    write_substs(tcx, krate, &tr.substs[1..], &mut out);
    out
}
