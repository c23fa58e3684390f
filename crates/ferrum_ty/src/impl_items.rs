//! Trait impls against their trait: every required item is there (E0046),
//! nothing extra is (E0407 methods, E0437 types, E0438 consts), and methods
//! keep the trait's signature (E0053).
//!
//! Only user impls are checked: the library is known to be consistent.

use crate::items::ItemTables;
use crate::ty::{Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Crate, DefId, DefKind};
use ferrum_span::{Diagnostic, Diagnostics, Symbol};

pub fn check_trait_impls(krate: &Crate, tcx: &TyCtxt, items: &ItemTables, diags: &mut Diagnostics) {
    for (def, d) in krate.defs.iter() {
        let DefKind::Impl(imp) = &d.kind else { continue };
        if d.is_library || krate.derived_impls.contains_key(&def) {
            continue;
        }
        let Some(ferrum_hir::hir::Res::Def(trait_)) = imp.trait_.as_ref().map(|b| b.trait_) else { continue };
        let DefKind::Trait(tr) = &krate.defs[trait_].kind else { continue };
        let trait_name = krate.defs[trait_].name;
        for &item in &imp.items {
            let name = krate.defs[item].name;
            match tr.items.iter().copied().find(|&t| krate.defs[t].name == name) {
                Some(trait_item) => check_signature(krate, tcx, items, def, item, trait_item, diags),
                None => report_not_member(krate, item, trait_name, diags),
            }
        }
        let missing: Vec<String> = tr
            .items
            .iter()
            .filter(|&&t| is_required(krate, t))
            .map(|&t| krate.defs[t].name)
            .filter(|&n| !imp.items.iter().any(|&i| krate.defs[i].name == n))
            .map(|n| format!("`{n}`"))
            .collect();
        if !missing.is_empty() {
            let list = missing.join(", ");
            let header = d.span.shrink_to_lo().to(krate.types[imp.self_ty].span);
            diags.push(
                Diagnostic::error(format!("not all trait items implemented, missing: {list}"))
                    .code("E0046")
                    .primary(header, format!("missing {list} in implementation")),
            );
        }
    }
}

/// A trait item without a default.
fn is_required(krate: &Crate, item: DefId) -> bool {
    match &krate.defs[item].kind {
        DefKind::Fn(f) => f.body.is_none(),
        DefKind::Const { body, .. } => body.is_none(),
        DefKind::TypeAlias { ty, .. } => ty.is_none(),
        _ => false,
    }
}

fn report_not_member(krate: &Crate, item: DefId, trait_name: Symbol, diags: &mut Diagnostics) {
    let d = &krate.defs[item];
    let (code, what, span) = match &d.kind {
        DefKind::Fn(f) => {
            let end = f.body.map(|b| krate.bodies[b].exprs[krate.bodies[b].value].span);
            ("E0407", "method", end.map_or(d.span, |e| d.span.to(e)))
        }
        DefKind::TypeAlias { .. } => ("E0437", "type", d.span),
        DefKind::Const { .. } => ("E0438", "const", d.span),
        _ => return,
    };
    diags.push(
        Diagnostic::error(format!("{what} `{}` is not a member of trait `{trait_name}`", d.name))
            .code(code)
            .primary(span, format!("not a member of trait `{trait_name}`")),
    );
}

/// E0053: a parameter or return type differs from the trait's, with the
/// trait's parameters replaced by the impl's arguments. Comparisons that
/// involve projections the impl does not define are skipped.
fn check_signature(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    imp: DefId,
    item: DefId,
    trait_item: DefId,
    diags: &mut Diagnostics,
) {
    let (DefKind::Fn(impl_fn), DefKind::Fn(trait_fn)) = (&krate.defs[item].kind, &krate.defs[trait_item].kind) else {
        return;
    };
    let (Some(impl_sig), Some(trait_sig), Some(trait_ref)) =
        (items.fn_sigs.get(&item), items.fn_sigs.get(&trait_item), items.impl_trait_refs.get(&imp))
    else {
        return;
    };
    if impl_sig.inputs.len() != trait_sig.inputs.len()
        || impl_fn.generics.params.len() != trait_fn.generics.params.len()
    {
        return; // E0050/E0049: not reported yet
    }
    // Trait item params: the trait's (Self first), then the method's own;
    // the method's own map to the impl method's own.
    let impl_parent = crate::generics::parent_count(krate, item);
    let mut substs: Vec<Ty> = trait_ref.substs.to_vec();
    let own = crate::generics::identity_substs(tcx, krate, item);
    substs.extend(own.iter().skip(impl_parent).copied());
    let pairs = trait_sig.inputs.iter().zip(impl_sig.inputs.iter()).zip(&impl_fn.inputs);
    let output_ref = std::iter::once(((&trait_sig.output, &impl_sig.output), &impl_fn.output));
    for ((&expected, &found), &ty_ref) in pairs.chain(output_ref) {
        let Some(expected) = normalize_in_impl(tcx, items, imp, tcx.subst(expected, &substs)) else { continue };
        // `-> Option<Self::Item>` in the impl means the impl's `Item`.
        let Some(found) = normalize_in_impl(tcx, items, imp, found) else { continue };
        if expected == found || has_error(tcx, expected) || has_error(tcx, found) {
            continue;
        }
        let span = krate.types[ty_ref].span;
        let name = krate.defs[item].name;
        diags.push(
            Diagnostic::error(format!("method `{name}` has an incompatible type for trait"))
                .code("E0053")
                .primary(span, mismatch_label(tcx, krate, expected, found)),
        );
        return;
    }
}

fn mismatch_label(tcx: &TyCtxt, krate: &Crate, expected: Ty, found: Ty) -> String {
    if let (TyKind::Ref(a, ma), TyKind::Ref(b, mb)) = (tcx.kind(expected), tcx.kind(found)) {
        if a == b && ma != mb {
            return "types differ in mutability".to_string();
        }
    }
    let show = |t| crate::display::ty_to_string(tcx, krate, t);
    format!("expected `{}`, found `{}`", show(expected), show(found))
}

fn has_error(tcx: &TyCtxt, ty: Ty) -> bool {
    let mut found = false;
    tcx.walk(ty, &mut |t| found |= matches!(tcx.kind(t), TyKind::Error | TyKind::Infer(..)));
    found
}

/// Replaces `<ImplSelf as Trait>::Name` by the impl's `type Name`; `None`
/// if a projection remains that this cannot resolve.
fn normalize_in_impl(tcx: &TyCtxt, items: &ItemTables, imp: DefId, ty: Ty) -> Option<Ty> {
    let trait_ref = items.impl_trait_refs.get(&imp)?;
    let mut unresolved = false;
    let out = tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
        TyKind::Projection { trait_, substs, name } => {
            let own = trait_ == trait_ref.trait_ && substs[..] == trait_ref.substs[..];
            let assoc = if own { items.impl_assoc_tys.get(&(imp, name)).copied() } else { None };
            unresolved |= assoc.is_none();
            assoc
        }
        _ => None,
    });
    (!unresolved).then_some(out)
}
