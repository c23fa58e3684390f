//! Trait objects: which traits can be made into `dyn Trait` (dyn
//! compatibility, E0038) and the order of the methods in their vtables.
//!
//! The vtable order is the one contract between the front end and the
//! engines: a virtual call names its method by an index into
//! [`vtable_methods`] of the object's principal trait, and an engine builds
//! each vtable from the same list. Supertraits' methods come before the
//! trait's own; methods that require `Self: Sized` have no entry.

use crate::items::{ItemTables, TraitRef};
use crate::ty::TyCtxt;
use ferrum_hir::hir::{Crate, DefId, DefKind, Res, TypeRefId, TypeRefKind};
use ferrum_span::{Diagnostic, Span};

/// Why a trait cannot be made into an object, with the span to blame.
pub struct Violation {
    pub span: Span,
    pub label: String,
}

/// The methods of `dyn principal`'s vtable in order, each with the trait
/// reference (in terms of `principal`'s own generic parameters, `Self`
/// first) of the trait that declares it.
pub fn vtable_methods(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, principal: DefId) -> Vec<(DefId, TraitRef)> {
    let identity = crate::generics::identity_substs(tcx, krate, principal);
    let mut traits = Vec::new();
    collect_supertraits(tcx, items, TraitRef { trait_: principal, substs: identity.into() }, &mut traits);
    let mut methods = Vec::new();
    for trait_ref in traits {
        let DefKind::Trait(t) = &krate.defs[trait_ref.trait_].kind else { continue };
        for &item in &t.items {
            if matches!(&krate.defs[item].kind, DefKind::Fn(f) if f.has_self) && !requires_sized_self(krate, item) {
                methods.push((item, trait_ref.clone()));
            }
        }
    }
    methods
}

/// The supertraits a `dyn principal` can be upcast to, in the order of
/// their vtable pointers after the methods (depth first, each once), in
/// terms of the principal's parameters (`Self` first).
pub fn vtable_supertraits(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, principal: DefId) -> Vec<TraitRef> {
    let identity = crate::generics::identity_substs(tcx, krate, principal);
    let mut traits = Vec::new();
    collect_supertraits(tcx, items, TraitRef { trait_: principal, substs: identity.into() }, &mut traits);
    traits.pop();
    traits
}

/// Supertraits first (depth first, each trait once), then `trait_ref`.
fn collect_supertraits(tcx: &TyCtxt, items: &ItemTables, trait_ref: TraitRef, out: &mut Vec<TraitRef>) {
    if out.iter().any(|t| t.trait_ == trait_ref.trait_) || out.len() > 64 {
        return;
    }
    for sup in items.supertraits.get(&trait_ref.trait_).into_iter().flatten() {
        let substs = sup.substs.iter().map(|&t| tcx.subst(t, &trait_ref.substs)).collect();
        collect_supertraits(tcx, items, TraitRef { trait_: sup.trait_, substs }, out);
    }
    out.push(trait_ref);
}

/// Whether the method has `where Self: Sized` (it then needs no vtable entry).
fn requires_sized_self(krate: &Crate, method: DefId) -> bool {
    let DefKind::Fn(f) = &krate.defs[method].kind else { return false };
    f.generics.predicates.iter().any(|p| {
        matches!(&krate.types[p.ty].kind, TypeRefKind::Path { res: Res::SelfTy(_), .. })
            && is_lang(krate, p.bound.trait_, "sized")
    })
}

/// Whether `res` is the lang item `name`.
pub fn is_lang(krate: &Crate, res: Res, name: &str) -> bool {
    matches!(res, Res::Def(d) if krate.lang_item(name) == Some(d))
}

/// The reasons `trait_` (or one of its supertraits) is not dyn compatible.
/// Works on the HIR alone: it runs while signatures are being collected.
pub fn dyn_violations(krate: &Crate, trait_: DefId) -> Vec<Violation> {
    let mut stack = vec![trait_];
    let mut seen = Vec::new();
    let mut out = Vec::new();
    while let Some(t) = stack.pop() {
        if seen.contains(&t) || seen.len() > 64 {
            continue;
        }
        seen.push(t);
        let DefKind::Trait(def) = &krate.defs[t].kind else { continue };
        for sup in &def.supertraits {
            match sup.trait_ {
                res if is_lang(krate, res, "sized") => {
                    out.push(Violation { span: sup.span, label: "...because it requires `Self: Sized`".into() })
                }
                Res::Def(d) => stack.push(d),
                _ => {}
            }
        }
        out.extend(def.items.iter().filter_map(|&item| item_violation(krate, item)));
    }
    out
}

fn item_violation(krate: &Crate, item: DefId) -> Option<Violation> {
    let def = &krate.defs[item];
    let span = name_span(def.span, def.name);
    match &def.kind {
        DefKind::Const { .. } => {
            Some(Violation { span, label: "...because it contains this associated `const`".into() })
        }
        DefKind::Fn(f) if !requires_sized_self(krate, item) => {
            if !f.has_self {
                let label = format!("...because associated function `{}` has no `self` parameter", def.name);
                return Some(Violation { span, label });
            }
            if !f.generics.params.is_empty() {
                let label = format!("...because method `{}` has generic type parameters", def.name);
                return Some(Violation { span, label });
            }
            if mentions_self(krate, f.output) {
                let span = krate.types[f.output].span;
                let label = format!("...because method `{}` references the `Self` type in its return type", def.name);
                return Some(Violation { span, label });
            }
            let param = f.inputs.iter().skip(1).position(|&t| mentions_self(krate, t))?;
            let span = krate.types[f.inputs[param + 1]].span;
            let label = format!("...because method `{}` references the `Self` type in this parameter", def.name);
            Some(Violation { span, label })
        }
        _ => None,
    }
}

/// Whether the type names `Self` other than through an associated type
/// (`Self::Item` is fine in an object's method).
fn mentions_self(krate: &Crate, ty: TypeRefId) -> bool {
    let any = |tys: &[TypeRefId]| tys.iter().any(|&t| mentions_self(krate, t));
    match &krate.types[ty].kind {
        TypeRefKind::Path { res: Res::SelfTy(_), .. } => true,
        TypeRefKind::Path { args, assoc, .. } => any(args) || assoc.iter().any(|&(_, t)| mentions_self(krate, t)),
        TypeRefKind::Ref { ty, .. } | TypeRefKind::RawPtr { ty, .. } | TypeRefKind::Slice(ty) => {
            mentions_self(krate, *ty)
        }
        TypeRefKind::Array { elem, .. } => mentions_self(krate, *elem),
        TypeRefKind::Tuple(elems) => any(elems),
        TypeRefKind::FnPtr { params, ret } => any(params) || mentions_self(krate, *ret),
        _ => false,
    }
}

/// A def span runs from the item's keyword to the end of its name.
fn name_span(def_span: Span, name: ferrum_span::Symbol) -> Span {
    let len = name.as_str().len() as u32;
    Span { lo: def_span.hi.saturating_sub(len).max(def_span.lo), ..def_span }
}

/// E0038 for `dyn trait_` written at `span`.
pub fn not_dyn_compatible(krate: &Crate, trait_: DefId, span: Span, violations: &[Violation]) -> Diagnostic {
    let name = krate.defs[trait_].name;
    let mut diag = Diagnostic::error(format!("the trait `{name}` is not dyn compatible"))
        .code("E0038")
        .primary(span, format!("`{name}` is not dyn compatible"))
        .note("for a trait to be dyn compatible it needs to allow building a vtable");
    let trait_span = name_span(krate.defs[trait_].span, name);
    if trait_span.file == span.file {
        diag = diag.secondary(trait_span, "this trait is not dyn compatible...");
        for v in violations.iter().filter(|v| v.span.file == span.file) {
            diag = diag.secondary(v.span, v.label.clone());
        }
    }
    diag
}
