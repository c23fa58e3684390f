//! Collecting modules (inline and `mod x;` files), `extern crate`,
//! `extern` blocks of builtins and intrinsics, and `use` trees.

use crate::attrs::{cfg_enabled, has_attr};
use crate::collect::{placeholder_fn, CollectCx};
use crate::ctx::*;
use crate::hir::*;
use crate::scope::def_binding;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, ItemId, ItemKind, UseTree};
use std::rc::Rc;

impl<'a> Lowerer<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn collect_mod(
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
        let def = self.new_def(self.plain(name.name), header, Some(cx.module), vis, DefKind::Mod { items: Vec::new() });
        self.define(cx.scope, Ns::Type, name.name, def_binding(Res::Def(def), vis, header));
        self.add_to_module(cx, def);
        let scope = self.new_scope(ScopeKind::Module, Some(def), def);
        let inner = CollectCx { module: def, scope, in_block: false };
        let after = if inline {
            self.collect_items(src, items, inner, macros.clone())
        } else {
            let Some((_, file)) = self.loader.load(name.span.file, self.plain(name.name), name.span, &mut self.diags)
            else {
                return macros;
            };
            if !cfg_enabled(&file.attrs, &self.options) {
                return macros;
            }
            let owned = Rc::new(OwnedAst { ast: file.ast, block: None, items: file.items });
            let items = owned.items.clone();
            self.collect_items(&AstSrc::Owned(owned), &items, inner, macros.clone())
        };
        if has_attr(&item.attrs, "macro_use") {
            after
        } else {
            macros
        }
    }

    pub(crate) fn collect_extern_crate(
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
        let root = self.krate.std_root.expect("std root exists before user items");
        let bind_name = rename.map_or(name.name, |r| r.name);
        self.define(
            cx.scope,
            Ns::Type,
            bind_name,
            NameBinding { res: Res::Def(root), vis, span: name.span, import: true },
        );
    }

    pub(crate) fn collect_extern_block(
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
                    self.define(cx.scope, Ns::Value, f.name.name, def_binding(Res::Def(def), vis, header));
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

    pub(crate) fn flatten_use(
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
                let self_import = full.len() > 1 && full.last().is_some_and(|i| i.name.as_str() == "self");
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
                    kind: ImportKind::Single { rename, self_import },
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
}
