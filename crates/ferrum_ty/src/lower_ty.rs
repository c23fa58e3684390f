//! HIR type references to semantic types.

use crate::generics;
use crate::items::ItemTables;
use crate::ty::{FloatTy, FnSig, IntTy, Ty, TyCtxt, TyKind, UintTy};
use ferrum_hir::hir::{Crate, DefId, DefKind, PrimTy, Res, TypeRefId, TypeRefKind};
use ferrum_span::{Diagnostic, Diagnostics, Span};

/// Turns `TypeRef`s into `Ty`s. In bodies, `fresh` supplies inference
/// variables for `_` and omitted generic arguments; in signatures it is
/// `None` and those are errors.
pub struct TyLowerer<'a> {
    pub krate: &'a Crate,
    pub tcx: &'a TyCtxt,
    pub items: &'a ItemTables,
    pub diags: &'a mut Diagnostics,
    pub fresh: Option<&'a mut dyn FnMut() -> Ty>,
    /// The item whose signature or body is being lowered: its generics and
    /// where-clauses tell what `T::Assoc` means.
    pub owner: Option<DefId>,
    /// Set while lowering a function's return type: `impl Trait` there is
    /// an opaque type of that function, whose bounds are collected here.
    pub opaque: Option<(DefId, Vec<Vec<crate::items::TraitPredicate>>)>,
}

pub fn prim_ty(tcx: &TyCtxt, prim: PrimTy) -> Ty {
    tcx.intern(match prim {
        PrimTy::Bool => TyKind::Bool,
        PrimTy::Char => TyKind::Char,
        PrimTy::Str => TyKind::Str,
        PrimTy::I8 => TyKind::Int(IntTy::I8),
        PrimTy::I16 => TyKind::Int(IntTy::I16),
        PrimTy::I32 => TyKind::Int(IntTy::I32),
        PrimTy::I64 => TyKind::Int(IntTy::I64),
        PrimTy::I128 => TyKind::Int(IntTy::I128),
        PrimTy::Isize => TyKind::Int(IntTy::Isize),
        PrimTy::U8 => TyKind::Uint(UintTy::U8),
        PrimTy::U16 => TyKind::Uint(UintTy::U16),
        PrimTy::U32 => TyKind::Uint(UintTy::U32),
        PrimTy::U64 => TyKind::Uint(UintTy::U64),
        PrimTy::U128 => TyKind::Uint(UintTy::U128),
        PrimTy::Usize => TyKind::Uint(UintTy::Usize),
        PrimTy::F32 => TyKind::Float(FloatTy::F32),
        PrimTy::F64 => TyKind::Float(FloatTy::F64),
    })
}

impl<'a> TyLowerer<'a> {
    pub fn lower(&mut self, id: TypeRefId) -> Ty {
        self.lower_depth(id, 0)
    }

    fn error(&mut self, diag: Diagnostic) -> Ty {
        self.diags.push(diag);
        self.tcx.error()
    }

    fn infer_or_error(&mut self, span: Span) -> Ty {
        match self.fresh.as_mut() {
            Some(fresh) => fresh(),
            None => self.error(
                Diagnostic::error("the placeholder `_` is not allowed within types on item signatures")
                    .code("E0121")
                    .primary(span, "not allowed in type signatures"),
            ),
        }
    }

    fn lower_depth(&mut self, id: TypeRefId, depth: u32) -> Ty {
        let tcx = self.tcx;
        let type_ref = &self.krate.types[id];
        let span = type_ref.span;
        if depth > 100 {
            return self.error(Diagnostic::error("type is too deeply nested").primary(span, ""));
        }
        match &type_ref.kind {
            TypeRefKind::Path { res, args, .. } => self.lower_path(*res, args, span, depth),
            TypeRefKind::Assoc { base, trait_, name } => {
                let base_ty = self.lower_depth(*base, depth + 1);
                if matches!(tcx.kind(base_ty), TyKind::Error) {
                    return base_ty;
                }
                let trait_ref = match trait_ {
                    Some(bound) => self.lower_trait_bound(bound, base_ty).map(|p| p.trait_ref),
                    None => self.find_assoc_trait(base_ty, *name),
                };
                match trait_ref.map(|tr| crate::traits::declaring_trait_ref(self.krate, tcx, self.items, tr, *name)) {
                    Some(tr) => tcx.intern(TyKind::Projection { trait_: tr.trait_, substs: tr.substs, name: *name }),
                    None => {
                        let t = crate::display::ty_to_string(tcx, self.krate, base_ty);
                        self.error(
                            Diagnostic::error("ambiguous associated type")
                                .code("E0223")
                                .primary(span, format!("use fully-qualified syntax: `<{t} as Trait>::{name}`")),
                        )
                    }
                }
            }
            TypeRefKind::Ref { mutability, ty } => {
                let inner = self.lower_depth(*ty, depth + 1);
                tcx.mk_ref(inner, *mutability)
            }
            TypeRefKind::RawPtr { mutability, ty } => {
                let inner = self.lower_depth(*ty, depth + 1);
                tcx.mk_ptr(inner, *mutability)
            }
            TypeRefKind::Tuple(elems) => {
                let tys = elems.iter().map(|&e| self.lower_depth(e, depth + 1)).collect();
                tcx.mk_tuple(tys)
            }
            TypeRefKind::Array { elem, len } => {
                let elem = self.lower_depth(*elem, depth + 1);
                let len = self.lower_const(*len);
                tcx.intern(TyKind::Array(elem, len))
            }
            TypeRefKind::Slice(elem) => {
                let elem = self.lower_depth(*elem, depth + 1);
                tcx.intern(TyKind::Slice(elem))
            }
            TypeRefKind::Never => tcx.never(),
            TypeRefKind::Infer => self.infer_or_error(span),
            TypeRefKind::FnPtr { params, ret } => {
                let inputs = params.iter().map(|&p| self.lower_depth(p, depth + 1)).collect();
                let output = self.lower_depth(*ret, depth + 1);
                tcx.intern(TyKind::FnPtr(FnSig { inputs, output, is_unsafe: false }))
            }
            TypeRefKind::DynTrait(bounds) => self.lower_dyn(bounds, span),
            TypeRefKind::ImplTrait(bounds) if self.opaque.is_some() => self.lower_opaque(bounds),
            TypeRefKind::ImplTrait(_) => self.error(
                Diagnostic::error("unsupported: `impl Trait` is not supported here yet").primary(span, "unsupported"),
            ),
            TypeRefKind::Const(body) => self.lower_const(*body),
            TypeRefKind::Err => tcx.error(),
        }
    }

    fn lower_path(&mut self, res: Res, args: &[TypeRefId], span: Span, depth: u32) -> Ty {
        let tcx = self.tcx;
        match res {
            Res::PrimTy(p) => prim_ty(tcx, p),
            Res::TyParam { index, .. } => {
                let name = self.param_name(res);
                tcx.intern(TyKind::Param { index, name })
            }
            Res::SelfTy(def) => match &self.krate.defs[def].kind {
                DefKind::Impl(_) => match self.items.impl_self_tys.get(&def) {
                    Some(&ty) => ty,
                    None => self.error(
                        Diagnostic::error("`Self` is not available here")
                            .code("E0411")
                            .primary(span, "`Self` not allowed"),
                    ),
                },
                _ => tcx.intern(TyKind::Param { index: 0, name: ferrum_span::Symbol::intern("Self") }),
            },
            Res::Def(def) => match &self.krate.defs[def].kind {
                DefKind::Adt(_) => {
                    let substs = self.lower_args(def, args, span, depth);
                    tcx.mk_adt(def, substs.into())
                }
                DefKind::TypeAlias { ty: Some(ty), .. } => {
                    let substs = self.lower_args(def, args, span, depth);
                    let aliased = self.lower_depth(*ty, depth + 1);
                    tcx.subst(aliased, &substs)
                }
                _ => {
                    let name = self.krate.defs[def].name;
                    self.error(
                        Diagnostic::error(format!("expected type, found `{name}`"))
                            .code("E0573")
                            .primary(span, "not a type"),
                    )
                }
            },
            Res::Variant(_) | Res::Local(_) => {
                self.error(Diagnostic::error("expected type, found a value").code("E0573").primary(span, "not a type"))
            }
            Res::Err => tcx.error(),
        }
    }

    /// An array length or const generic argument: a const parameter (`N`,
    /// `{ N }`) or a constant expression, as a constant-kind type.
    pub fn lower_const(&mut self, body: ferrum_hir::hir::BodyId) -> Ty {
        let b = &self.krate.bodies[body];
        let mut value = b.value;
        while let ferrum_hir::hir::ExprKind::Block { block, .. } = &b.exprs[value].kind {
            match (block.stmts.is_empty(), block.tail) {
                (true, Some(tail)) => value = tail,
                _ => break,
            }
        }
        if let ferrum_hir::hir::ExprKind::Path(ferrum_hir::hir::ValuePath::Resolved {
            res: res @ Res::TyParam { index, .. },
            ..
        }) = &b.exprs[value].kind
        {
            let name = self.param_name(*res);
            return self.tcx.intern(TyKind::Param { index: *index, name });
        }
        match crate::const_eval::eval_int(self.krate, body) {
            Some(n) => self.tcx.mk_const(n as u128 & u64::MAX as u128),
            None => self.error(
                Diagnostic::error("unsupported: a const generic argument must be a parameter or a constant expression")
                    .primary(b.exprs[value].span, "cannot evaluate this constant"),
            ),
        }
    }

    fn param_name(&self, res: Res) -> ferrum_span::Symbol {
        let Res::TyParam { owner, index } = res else { unreachable!() };
        generics::param_names(self.krate, owner)
            .get(index as usize)
            .copied()
            .unwrap_or_else(|| ferrum_span::Symbol::intern("?"))
    }

    /// Generic arguments for `def`'s own parameters (ADTs and aliases have
    /// no parents); omitted arguments are inferred in bodies.
    fn lower_args(&mut self, def: DefId, args: &[TypeRefId], span: Span, depth: u32) -> Vec<Ty> {
        let expected = generics::param_count(self.krate, def);
        let mut tys: Vec<Ty> = args.iter().map(|&a| self.lower_depth(a, depth + 1)).collect();
        if tys.len() > expected || (!tys.is_empty() && tys.len() < expected) {
            let kind = match &self.krate.defs[def].kind {
                DefKind::Adt(a) => match a.kind {
                    ferrum_hir::hir::AdtKind::Struct => "struct",
                    ferrum_hir::hir::AdtKind::Enum => "enum",
                    ferrum_hir::hir::AdtKind::Union => "union",
                },
                DefKind::Trait(_) => "trait",
                _ => "type alias",
            };
            let s = if expected == 1 { "" } else { "s" };
            self.diags.push(
                Diagnostic::error(format!(
                    "{kind} takes {expected} generic argument{s} but {} generic argument{} supplied",
                    tys.len(),
                    if tys.len() == 1 { " was" } else { "s were" }
                ))
                .code("E0107")
                .primary(span, format!("expected {expected} generic argument{s}")),
            );
            tys.resize(expected, self.tcx.error());
        }
        while tys.len() < expected {
            let ty = self.infer_or_error(span);
            tys.push(ty);
        }
        tys
    }
}

impl TyLowerer<'_> {
    /// `dyn Trait<Args, Name = T> + AutoTrait + 'a`: the principal trait with
    /// its arguments and bindings (auto traits and lifetimes are dropped).
    fn lower_dyn(&mut self, bounds: &[ferrum_hir::hir::TraitBound], span: Span) -> Ty {
        let is_auto = |b: &ferrum_hir::hir::TraitBound| {
            ["send", "sync"].iter().any(|l| crate::object::is_lang(self.krate, b.trait_, l))
        };
        if bounds.iter().any(|b| b.trait_ == Res::Err) {
            return self.tcx.error();
        }
        let mut principals = bounds.iter().filter(|b| !is_auto(b));
        let Some(principal) = principals.next() else {
            return self.error(
                Diagnostic::error("at least one trait is required for an object type").code("E0224").primary(span, ""),
            );
        };
        if let Some(extra) = principals.next() {
            return self.error(
                Diagnostic::error("only auto traits can be used as additional traits in a trait object")
                    .code("E0225")
                    .primary(extra.span, "additional non-auto trait")
                    .secondary(principal.span, "first non-auto trait"),
            );
        }
        let Some(pred) = self.lower_trait_bound(principal, self.tcx.error()) else {
            return self
                .error(Diagnostic::error("expected trait, found type").code("E0404").primary(span, "not a trait"));
        };
        let trait_ = pred.trait_ref.trait_;
        let violations = crate::object::dyn_violations(self.krate, trait_);
        if !violations.is_empty() {
            return self.error(crate::object::not_dyn_compatible(self.krate, trait_, span, &violations));
        }
        let mut assoc = pred.assoc;
        assoc.sort_by_key(|&(name, _)| name.as_str().to_string());
        self.tcx.intern(TyKind::Dynamic { trait_, substs: pred.trait_ref.substs[1..].into(), assoc: assoc.into() })
    }

    /// `impl Trait + Trait2` in a return type: a new opaque type of the
    /// function, with the bounds its hidden type must satisfy.
    fn lower_opaque(&mut self, bounds: &[ferrum_hir::hir::TraitBound]) -> Ty {
        let Some((def, list)) = &self.opaque else { return self.tcx.error() };
        let (def, index) = (*def, list.len() as u32);
        let substs = crate::generics::identity_substs(self.tcx, self.krate, def);
        let opaque = self.tcx.intern(TyKind::Opaque { def, index, substs: substs.into() });
        let preds = bounds.iter().filter_map(|b| self.lower_trait_bound(b, opaque)).collect();
        if let Some((_, list)) = &mut self.opaque {
            list.push(preds);
        }
        opaque
    }

    /// Lowers a bound `Trait<Args, Assoc = T>` on `self_ty`; trait parameters
    /// left out take their defaults (`Add` is `Add<Self>`).
    pub fn lower_trait_bound(
        &mut self,
        bound: &ferrum_hir::hir::TraitBound,
        self_ty: Ty,
    ) -> Option<crate::items::TraitPredicate> {
        let Res::Def(trait_) = bound.trait_ else { return None };
        let DefKind::Trait(t) = &self.krate.defs[trait_].kind else { return None };
        let mut substs = vec![self_ty];
        for (i, param) in t.generics.params.iter().enumerate() {
            let ty = match bound.args.get(i) {
                Some(&arg) => self.lower(arg),
                None => match param.default {
                    Some(default) => {
                        let d = self.lower(default);
                        self.tcx.subst(d, &substs)
                    }
                    None => self.infer_or_error(bound.span),
                },
            };
            substs.push(ty);
        }
        let trait_ref = crate::items::TraitRef { trait_, substs: substs.into() };
        let assoc = bound.assoc.iter().map(|(name, ty)| (*name, self.lower(*ty))).collect();
        Some(crate::items::TraitPredicate { trait_ref, assoc })
    }

    /// The trait that gives `base::name` its meaning: a bound on the type
    /// parameter `base`, the trait being defined (for `Self::name`), or the
    /// trait an enclosing impl implements.
    fn find_assoc_trait(&mut self, base: Ty, name: ferrum_span::Symbol) -> Option<crate::items::TraitRef> {
        let mut owner = self.owner;
        while let Some(def) = owner {
            // Bounds on a parameter come first: in `impl<I: Iterator>
            // IntoIterator for I`, `I::Item` is `Iterator`'s.
            if let Some(generics) = crate::generics::own_generics(self.krate, def) {
                for pred in &generics.predicates {
                    let Res::Def(trait_) = pred.bound.trait_ else { continue };
                    // A bound on a projection (`I::Item: IntoIterator`) can't
                    // give meaning to a bare `X::name`, and lowering it here
                    // would recurse.
                    if self.trait_with_assoc(trait_, name).is_none()
                        || matches!(self.krate.types[pred.ty].kind, ferrum_hir::hir::TypeRefKind::Assoc { .. })
                    {
                        continue;
                    }
                    let bounded = self.lower(pred.ty);
                    if bounded == base {
                        let bound = pred.bound.clone();
                        return self.lower_trait_bound(&bound, base).map(|p| p.trait_ref);
                    }
                }
            }
            match &self.krate.defs[def].kind {
                DefKind::Trait(_) if matches!(self.tcx.kind(base), TyKind::Param { index: 0, .. }) => {
                    if let Some(found) = self.trait_with_assoc(def, name) {
                        let substs = crate::generics::identity_substs(self.tcx, self.krate, def);
                        let _ = found;
                        return Some(crate::items::TraitRef { trait_: found, substs: substs.into() });
                    }
                }
                DefKind::Impl(imp) => {
                    if let Some(trait_ref) = self.items.impl_trait_refs.get(&def) {
                        if self.items.impl_self_tys.get(&def) == Some(&base)
                            && self.trait_with_assoc(trait_ref.trait_, name).is_some()
                        {
                            return Some(trait_ref.clone());
                        }
                    }
                    let _ = imp;
                }
                _ => {}
            }
            owner = self.krate.defs[def].parent;
        }
        None
    }

    /// `trait_` or the supertrait of it that declares associated type `name`.
    fn trait_with_assoc(&self, trait_: DefId, name: ferrum_span::Symbol) -> Option<DefId> {
        let mut stack = vec![trait_];
        let mut seen = Vec::new();
        while let Some(t) = stack.pop() {
            if seen.contains(&t) || seen.len() > 64 {
                continue;
            }
            seen.push(t);
            let DefKind::Trait(def) = &self.krate.defs[t].kind else { continue };
            let declares = def.items.iter().any(|&i| {
                self.krate.defs[i].name == name && matches!(self.krate.defs[i].kind, DefKind::TypeAlias { .. })
            });
            if declares {
                return Some(t);
            }
            stack.extend(def.supertraits.iter().filter_map(|b| match b.trait_ {
                Res::Def(d) => Some(d),
                _ => None,
            }));
        }
        None
    }
}
