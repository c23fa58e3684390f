//! Phase 3: item signatures (generics, fields, variants, fn signatures,
//! impl headers, trait items). Bodies are queued as [`Deferred`] and
//! lowered afterwards, when every impl's `Self` type is known.

use crate::attrs::{cfg_enabled, repr};
use crate::ctx::*;
use crate::hir::*;
use crate::hygiene::CrateKind;
use crate::ty::mutability;
use ferrum_span::{Span, Symbol};
use ferrum_syntax::ast::{self, ItemId, ItemKind, SelfKind, VariantData};

/// A body waiting to be lowered, with the ribs of its item.
pub(crate) struct Deferred<'a> {
    pub def: DefId,
    pub src: AstSrc<'a>,
    pub kind: DeferredKind,
    pub ribs: Vec<Rib>,
    pub macros: MacroScope,
    pub krate: CrateKind,
}

pub(crate) enum DeferredKind {
    /// A function with a body (the item).
    Fn(ItemId),
    /// The value of a const or static.
    Value(ast::ExprId),
}

impl<'a> Lowerer<'a> {
    /// Lowers the signature of a collected item; the ribs of its scope must
    /// be in place. Bodies go to `out`.
    pub(crate) fn lower_item_sig(&mut self, p: &Pending<'a>, out: &mut Vec<Deferred<'a>>) {
        let src = p.src.clone();
        let item = &src.items[p.item];
        self.owner = p.def;
        self.cur_crate = p.krate;
        self.cur_macros = p.macros.clone();
        let depth = self.ribs.len();
        match &item.kind {
            ItemKind::Fn(f) => {
                let mut fd = self.lower_fn_sig(&src, f, p.def, None, p.abi.unwrap_or(Abi::Rust));
                if f.body.is_some() && p.abi.is_none() {
                    out.push(self.deferred(p.def, &src, DeferredKind::Fn(p.item), &p.macros));
                }
                fd.body = None;
                self.set_fn(p.def, fd);
                self.ribs.truncate(depth);
            }
            ItemKind::Struct { generics, data, .. } => {
                let g = self.lower_generics(&src, generics, p.def, None, false);
                self.push_adt_self(p.def);
                let v = self.lower_variant(&src, p.def, self.krate.defs[p.def].name, item.span, data, None);
                self.krate.defs[p.def].kind = DefKind::Adt(AdtDef {
                    kind: AdtKind::Struct,
                    generics: g,
                    variants: vec![v],
                    repr: repr(&item.attrs),
                });
            }
            ItemKind::Union { generics, fields, .. } => {
                let g = self.lower_generics(&src, generics, p.def, None, false);
                self.push_adt_self(p.def);
                let module = self.current_module();
                let fields = self.lower_fields(&src, fields, module, false);
                let name = self.krate.defs[p.def].name;
                let v = VariantDef {
                    name,
                    span: item.span,
                    def: p.def,
                    shape: VariantShape::Named,
                    fields,
                    discriminant: None,
                };
                self.krate.defs[p.def].kind = DefKind::Adt(AdtDef {
                    kind: AdtKind::Union,
                    generics: g,
                    variants: vec![v],
                    repr: repr(&item.attrs),
                });
            }
            ItemKind::Enum { generics, variants, .. } => {
                let g = self.lower_generics(&src, generics, p.def, None, false);
                self.push_adt_self(p.def);
                let opts = self.options.clone();
                let live = variants.iter().filter(|v| cfg_enabled(&v.attrs, &opts));
                let mut out_variants = Vec::new();
                for (v, (vdef, _, _)) in live.zip(&p.children) {
                    let vdef = *vdef;
                    let disc = v.discriminant.map(|e| self.lower_anon_const(&src, e));
                    let lowered = self.lower_variant(&src, vdef, self.plain(v.name.name), v.span, &v.data, disc);
                    out_variants.push(lowered);
                }
                self.krate.defs[p.def].kind = DefKind::Adt(AdtDef {
                    kind: AdtKind::Enum,
                    generics: g,
                    variants: out_variants,
                    repr: repr(&item.attrs),
                });
            }
            ItemKind::TypeAlias { generics, bounds, ty, .. } => {
                let g = self.lower_generics(&src, generics, p.def, None, false);
                let bounds = self.lower_bounds(&src, bounds);
                let ty = ty.map(|t| self.lower_ty(&src, t));
                self.krate.defs[p.def].kind = DefKind::TypeAlias { generics: g, bounds, ty };
            }
            ItemKind::Const { ty, value, .. } => {
                let ty = self.lower_ty(&src, *ty);
                self.krate.defs[p.def].kind = DefKind::Const { ty, body: None };
                if let Some(v) = value {
                    out.push(self.deferred(p.def, &src, DeferredKind::Value(*v), &p.macros));
                }
            }
            ItemKind::Static { ty, value, mutable, .. } => {
                let ty = self.lower_ty(&src, *ty);
                self.krate.defs[p.def].kind = DefKind::Static { mutable: *mutable, ty, body: None };
                if let Some(v) = value {
                    out.push(self.deferred(p.def, &src, DeferredKind::Value(*v), &p.macros));
                }
            }
            ItemKind::Impl(imp) => self.lower_impl(p, &src, imp, out),
            ItemKind::Trait(t) => self.lower_trait(p, &src, t, out),
            _ => {}
        }
        self.ribs.truncate(depth);
    }

    /// `Self` inside a struct, enum or union definition names the type
    /// itself with its own parameters.
    fn push_adt_self(&mut self, adt: DefId) {
        self.ribs.push(Rib::SelfTy { res: Res::Def(adt), adt: Some(Res::Def(adt)) });
    }

    fn deferred(&self, def: DefId, src: &AstSrc<'a>, kind: DeferredKind, macros: &MacroScope) -> Deferred<'a> {
        Deferred { def, src: src.clone(), kind, ribs: self.ribs.clone(), macros: macros.clone(), krate: self.cur_crate }
    }

    fn set_fn(&mut self, def: DefId, mut fd: FnDef) {
        if let DefKind::Fn(old) = &self.krate.defs[def].kind {
            fd.is_test = old.is_test;
            fd.should_panic = old.should_panic;
            fd.track_caller = old.track_caller;
            fd.body = old.body;
        }
        self.krate.defs[def].kind = DefKind::Fn(fd);
    }

    /// Generics (a rib is left pushed) and the signature of a function.
    fn lower_fn_sig(&mut self, src: &AstSrc<'a>, f: &ast::Fn, def: DefId, parent: Option<DefId>, abi: Abi) -> FnDef {
        let generics = self.lower_generics(src, &f.generics, def, parent, false);
        self.check_return_lifetimes(src, &f.sig);
        let mut inputs = Vec::new();
        let has_self = f.sig.self_param.is_some();
        if let Some(sp) = &f.sig.self_param {
            inputs.push(self.self_param_ty(src, sp, parent));
        }
        for param in &f.sig.params {
            inputs.push(self.lower_ty(src, param.ty));
        }
        let mut generics = generics;
        for &input in &inputs {
            self.desugar_impl_trait_params(input, def, &mut generics);
        }
        let output = match f.sig.ret {
            Some(t) => self.lower_ty(src, t),
            None => self.unit_ty(f.name.span),
        };
        FnDef {
            generics,
            inputs,
            output,
            has_self,
            body: None,
            is_unsafe: f.sig.is_unsafe,
            is_const: f.sig.is_const,
            abi,
            is_test: false,
            should_panic: false,
            track_caller: false,
        }
    }

    /// `impl Trait` in a parameter type is an anonymous type parameter of
    /// the function, bounded by the traits (as rustc desugars it).
    fn desugar_impl_trait_params(&mut self, ty: TypeRefId, def: DefId, generics: &mut Generics) {
        let children: Vec<TypeRefId> = match &self.krate.types[ty].kind {
            TypeRefKind::ImplTrait(bounds) => {
                let bounds = bounds.clone();
                let span = self.krate.types[ty].span;
                let index = self.generic_counts.get(&def).copied().unwrap_or(0);
                self.generic_counts.insert(def, index + 1);
                self.krate.types[ty].kind =
                    TypeRefKind::Path { res: Res::TyParam { owner: def, index }, args: Vec::new(), assoc: Vec::new() };
                let name = Symbol::intern(&format!("impl {}", self.impl_trait_name(&bounds)));
                generics.params.push(GenericParam { name, span, is_const: None, default: None });
                for bound in bounds {
                    generics.predicates.push(Predicate { ty, bound });
                }
                return;
            }
            TypeRefKind::Ref { ty, .. } | TypeRefKind::RawPtr { ty, .. } | TypeRefKind::Slice(ty) => vec![*ty],
            TypeRefKind::Array { elem, .. } => vec![*elem],
            TypeRefKind::Tuple(tys) => tys.clone(),
            TypeRefKind::Path { args, .. } => args.clone(),
            _ => Vec::new(),
        };
        for child in children {
            self.desugar_impl_trait_params(child, def, generics);
        }
    }

    /// The first bound's trait name, for naming the anonymous parameter.
    fn impl_trait_name(&self, bounds: &[TraitBound]) -> String {
        match bounds.first().map(|b| b.trait_) {
            Some(Res::Def(d)) => self.krate.defs[d].name.to_string(),
            _ => "Trait".to_string(),
        }
    }

    fn self_param_ty(&mut self, src: &AstSrc<'a>, sp: &ast::SelfParam, parent: Option<DefId>) -> TypeRefId {
        let self_res = match parent {
            Some(p) => Res::SelfTy(p),
            None => {
                self.error(
                    ferrum_span::Diagnostic::error("`self` parameter is only allowed in associated functions")
                        .primary(sp.span, "not semantically valid as function parameter"),
                );
                Res::Err
            }
        };
        let self_ty = self.alloc_ty(TypeRefKind::Path { res: self_res, args: Vec::new(), assoc: Vec::new() }, sp.span);
        match &sp.kind {
            SelfKind::Value { .. } => self_ty,
            SelfKind::Ref { mutable, .. } => {
                self.alloc_ty(TypeRefKind::Ref { mutability: mutability(*mutable), ty: self_ty }, sp.span)
            }
            SelfKind::Explicit { ty, .. } => self.lower_ty(src, *ty),
        }
    }

    fn lower_variant(
        &mut self,
        src: &AstSrc<'a>,
        def: DefId,
        name: Symbol,
        span: Span,
        data: &VariantData,
        discriminant: Option<BodyId>,
    ) -> VariantDef {
        let module = self.current_module();
        let public = matches!(self.krate.defs[def].kind, DefKind::Variant { .. });
        let (shape, fields) = match data {
            VariantData::Named(f) => (VariantShape::Named, self.lower_fields(src, f, module, public)),
            VariantData::Tuple(f) => (VariantShape::Tuple, self.lower_fields(src, f, module, public)),
            VariantData::Unit => (VariantShape::Unit, Vec::new()),
        };
        VariantDef { name, span, def, shape, fields, discriminant }
    }

    fn lower_fields(
        &mut self,
        src: &AstSrc<'a>,
        fields: &[ast::FieldDef],
        module: DefId,
        public: bool,
    ) -> Vec<FieldDef> {
        let module =
            if matches!(self.krate.defs[module].kind, DefKind::Mod { .. }) { module } else { self.current_module() };
        let mut out = Vec::new();
        let opts = self.options.clone();
        self.check_field_lifetimes(src, fields);
        for (i, f) in fields.iter().filter(|f| cfg_enabled(&f.attrs, &opts)).enumerate() {
            let name = f.name.map_or_else(|| Symbol::intern(&i.to_string()), |n| self.plain(n.name));
            let vis = if public { Visibility::Public } else { self.lower_vis(&f.vis, module) };
            let ty = self.lower_ty(src, f.ty);
            out.push(FieldDef { name, ty, vis, span: f.span });
        }
        out
    }

    fn lower_impl(&mut self, p: &Pending<'a>, src: &AstSrc<'a>, imp: &ast::Impl, out: &mut Vec<Deferred<'a>>) {
        // `Self` may appear in the impl's bounds (`where Self: Sized`) and
        // trait arguments; in values it names the ADT once that is known.
        self.ribs.push(Rib::SelfTy { res: Res::SelfTy(p.def), adt: None });
        let generics = self.lower_generics(src, &imp.generics, p.def, None, false);
        let self_ty = self.lower_ty(src, imp.self_ty);
        let trait_ = imp.trait_path.as_ref().map(|t| self.lower_trait_ref(src, t));
        let adt = match &self.krate.types[self_ty].kind {
            TypeRefKind::Path { res: res @ Res::Def(d), .. } if matches!(self.krate.defs[*d].kind, DefKind::Adt(_)) => {
                Some(*res)
            }
            _ => None,
        };
        self.ribs.push(Rib::SelfTy { res: Res::SelfTy(p.def), adt });
        let items = self.lower_assoc_items(p, out);
        self.krate.defs[p.def].kind = DefKind::Impl(ImplDef { generics, trait_, self_ty, items });
    }

    fn lower_trait(&mut self, p: &Pending<'a>, src: &AstSrc<'a>, t: &ast::Trait, out: &mut Vec<Deferred<'a>>) {
        // `Self` is in scope in the trait's own generics too (`Rhs = Self`).
        self.ribs.push(Rib::SelfTy { res: Res::SelfTy(p.def), adt: None });
        let generics = self.lower_generics(src, &t.generics, p.def, None, true);
        let supertraits = self.lower_bounds(src, &t.supertraits);
        let items = self.lower_assoc_items(p, out);
        self.krate.defs[p.def].kind = DefKind::Trait(TraitDef { generics, supertraits, items });
    }

    /// The items of an impl or trait, with the parent's ribs in place.
    fn lower_assoc_items(&mut self, p: &Pending<'a>, out: &mut Vec<Deferred<'a>>) -> Vec<DefId> {
        let mut items = Vec::new();
        for (def, csrc, id) in &p.children {
            let (def, id, src) = (*def, *id, csrc);
            let item = &src.items[id];
            self.owner = def;
            let depth = self.ribs.len();
            match &item.kind {
                ItemKind::Fn(f) => {
                    let fd = self.lower_fn_sig(src, f, def, Some(p.def), Abi::Rust);
                    if f.body.is_some() {
                        out.push(self.deferred(def, src, DeferredKind::Fn(id), &p.macros));
                    }
                    self.set_fn(def, fd);
                }
                ItemKind::Const { ty, value, .. } => {
                    let ty = self.lower_ty(src, *ty);
                    self.krate.defs[def].kind = DefKind::Const { ty, body: None };
                    if let Some(v) = value {
                        out.push(self.deferred(def, src, DeferredKind::Value(*v), &p.macros));
                    }
                }
                ItemKind::TypeAlias { generics, bounds, ty, .. } => {
                    let g = self.lower_generics(src, generics, def, Some(p.def), false);
                    let bounds = self.lower_bounds(src, bounds);
                    let ty = ty.map(|t| self.lower_ty(src, t));
                    self.krate.defs[def].kind = DefKind::TypeAlias { generics: g, bounds, ty };
                }
                _ => {}
            }
            self.ribs.truncate(depth);
            items.push(def);
        }
        self.owner = p.def;
        items
    }

    /// Lowers a queued body with the ribs of its item.
    pub(crate) fn lower_deferred(&mut self, d: Deferred<'a>) {
        let saved = std::mem::replace(&mut self.ribs, d.ribs);
        let saved_macros = std::mem::replace(&mut self.cur_macros, d.macros);
        let saved_crate = std::mem::replace(&mut self.cur_crate, d.krate);
        let saved_owner = std::mem::replace(&mut self.owner, d.def);
        match d.kind {
            DeferredKind::Fn(id) => {
                if let ItemKind::Fn(f) = &d.src.items[id].kind {
                    let body = self.lower_fn_body(&d.src, f, d.def);
                    if let DefKind::Fn(fd) = &mut self.krate.defs[d.def].kind {
                        fd.body = body;
                    }
                }
            }
            DeferredKind::Value(e) => {
                self.push_body(d.def);
                let value = self.lower_expr(&d.src, e);
                let body = self.finish_body(Vec::new(), value);
                match &mut self.krate.defs[d.def].kind {
                    DefKind::Const { body: b, .. } | DefKind::Static { body: b, .. } => *b = Some(body),
                    _ => {}
                }
            }
        }
        self.ribs = saved;
        self.cur_macros = saved_macros;
        self.cur_crate = saved_crate;
        self.owner = saved_owner;
    }
}
