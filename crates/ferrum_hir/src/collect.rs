//! Phase 1: walking the module tree (inline modules, `mod x;` files through
//! the [`crate::ModuleLoader`], item-position macro calls), creating a
//! [`Def`] for every item, filling each module's namespaces, and recording
//! `use` imports and `macro_rules!` definitions in textual order.
//!
//! Signatures and bodies are lowered later (see [`crate::item`]), once all
//! names and imports are known.

use crate::attrs::{attr_value, cfg_enabled, derives, has_attr};
use crate::ctx::*;
use crate::hir::*;
use crate::hygiene::CrateKind;
use crate::macro_rules::parse_macro_rules;
use crate::scope::def_binding;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, ItemId, ItemKind, VariantData};

/// Where collected items go.
#[derive(Clone, Copy)]
pub(crate) struct CollectCx {
    /// The module (or block's enclosing module) that parents the defs.
    pub module: DefId,
    pub scope: ScopeId,
    /// Items of a block are not listed in their module's `items`.
    pub in_block: bool,
}

impl<'a> Lowerer<'a> {
    /// Collects `items`, returning the textual macro scope after them.
    pub(crate) fn collect_items(
        &mut self,
        src: &AstSrc<'a>,
        items: &[ItemId],
        cx: CollectCx,
        mut macros: MacroScope,
    ) -> MacroScope {
        for &id in items {
            macros = self.collect_item(src, id, cx, macros);
        }
        macros
    }

    fn collect_item(&mut self, src: &AstSrc<'a>, id: ItemId, cx: CollectCx, macros: MacroScope) -> MacroScope {
        let item = &src.items[id];
        if !cfg_enabled(&item.attrs, &self.options) {
            return macros;
        }
        let vis = self.lower_vis(&item.vis, cx.module);
        let header = |lw: &Self, name: Span| lw.header_span(item, name);
        let def = match &item.kind {
            ItemKind::Fn(f) => {
                let def = self.new_def(
                    self.plain(f.name.name),
                    header(self, f.name.span),
                    Some(cx.module),
                    vis,
                    placeholder_fn(self.dummy_ty),
                );
                self.define(
                    cx.scope,
                    Ns::Value,
                    f.name.name,
                    def_binding(Res::Def(def), vis, header(self, f.name.span)),
                );
                Some(def)
            }
            ItemKind::Struct { name, data, .. } => Some(self.collect_struct(item, *name, data, vis, cx)),
            ItemKind::Union { name, .. } => {
                let def = self.new_def(
                    self.plain(name.name),
                    header(self, name.span),
                    Some(cx.module),
                    vis,
                    placeholder_adt(AdtKind::Union),
                );
                self.define(cx.scope, Ns::Type, name.name, def_binding(Res::Def(def), vis, header(self, name.span)));
                Some(def)
            }
            ItemKind::Enum { name, variants, .. } => {
                Some(self.collect_enum(src, id, *name, variants, vis, cx, &macros))
            }
            ItemKind::TypeAlias { name, .. } => {
                let kind = DefKind::TypeAlias { generics: Generics::default(), bounds: Vec::new(), ty: None };
                let def = self.new_def(self.plain(name.name), header(self, name.span), Some(cx.module), vis, kind);
                self.define(cx.scope, Ns::Type, name.name, def_binding(Res::Def(def), vis, header(self, name.span)));
                Some(def)
            }
            ItemKind::Const { name, .. } => {
                let kind = DefKind::Const { ty: self.dummy_ty, body: None };
                let def = self.new_def(self.plain(name.name), header(self, name.span), Some(cx.module), vis, kind);
                self.define(cx.scope, Ns::Value, name.name, def_binding(Res::Def(def), vis, header(self, name.span)));
                Some(def)
            }
            ItemKind::Static { name, mutable, .. } => {
                let kind = DefKind::Static { mutable: *mutable, ty: self.dummy_ty, body: None };
                let def = self.new_def(self.plain(name.name), header(self, name.span), Some(cx.module), vis, kind);
                self.define(cx.scope, Ns::Value, name.name, def_binding(Res::Def(def), vis, header(self, name.span)));
                Some(def)
            }
            // `impl !Trait for T` only matters for auto traits, which ferrum lacks.
            ItemKind::Impl(imp) if imp.negative => return macros,
            ItemKind::Impl(imp) => {
                let kind = DefKind::Impl(ImplDef {
                    generics: Generics::default(),
                    trait_: None,
                    self_ty: self.dummy_ty,
                    items: Vec::new(),
                });
                let def = self.new_def(Symbol::intern("<impl>"), item.span, Some(cx.module), Visibility::Public, kind);
                let children = self.collect_assoc(src, &imp.items, def, cx.module, imp.trait_path.is_some(), &macros);
                self.push_pending(def, src, id, cx, &macros, children, None);
                return macros;
            }
            ItemKind::Trait(t) => {
                let kind = DefKind::Trait(TraitDef {
                    generics: Generics::default(),
                    supertraits: Vec::new(),
                    items: Vec::new(),
                });
                let def = self.new_def(self.plain(t.name.name), header(self, t.name.span), Some(cx.module), vis, kind);
                self.define(
                    cx.scope,
                    Ns::Type,
                    t.name.name,
                    def_binding(Res::Def(def), vis, header(self, t.name.span)),
                );
                let scope = self.new_scope(ScopeKind::Trait, Some(def), cx.module);
                let children = self.collect_assoc(src, &t.items, def, cx.module, true, &macros);
                for (child, csrc, item) in &children {
                    let (child, item) = (*child, *item);
                    let ns =
                        if matches!(csrc.items[item].kind, ItemKind::TypeAlias { .. }) { Ns::Type } else { Ns::Value };
                    let (name, span) = (self.krate.defs[child].name, self.krate.defs[child].span);
                    self.define(scope, ns, name, def_binding(Res::Def(child), Visibility::Public, span));
                }
                self.record_attrs(def, &item.attrs, cx);
                self.push_pending(def, src, id, cx, &macros, children, None);
                self.add_to_module(cx, def);
                return macros;
            }
            ItemKind::Mod { name, items, inline } => {
                return self.collect_mod(src, item, *name, items, *inline, vis, cx, macros)
            }
            ItemKind::Use(tree) => {
                self.flatten_use(tree, &mut Vec::new(), false, cx.scope, vis, item.span);
                return macros;
            }
            ItemKind::ExternCrate { name, rename } => {
                self.collect_extern_crate(*name, *rename, vis, cx);
                return macros;
            }
            ItemKind::ExternBlock { abi, items } => {
                self.collect_extern_block(src, item, *abi, items, cx, &macros);
                return macros;
            }
            ItemKind::MacroRules { name, body } => {
                let plain = |s| self.hygiene.strip(s);
                let mac =
                    parse_macro_rules(self.plain(name.name), &body.tokens, self.cur_crate, &plain, &mut self.diags);
                self.macros.push(mac);
                let mid = self.macros.len() - 1;
                if self.cur_crate == CrateKind::Std && has_attr(&item.attrs, "macro_export") {
                    self.exported_macros.insert(self.plain(name.name), mid);
                }
                return macros.with(self.plain(name.name), mid);
            }
            ItemKind::MacCall(mac) => {
                if let Some(exp) = self.expand_items(mac, &macros) {
                    let items = exp.items.clone();
                    return self.collect_items(&AstSrc::Owned(exp), &items, cx, macros);
                }
                return macros;
            }
            ItemKind::Err => return macros,
        };
        if let Some(def) = def {
            self.record_attrs(def, &item.attrs, cx);
            if !matches!(item.kind, ItemKind::Enum { .. }) {
                self.push_pending(def, src, id, cx, &macros, Vec::new(), None);
            }
            self.add_to_module(cx, def);
            match item.kind {
                ItemKind::Struct { .. } | ItemKind::Enum { .. } | ItemKind::Union { .. } => {
                    self.expand_derives(src, id, cx, &macros)
                }
                _ if has_attr(&item.attrs, "derive") => self.not_an_adt(item),
                _ => {}
            }
        }
        macros
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push_pending(
        &mut self,
        def: DefId,
        src: &AstSrc<'a>,
        item: ItemId,
        cx: CollectCx,
        macros: &MacroScope,
        children: Vec<Child<'a>>,
        abi: Option<Abi>,
    ) {
        let krate = self.cur_crate;
        self.pending.push(Pending {
            def,
            src: src.clone(),
            item,
            scope: cx.scope,
            macros: macros.clone(),
            krate,
            children,
            abi,
        });
    }

    pub(crate) fn add_to_module(&mut self, cx: CollectCx, def: DefId) {
        if cx.in_block {
            return;
        }
        if let DefKind::Mod { items } = &mut self.krate.defs[cx.module].kind {
            items.push(def);
        }
    }

    /// Lang items, derives, and the test attributes of functions.
    pub(crate) fn record_attrs(&mut self, def: DefId, attrs: &[ast::Attribute], cx: CollectCx) {
        if let Some((name, _)) = attr_value(attrs, "lang") {
            self.krate.lang_items.insert(name, def);
        }
        if let Some(on) = crate::attrs::on_unimplemented(attrs) {
            self.krate.on_unimplemented.insert(def, on);
        }
        let plain = |s| self.hygiene.strip(s);
        let d = derives(attrs, &plain);
        self.krate.defs[def].derives = d;
        if let DefKind::Fn(f) = &mut self.krate.defs[def].kind {
            f.is_test = has_attr(attrs, "test");
            f.should_panic = has_attr(attrs, "should_panic");
            f.track_caller = has_attr(attrs, "track_caller");
            if f.is_test && self.cur_crate == CrateKind::User && !cx.in_block {
                self.krate.tests.push(def);
            }
        }
    }

    fn collect_struct(
        &mut self,
        item: &ast::Item,
        name: ast::Ident,
        data: &VariantData,
        vis: Visibility,
        cx: CollectCx,
    ) -> DefId {
        let header = self.header_span(item, name.span);
        let def = self.new_def(self.plain(name.name), header, Some(cx.module), vis, placeholder_adt(AdtKind::Struct));
        self.define(cx.scope, Ns::Type, name.name, def_binding(Res::Def(def), vis, header));
        let (shape, fields) = shape_of(data);
        self.shapes.insert(def, ShapeInfo { shape, fields: fields.len() });
        if shape != VariantShape::Named {
            // A tuple struct's constructor is only as visible as its least visible field.
            let mut ctor_vis = vis;
            for f in fields {
                if !matches!(f.vis, ast::Visibility::Public) {
                    let fv = self.lower_vis(&f.vis, cx.module);
                    ctor_vis = self.narrower(ctor_vis, fv);
                }
            }
            self.define(cx.scope, Ns::Value, name.name, def_binding(Res::Def(def), ctor_vis, header));
        }
        def
    }

    #[allow(clippy::too_many_arguments)]
    fn collect_enum(
        &mut self,
        src: &AstSrc<'a>,
        id: ItemId,
        name: ast::Ident,
        variants: &[ast::Variant],
        vis: Visibility,
        cx: CollectCx,
        macros: &MacroScope,
    ) -> DefId {
        let item = &src.items[id];
        let header = self.header_span(item, name.span);
        let def = self.new_def(self.plain(name.name), header, Some(cx.module), vis, placeholder_adt(AdtKind::Enum));
        self.define(cx.scope, Ns::Type, name.name, def_binding(Res::Def(def), vis, header));
        let scope = self.new_scope(ScopeKind::Enum, Some(def), cx.module);
        let mut index = 0u32;
        let mut children = Vec::new();
        for v in variants {
            if !cfg_enabled(&v.attrs, &self.options) {
                continue;
            }
            let vdef = self.new_def(
                self.plain(v.name.name),
                v.name.span,
                Some(def),
                Visibility::Public,
                DefKind::Variant { adt: def, index },
            );
            let (shape, fields) = shape_of(&v.data);
            self.shapes.insert(vdef, ShapeInfo { shape, fields: fields.len() });
            let b = def_binding(Res::Variant(vdef), Visibility::Public, v.span);
            self.define(scope, Ns::Type, v.name.name, b);
            if shape != VariantShape::Named {
                self.define(scope, Ns::Value, v.name.name, b);
            }
            children.push((vdef, src.clone(), id));
            index += 1;
        }
        self.push_pending(def, src, id, cx, macros, children, None);
        def
    }

    /// Defs for the items of an impl or trait, parented to it.
    /// Defs for the items of an impl or trait, parented to it; macro calls
    /// among them are expanded into more items.
    #[allow(clippy::too_many_arguments)]
    fn collect_assoc(
        &mut self,
        src: &AstSrc<'a>,
        items: &[ItemId],
        parent: DefId,
        module: DefId,
        public: bool,
        macros: &MacroScope,
    ) -> Vec<Child<'a>> {
        let mut out = Vec::new();
        for &id in items {
            let item = &src.items[id];
            if !cfg_enabled(&item.attrs, &self.options) {
                continue;
            }
            let vis = if public { Visibility::Public } else { self.lower_vis(&item.vis, module) };
            let (name, kind) = match &item.kind {
                ItemKind::Fn(f) => (f.name, placeholder_fn(self.dummy_ty)),
                ItemKind::Const { name, .. } => (*name, DefKind::Const { ty: self.dummy_ty, body: None }),
                ItemKind::TypeAlias { name, .. } => {
                    let kind = DefKind::TypeAlias { generics: Generics::default(), bounds: Vec::new(), ty: None };
                    (*name, kind)
                }
                ItemKind::MacCall(m) => {
                    if let Some(exp) = self.expand_items(m, macros) {
                        let items = exp.items.clone();
                        let more = self.collect_assoc(&AstSrc::Owned(exp), &items, parent, module, public, macros);
                        out.extend(more);
                    }
                    continue;
                }
                ItemKind::Err => continue,
                _ => {
                    self.error(Diagnostic::error("this item cannot appear in an impl or trait").primary(item.span, ""));
                    continue;
                }
            };
            let header = self.header_span(item, name.span);
            let def = self.new_def(self.plain(name.name), header, Some(parent), vis, kind);
            let cx = CollectCx { module, scope: 0, in_block: true };
            self.record_attrs(def, &item.attrs, cx);
            out.push((def, src.clone(), id));
        }
        out
    }
}

pub(crate) fn placeholder_fn(ty: TypeRefId) -> DefKind {
    DefKind::Fn(FnDef {
        generics: Generics::default(),
        inputs: Vec::new(),
        output: ty,
        has_self: false,
        body: None,
        is_unsafe: false,
        is_const: false,
        abi: Abi::Rust,
        is_test: false,
        should_panic: false,
        track_caller: false,
    })
}

fn placeholder_adt(kind: AdtKind) -> DefKind {
    DefKind::Adt(AdtDef { kind, generics: Generics::default(), variants: Vec::new(), repr: Repr::default() })
}

fn shape_of(data: &VariantData) -> (VariantShape, &[ast::FieldDef]) {
    match data {
        VariantData::Named(f) => (VariantShape::Named, f),
        VariantData::Tuple(f) => (VariantShape::Tuple, f),
        VariantData::Unit => (VariantShape::Unit, &[]),
    }
}
