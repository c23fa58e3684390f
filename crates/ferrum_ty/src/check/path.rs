//! Value paths: locals, functions, constants, statics, constructors and
//! type-relative items (`Type::item`).

use super::FnCtxt;
use crate::impls::{assoc_item, simplify};
use crate::ty::{Ty, TyKind};
use crate::ValueRes;
use ferrum_hir::hir::{DefId, DefKind, ExprId, Res, TypeRefId, ValuePath, VariantShape};
use ferrum_span::{Diagnostic, Span, Symbol};

impl FnCtxt<'_> {
    pub(super) fn check_value_path(&mut self, expr: ExprId, path: &ValuePath) -> Ty {
        let span = self.span(expr);
        let resolved = match path {
            ValuePath::Resolved { res, args } => self.resolve_value_res(*res, args, span),
            ValuePath::TypeRelative { ty, name, args, trait_: Some(bound) } => {
                self.resolve_qualified(*ty, bound, *name, args, span)
            }
            ValuePath::TypeRelative { ty, name, args, trait_: None } => {
                self.resolve_type_relative(*ty, *name, args, span)
            }
        };
        match resolved {
            Some((res, ty)) => {
                self.results.value_res.insert(expr, res);
                ty
            }
            None => self.tcx.error(),
        }
    }

    /// Substs for `def`: the parent's (given or fresh), then its own from
    /// explicit `args` (or fresh).
    pub(super) fn instantiate(
        &mut self,
        def: DefId,
        parent_substs: Option<Vec<Ty>>,
        args: &[TypeRefId],
        span: Span,
    ) -> Vec<Ty> {
        let parent_count = crate::generics::parent_count(self.krate, def);
        let total = crate::generics::param_count(self.krate, def);
        let mut substs = parent_substs.unwrap_or_else(|| (0..parent_count).map(|_| self.new_var()).collect());
        substs.truncate(parent_count);
        while substs.len() < parent_count {
            substs.push(self.new_var());
        }
        let own = total - parent_count;
        if !args.is_empty() && args.len() != own {
            // rustc points at the function's name: it ends where `::<`
            // before the first argument starts.
            let len = self.krate.defs[def].name.as_str().len() as u32;
            let first = self.krate.types[args[0]].span;
            let name_span = match first.lo.checked_sub(3 + len) {
                Some(lo) if lo >= span.lo && first.file == span.file => Span { lo, hi: lo + len, ..span },
                _ => span,
            };
            self.error(
                Diagnostic::error(format!(
                    "function takes {own} generic argument{} but {} generic argument{} supplied",
                    if own == 1 { "" } else { "s" },
                    args.len(),
                    if args.len() == 1 { " was" } else { "s were" }
                ))
                .code("E0107")
                .primary(name_span, format!("expected {own} generic argument{}", if own == 1 { "" } else { "s" })),
            );
        }
        for i in 0..own {
            let ty = match args.get(i) {
                Some(&a) if args.len() == own => self.lower_ty(a),
                _ => self.new_var(),
            };
            substs.push(ty);
        }
        substs
    }

    fn resolve_value_res(&mut self, res: Res, args: &[TypeRefId], span: Span) -> Option<(ValueRes, Ty)> {
        let tcx = self.tcx;
        match res {
            Res::Local(b) => {
                let ty = self.results.binding_tys.get(b).copied().unwrap_or_else(|| tcx.error());
                Some((ValueRes::Local(b), ty))
            }
            Res::Def(def) | Res::Variant(def) => self.resolve_def_value(def, args, span),
            Res::SelfTy(imp) => {
                let self_ty = *self.items.impl_self_tys.get(&imp)?;
                match self.kind(self_ty) {
                    TyKind::Adt(adt, substs) => self.ctor_value(adt, 0, substs.to_vec(), span),
                    _ => {
                        self.error(
                            Diagnostic::error("the `Self` constructor can only be used with tuple or unit structs")
                                .primary(span, ""),
                        );
                        None
                    }
                }
            }
            Res::Err => None,
            Res::TyParam { owner, index } if crate::generics::const_param_ty(self.krate, owner, index).is_some() => {
                let declared = crate::generics::const_param_ty(self.krate, owner, index)?;
                let ty = self.lower_ty(declared);
                let name = crate::generics::param_names(self.krate, owner).get(index as usize).copied()?;
                Some((ValueRes::ConstParam(tcx.intern(TyKind::Param { index, name })), ty))
            }
            Res::PrimTy(_) | Res::TyParam { .. } => {
                self.error(Diagnostic::error("expected value, found type").code("E0423").primary(span, "not a value"));
                None
            }
        }
    }

    fn resolve_def_value(&mut self, def: DefId, args: &[TypeRefId], span: Span) -> Option<(ValueRes, Ty)> {
        let tcx = self.tcx;
        match &self.krate.defs[def].kind {
            DefKind::Fn(_) => {
                let substs = self.instantiate(def, None, args, span);
                self.register_item_obligations(def, &substs, span);
                let ty = tcx.intern(TyKind::FnDef(def, substs.clone().into()));
                Some((ValueRes::Fn(def, substs.into()), ty))
            }
            DefKind::Const { .. } => {
                let substs = self.instantiate(def, None, args, span);
                let ty = tcx.subst(*self.items.value_tys.get(&def)?, &substs);
                Some((ValueRes::Const(def, substs.into()), ty))
            }
            DefKind::Static { mutable, .. } => {
                if *mutable {
                    self.require_unsafe(span, super::UnsafeOp::MutStatic);
                }
                Some((ValueRes::Static(def), *self.items.value_tys.get(&def)?))
            }
            DefKind::Adt(_) | DefKind::Variant { .. } => {
                let (adt, variant) = crate::collect::variant_of(self.krate, def)?;
                let substs = self.instantiate(adt, None, args, span);
                self.ctor_value(adt, variant, substs, span)
            }
            _ => {
                let name = self.krate.defs[def].name;
                self.error(
                    Diagnostic::error(format!("expected value, found `{name}`"))
                        .code("E0423")
                        .primary(span, "not a value"),
                );
                None
            }
        }
    }

    /// A struct or variant named in value position: a constructor function
    /// (tuple shape) or the value itself (unit shape).
    fn ctor_value(&mut self, adt: DefId, variant: u32, substs: Vec<Ty>, span: Span) -> Option<(ValueRes, Ty)> {
        let tcx = self.tcx;
        let adt_def = match &self.krate.defs[adt].kind {
            DefKind::Adt(a) => a,
            _ => return None,
        };
        let v = adt_def.variants.get(variant as usize)?;
        self.register_predicates(adt, &substs, span);
        let adt_ty = tcx.mk_adt(adt, substs.clone().into());
        match v.shape {
            VariantShape::Unit => Some((ValueRes::UnitCtor { adt, variant, substs: substs.into() }, adt_ty)),
            VariantShape::Tuple => {
                let ty = tcx.intern(TyKind::FnDef(v.def, substs.clone().into()));
                Some((ValueRes::Ctor { adt, variant, substs: substs.into() }, ty))
            }
            VariantShape::Named => {
                let name = v.name;
                let what = if adt_def.kind == ferrum_hir::hir::AdtKind::Enum { "struct variant" } else { "struct" };
                self.error(
                    Diagnostic::error(format!("expected value, found {what} `{name}`"))
                        .code("E0423")
                        .primary(span, format!("did you mean `{name} {{ /* fields */ }}`?")),
                );
                None
            }
        }
    }

    fn resolve_type_relative(
        &mut self,
        ty: TypeRefId,
        name: Symbol,
        args: &[TypeRefId],
        span: Span,
    ) -> Option<(ValueRes, Ty)> {
        let self_ty = self.lower_ty(ty);
        let self_ty = self.shallow(self_ty);
        if let TyKind::Error = self.kind(self_ty) {
            return None;
        }
        if let TyKind::Adt(adt, substs) = self.kind(self_ty) {
            if let Some(info) = self.items.adts.get(&adt) {
                if let Some(index) = info.variants.iter().position(|v| v.name == name).filter(|_| info.is_enum()) {
                    return self.ctor_value(adt, index as u32, substs.to_vec(), span);
                }
            }
        }
        if let Some(found) = self.lookup_inherent_assoc(self_ty, name, args, span) {
            return Some(found);
        }
        if let Some(found) = self.lookup_trait_assoc(self_ty, name, args, span) {
            return Some(found);
        }
        let t = self.ty_str(self_ty);
        let kind = self.ty_prefix(self_ty);
        let what = if kind == "enum" { "variant or associated item" } else { "function or associated item" };
        let segment = segment_span(span, name, args.is_empty());
        self.error(
            Diagnostic::error(format!("no {what} named `{name}` found for {kind} `{t}` in the current scope"))
                .code("E0599")
                .primary(segment, format!("{what} not found in `{t}`")),
        );
        None
    }

    /// `<Type as Trait>::name`: the trait's item, whatever inherent items
    /// of the same name the type has.
    fn resolve_qualified(
        &mut self,
        ty: TypeRefId,
        bound: &ferrum_hir::hir::TraitBound,
        name: Symbol,
        args: &[TypeRefId],
        span: Span,
    ) -> Option<(ValueRes, Ty)> {
        let self_ty = self.lower_ty(ty);
        let pred = self.with_lowerer(|l| l.lower_trait_bound(bound, self_ty))?;
        let trait_ = pred.trait_ref.trait_;
        let Some(item) = assoc_item(self.krate, trait_, name) else {
            let trait_name = self.krate.defs[trait_].name;
            self.error(
                Diagnostic::error(format!(
                    "cannot find method or associated constant `{name}` in trait `{trait_name}`"
                ))
                .code("E0576")
                .primary(segment_span(span, name, args.is_empty()), format!("not found in `{trait_name}`")),
            );
            return None;
        };
        self.resolve_assoc_item(item, pred.trait_ref.substs.to_vec(), args, span)
    }

    /// Finds associated fn or const `name` in the inherent impls of `self_ty`.
    fn lookup_inherent_assoc(
        &mut self,
        self_ty: Ty,
        name: Symbol,
        args: &[TypeRefId],
        span: Span,
    ) -> Option<(ValueRes, Ty)> {
        let key = simplify(self.tcx, self_ty)?;
        let impls: Vec<DefId> = self.impls.inherent_impls(key).to_vec();
        for imp in impls {
            let Some(item) = assoc_item(self.krate, imp, name) else { continue };
            let impl_substs = self.fresh_substs(imp);
            let impl_self = self.tcx.subst(self.items.impl_self_tys[&imp], &impl_substs);
            if self.infcx.unify(impl_self, self_ty).is_err() {
                continue;
            }
            return self.resolve_assoc_item(item, impl_substs, args, span);
        }
        None
    }

    /// Finds associated fn or const `name` of a trait `self_ty` implements
    /// (`Point::default()`, `T::new()`).
    fn lookup_trait_assoc(
        &mut self,
        self_ty: Ty,
        name: Symbol,
        args: &[TypeRefId],
        span: Span,
    ) -> Option<(ValueRes, Ty)> {
        let traits = self.items.traits_with_item.get(&name).cloned().unwrap_or_default();
        for trait_ in traits {
            let Some(item) = assoc_item(self.krate, trait_, name) else { continue };
            let mut trait_substs = self.fresh_substs(trait_);
            trait_substs[0] = self_ty;
            let goal = crate::items::TraitRef { trait_, substs: trait_substs.clone().into() };
            let snapshot = self.infcx.snapshot();
            if !self.select(&goal).holds() {
                self.infcx.rollback_to(snapshot);
                continue;
            }
            return self.resolve_assoc_item(item, trait_substs, args, span);
        }
        None
    }

    /// Obligations of using item `def` with `substs`: its where-clauses,
    /// and `Self: Trait` for a trait's items.
    pub(super) fn register_item_obligations(&mut self, def: DefId, substs: &[Ty], span: Span) {
        self.register_predicates(def, substs, span);
        if let Some(parent) = self.krate.defs[def].parent {
            let n = crate::generics::param_count(self.krate, parent);
            // A trait const has no generics of its own to carry `Self`.
            if matches!(self.krate.defs[parent].kind, DefKind::Trait(_)) && substs.len() >= n {
                let goal = crate::items::TraitRef { trait_: parent, substs: substs[..n].into() };
                self.register_trait(goal, span);
            }
        }
    }

    fn resolve_assoc_item(
        &mut self,
        item: DefId,
        impl_substs: Vec<Ty>,
        args: &[TypeRefId],
        span: Span,
    ) -> Option<(ValueRes, Ty)> {
        let tcx = self.tcx;
        let substs = self.instantiate(item, Some(impl_substs), args, span);
        self.register_item_obligations(item, &substs, span);
        match &self.krate.defs[item].kind {
            DefKind::Fn(_) => {
                let ty = tcx.intern(TyKind::FnDef(item, substs.clone().into()));
                Some((ValueRes::Fn(item, substs.into()), ty))
            }
            DefKind::Const { .. } => {
                let ty = tcx.subst(*self.items.value_tys.get(&item)?, &substs);
                Some((ValueRes::Const(item, substs.into()), ty))
            }
            _ => None,
        }
    }
}

/// The span of the last segment `name` of a path spanning `path` (rustc
/// points at it), when the path ends with it (no generic arguments).
fn segment_span(path: Span, name: Symbol, ends_with_name: bool) -> Span {
    let len = name.as_str().len() as u32;
    if !ends_with_name || path.hi < path.lo + len {
        return path;
    }
    Span { lo: path.hi - len, ..path }
}
