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
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, ItemId, ItemKind, UseTree, VariantData};
use std::rc::Rc;

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

    fn collect_item(
        &mut self,
        src: &AstSrc<'a>,
        id: ItemId,
        cx: CollectCx,
        macros: MacroScope,
    ) -> MacroScope {
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
            ItemKind::Struct { name, data, .. } => {
                Some(self.collect_struct(item, *name, data, vis, cx))
            }
            ItemKind::Union { name, .. } => {
                let def = self.new_def(
                    self.plain(name.name),
                    header(self, name.span),
                    Some(cx.module),
                    vis,
                    placeholder_adt(AdtKind::Union),
                );
                self.define(
                    cx.scope,
                    Ns::Type,
                    name.name,
                    def_binding(Res::Def(def), vis, header(self, name.span)),
                );
                Some(def)
            }
            ItemKind::Enum { name, variants, .. } => {
                Some(self.collect_enum(src, id, *name, variants, vis, cx, &macros))
            }
            ItemKind::TypeAlias { name, .. } => {
                let kind = DefKind::TypeAlias {
                    generics: Generics::default(),
                    bounds: Vec::new(),
                    ty: None,
                };
                let def = self.new_def(
                    self.plain(name.name),
                    header(self, name.span),
                    Some(cx.module),
                    vis,
                    kind,
                );
                self.define(
                    cx.scope,
                    Ns::Type,
                    name.name,
                    def_binding(Res::Def(def), vis, header(self, name.span)),
                );
                Some(def)
            }
            ItemKind::Const { name, .. } => {
                let kind = DefKind::Const {
                    ty: self.dummy_ty,
                    body: None,
                };
                let def = self.new_def(
                    self.plain(name.name),
                    header(self, name.span),
                    Some(cx.module),
                    vis,
                    kind,
                );
                self.define(
                    cx.scope,
                    Ns::Value,
                    name.name,
                    def_binding(Res::Def(def), vis, header(self, name.span)),
                );
                Some(def)
            }
            ItemKind::Static { name, mutable, .. } => {
                let kind = DefKind::Static {
                    mutable: *mutable,
                    ty: self.dummy_ty,
                    body: None,
                };
                let def = self.new_def(
                    self.plain(name.name),
                    header(self, name.span),
                    Some(cx.module),
                    vis,
                    kind,
                );
                self.define(
                    cx.scope,
                    Ns::Value,
                    name.name,
                    def_binding(Res::Def(def), vis, header(self, name.span)),
                );
                Some(def)
            }
            ItemKind::Impl(imp) => {
                let kind = DefKind::Impl(ImplDef {
                    generics: Generics::default(),
                    trait_: None,
                    self_ty: self.dummy_ty,
                    items: Vec::new(),
                });
                let def = self.new_def(
                    Symbol::intern("<impl>"),
                    item.span,
                    Some(cx.module),
                    Visibility::Public,
                    kind,
                );
                let children = self.collect_assoc(
                    src,
                    &imp.items,
                    def,
                    cx.module,
                    imp.trait_path.is_some(),
                    &macros,
                );
                self.push_pending(def, src, id, cx, &macros, children, None);
                return macros;
            }
            ItemKind::Trait(t) => {
                let kind = DefKind::Trait(TraitDef {
                    generics: Generics::default(),
                    supertraits: Vec::new(),
                    items: Vec::new(),
                });
                let def = self.new_def(
                    self.plain(t.name.name),
                    header(self, t.name.span),
                    Some(cx.module),
                    vis,
                    kind,
                );
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
                    let ns = if matches!(csrc.items[item].kind, ItemKind::TypeAlias { .. }) {
                        Ns::Type
                    } else {
                        Ns::Value
                    };
                    let (name, span) = (self.krate.defs[child].name, self.krate.defs[child].span);
                    self.define(
                        scope,
                        ns,
                        name,
                        def_binding(Res::Def(child), Visibility::Public, span),
                    );
                }
                self.record_attrs(def, &item.attrs, cx);
                self.push_pending(def, src, id, cx, &macros, children, None);
                self.add_to_module(cx, def);
                return macros;
            }
            ItemKind::Mod {
                name,
                items,
                inline,
            } => return self.collect_mod(src, item, *name, items, *inline, vis, cx, macros),
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
                let mac = parse_macro_rules(
                    self.plain(name.name),
                    &body.tokens,
                    self.cur_crate,
                    &plain,
                    self.diags,
                );
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

    fn add_to_module(&mut self, cx: CollectCx, def: DefId) {
        if cx.in_block {
            return;
        }
        if let DefKind::Mod { items } = &mut self.krate.defs[cx.module].kind {
            items.push(def);
        }
    }

    /// Lang items, derives, and the test attributes of functions.
    fn record_attrs(&mut self, def: DefId, attrs: &[ast::Attribute], cx: CollectCx) {
        if let Some((name, _)) = attr_value(attrs, "lang") {
            self.krate.lang_items.insert(name, def);
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
        let def = self.new_def(
            self.plain(name.name),
            header,
            Some(cx.module),
            vis,
            placeholder_adt(AdtKind::Struct),
        );
        self.define(
            cx.scope,
            Ns::Type,
            name.name,
            def_binding(Res::Def(def), vis, header),
        );
        let (shape, fields) = shape_of(data);
        self.shapes.insert(
            def,
            ShapeInfo {
                shape,
                fields: fields.len(),
            },
        );
        if shape != VariantShape::Named {
            // A tuple struct's constructor is only as visible as its least visible field.
            let mut ctor_vis = vis;
            for f in fields {
                if !matches!(f.vis, ast::Visibility::Public) {
                    let fv = self.lower_vis(&f.vis, cx.module);
                    ctor_vis = self.narrower(ctor_vis, fv);
                }
            }
            self.define(
                cx.scope,
                Ns::Value,
                name.name,
                def_binding(Res::Def(def), ctor_vis, header),
            );
        }
        def
    }

    fn narrower(&self, a: Visibility, b: Visibility) -> Visibility {
        match (a, b) {
            (Visibility::Public, x) | (x, Visibility::Public) => x,
            (Visibility::Restricted(m), Visibility::Restricted(n)) => {
                if self.is_descendant(m, n) {
                    a
                } else {
                    b
                }
            }
        }
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
        let def = self.new_def(
            self.plain(name.name),
            header,
            Some(cx.module),
            vis,
            placeholder_adt(AdtKind::Enum),
        );
        self.define(
            cx.scope,
            Ns::Type,
            name.name,
            def_binding(Res::Def(def), vis, header),
        );
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
            self.shapes.insert(
                vdef,
                ShapeInfo {
                    shape,
                    fields: fields.len(),
                },
            );
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
            let vis = if public {
                Visibility::Public
            } else {
                self.lower_vis(&item.vis, module)
            };
            let (name, kind) = match &item.kind {
                ItemKind::Fn(f) => (f.name, placeholder_fn(self.dummy_ty)),
                ItemKind::Const { name, .. } => (
                    *name,
                    DefKind::Const {
                        ty: self.dummy_ty,
                        body: None,
                    },
                ),
                ItemKind::TypeAlias { name, .. } => {
                    let kind = DefKind::TypeAlias {
                        generics: Generics::default(),
                        bounds: Vec::new(),
                        ty: None,
                    };
                    (*name, kind)
                }
                ItemKind::MacCall(m) => {
                    if let Some(exp) = self.expand_items(m, macros) {
                        let items = exp.items.clone();
                        let more = self.collect_assoc(
                            &AstSrc::Owned(exp),
                            &items,
                            parent,
                            module,
                            public,
                            macros,
                        );
                        out.extend(more);
                    }
                    continue;
                }
                ItemKind::Err => continue,
                _ => {
                    self.error(
                        Diagnostic::error("this item cannot appear in an impl or trait")
                            .primary(item.span, ""),
                    );
                    continue;
                }
            };
            let header = self.header_span(item, name.span);
            let def = self.new_def(self.plain(name.name), header, Some(parent), vis, kind);
            let cx = CollectCx {
                module,
                scope: 0,
                in_block: true,
            };
            self.record_attrs(def, &item.attrs, cx);
            out.push((def, src.clone(), id));
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn collect_mod(
        &mut self,
        src: &AstSrc<'a>,
        item: &ast::Item,
        name: ast::Ident,
        items: &[ItemId],
        inline: bool,
        vis: Visibility,
        cx: CollectCx,
        macros: MacroScope,
    ) -> MacroScope {
        let header = self.header_span(item, name.span);
        let def = self.new_def(
            self.plain(name.name),
            header,
            Some(cx.module),
            vis,
            DefKind::Mod { items: Vec::new() },
        );
        self.define(
            cx.scope,
            Ns::Type,
            name.name,
            def_binding(Res::Def(def), vis, header),
        );
        self.add_to_module(cx, def);
        let scope = self.new_scope(ScopeKind::Module, Some(def), def);
        let inner = CollectCx {
            module: def,
            scope,
            in_block: false,
        };
        let after = if inline {
            self.collect_items(src, items, inner, macros.clone())
        } else {
            let Some((_, file)) =
                self.loader
                    .load(name.span.file, self.plain(name.name), name.span, self.diags)
            else {
                return macros;
            };
            if !cfg_enabled(&file.attrs, &self.options) {
                return macros;
            }
            let owned = Rc::new(OwnedAst {
                ast: file.ast,
                block: None,
                items: file.items,
            });
            let items = owned.items.clone();
            self.collect_items(&AstSrc::Owned(owned), &items, inner, macros.clone())
        };
        if has_attr(&item.attrs, "macro_use") {
            after
        } else {
            macros
        }
    }

    fn collect_extern_crate(
        &mut self,
        name: ast::Ident,
        rename: Option<ast::Ident>,
        vis: Visibility,
        cx: CollectCx,
    ) {
        let plain = self.plain(name.name);
        if !matches!(plain.as_str(), "std" | "core" | "alloc") {
            self.error(
                Diagnostic::error(format!("can't find crate for `{plain}`"))
                    .code("E0463")
                    .primary(name.span, "can't find crate"),
            );
            return;
        }
        let root = self
            .krate
            .std_root
            .expect("std root exists before user items");
        let bind_name = rename.map_or(name.name, |r| r.name);
        self.define(
            cx.scope,
            Ns::Type,
            bind_name,
            NameBinding {
                res: Res::Def(root),
                vis,
                span: name.span,
                import: true,
            },
        );
    }

    fn collect_extern_block(
        &mut self,
        src: &AstSrc<'a>,
        item: &ast::Item,
        abi: Option<Symbol>,
        items: &[ItemId],
        cx: CollectCx,
        macros: &MacroScope,
    ) {
        let abi = match abi.map(|s| s.as_str()) {
            Some("rust-intrinsic") => Abi::Intrinsic,
            Some("ferrum") if has_attr(&item.attrs, "builtin") => Abi::Builtin,
            _ => {
                self.error(Diagnostic::error("unsupported: only `#[builtin] extern \"ferrum\"` and `extern \"rust-intrinsic\"` blocks are supported").primary(item.span, ""));
                return;
            }
        };
        for &id in items {
            let it = &src.items[id];
            let vis = self.lower_vis(&it.vis, cx.module);
            match &it.kind {
                ItemKind::Fn(f) => {
                    let header = self.header_span(it, f.name.span);
                    let def = self.new_def(
                        self.plain(f.name.name),
                        header,
                        Some(cx.module),
                        vis,
                        placeholder_fn(self.dummy_ty),
                    );
                    self.define(
                        cx.scope,
                        Ns::Value,
                        f.name.name,
                        def_binding(Res::Def(def), vis, header),
                    );
                    self.record_attrs(def, &it.attrs, cx);
                    self.push_pending(def, src, id, cx, macros, Vec::new(), Some(abi));
                    self.add_to_module(cx, def);
                }
                ItemKind::Err => {}
                _ => self.error(
                    Diagnostic::error("unsupported: only functions are supported in extern blocks")
                        .primary(it.span, ""),
                ),
            }
        }
    }

    fn flatten_use(
        &mut self,
        tree: &UseTree,
        prefix: &mut Vec<ast::Ident>,
        global: bool,
        scope: ScopeId,
        vis: Visibility,
        span: Span,
    ) {
        match tree {
            UseTree::Simple { path, rename } => {
                let global = global || path.global;
                let mut full = prefix.clone();
                full.extend(path.segments.iter().map(|s| s.ident));
                let self_import =
                    full.len() > 1 && full.last().is_some_and(|i| i.name.as_str() == "self");
                if self_import {
                    full.pop();
                }
                let Some(last) = full.last() else { return };
                let rename = rename.map_or(last.name, |r| r.name);
                let span = path.span;
                self.imports.push(Import {
                    scope,
                    global,
                    path: full,
                    kind: ImportKind::Single {
                        rename,
                        self_import,
                    },
                    vis,
                    span,
                    done: false,
                });
            }
            UseTree::Glob { prefix: p } => {
                let mut full = prefix.clone();
                full.extend(p.segments.iter().map(|s| s.ident));
                let global = global || p.global;
                self.imports.push(Import {
                    scope,
                    global,
                    path: full,
                    kind: ImportKind::Glob,
                    vis,
                    span: p.span.to(span),
                    done: false,
                });
            }
            UseTree::Nested { prefix: p, trees } => {
                let len = prefix.len();
                prefix.extend(p.segments.iter().map(|s| s.ident));
                for t in trees {
                    self.flatten_use(t, prefix, global || p.global, scope, vis, span);
                }
                prefix.truncate(len);
            }
        }
    }

    /// Defines `name` in `scope`, reporting E0428 for a second item of the
    /// same name and namespace.
    pub(crate) fn define(&mut self, scope: ScopeId, ns: Ns, name: Symbol, b: NameBinding) {
        let name = self.plain(name);
        let s = &mut self.scopes[scope];
        match s.names[ns as usize].get(&name) {
            Some(prev) if prev.res != b.res => {
                let prev = *prev;
                self.report_duplicate(scope, ns, name, prev, b);
            }
            Some(_) => {}
            None => {
                s.names[ns as usize].insert(name, b);
            }
        }
    }

    /// E0428 (items), E0255 (item and import) or E0252 (imports): the later
    /// of the two definitions in the source is the redefinition.
    pub(crate) fn report_duplicate(
        &mut self,
        scope: ScopeId,
        ns: Ns,
        name: Symbol,
        prev: NameBinding,
        b: NameBinding,
    ) {
        let what = if ns == Ns::Type { "type" } else { "value" };
        let place = if self.scopes[scope].kind == ScopeKind::Block {
            "block"
        } else {
            "module"
        };
        let (first, second) = if prev.span.file == b.span.file && prev.span.lo > b.span.lo {
            (b, prev)
        } else {
            (prev, b)
        };
        let is_mod = matches!(first.res, Res::Def(d) if matches!(self.krate.defs[d].kind, DefKind::Mod { .. }));
        let prev_kind = if is_mod { "module" } else { what };
        let code = match (prev.import, b.import) {
            (true, true) => "E0252",
            (false, false) => "E0428",
            _ => "E0255",
        };
        self.diags.push(
            Diagnostic::error(format!("the name `{name}` is defined multiple times"))
                .code(code)
                .primary(second.span, format!("`{name}` redefined here"))
                .secondary(
                    first.span,
                    format!("previous definition of the {prev_kind} `{name}` here"),
                )
                .note(format!(
                    "`{name}` must be defined only once in the {what} namespace of this {place}"
                )),
        );
    }

    /// From the item's start (after its attributes) to the end of its name.
    pub(crate) fn header_span(&self, item: &ast::Item, name: Span) -> Span {
        let mut lo = item.span.lo;
        if let Some(last) = item
            .attrs
            .iter()
            .filter(|a| !a.inner)
            .map(|a| a.span.hi)
            .max()
        {
            let text = self
                .sources
                .try_file(item.span.file)
                .map(|f| &f.text[..])
                .unwrap_or("");
            let mut i = last as usize;
            while text
                .as_bytes()
                .get(i)
                .is_some_and(|b| b.is_ascii_whitespace())
            {
                i += 1;
            }
            lo = lo.max(i as u32);
        }
        if name.file != item.span.file || name.hi < lo {
            return item.span;
        }
        Span::new(item.span.file, lo, name.hi)
    }

    /// `pub`, `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`, private.
    pub(crate) fn lower_vis(&mut self, vis: &ast::Visibility, module: DefId) -> Visibility {
        match vis {
            ast::Visibility::Public => Visibility::Public,
            ast::Visibility::Private => Visibility::Restricted(module),
            ast::Visibility::Restricted(path) => {
                let mut cur = module;
                for (i, seg) in path.segments.iter().enumerate() {
                    let name = self.plain(seg.ident.name);
                    match name.as_str() {
                        "crate" if i == 0 => cur = self.crate_root_of(module),
                        "self" if i == 0 => {}
                        "super" => cur = self.parent_module(cur).unwrap_or(cur),
                        _ => {
                            let scope = self.def_scope.get(&cur).copied();
                            match scope
                                .and_then(|s| self.scopes[s].names[0].get(&name))
                                .map(|b| b.res)
                            {
                                Some(Res::Def(d))
                                    if matches!(self.krate.defs[d].kind, DefKind::Mod { .. }) =>
                                {
                                    cur = d
                                }
                                _ => {
                                    self.error(
                                        Diagnostic::error(format!(
                                            "cannot find module `{name}` for the visibility path"
                                        ))
                                        .code("E0433")
                                        .primary(seg.ident.span, ""),
                                    );
                                    return Visibility::Restricted(module);
                                }
                            }
                        }
                    }
                }
                Visibility::Restricted(cur)
            }
        }
    }

    pub(crate) fn crate_root_of(&self, def: DefId) -> DefId {
        let mut cur = def;
        for _ in 0..10_000 {
            match self.krate.defs[cur].parent {
                Some(p) => cur = p,
                None => break,
            }
        }
        cur
    }

    /// The module containing module `m` (itself for a crate root).
    pub(crate) fn parent_module(&self, m: DefId) -> Option<DefId> {
        let mut cur = self.krate.defs[m].parent?;
        for _ in 0..10_000 {
            if matches!(self.krate.defs[cur].kind, DefKind::Mod { .. }) {
                return Some(cur);
            }
            cur = self.krate.defs[cur].parent?;
        }
        None
    }
}

pub(crate) fn def_binding(res: Res, vis: Visibility, span: Span) -> NameBinding {
    NameBinding {
        res,
        vis,
        span,
        import: false,
    }
}

fn placeholder_fn(ty: TypeRefId) -> DefKind {
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
    DefKind::Adt(AdtDef {
        kind,
        generics: Generics::default(),
        variants: Vec::new(),
    })
}

fn shape_of(data: &VariantData) -> (VariantShape, &[ast::FieldDef]) {
    match data {
        VariantData::Named(f) => (VariantShape::Named, f),
        VariantData::Tuple(f) => (VariantShape::Tuple, f),
        VariantData::Unit => (VariantShape::Unit, &[]),
    }
}
