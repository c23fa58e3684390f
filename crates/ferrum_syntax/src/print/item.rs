//! Printing items: functions, type definitions, impls, traits, modules,
//! `use` trees, and generics with `where` clauses.

use super::ty::tokens_to_string;
use super::Printer;
use crate::ast::{
    FieldDef, Fn, GenericParamKind, Generics, ItemId, ItemKind, SelfKind, UseTree, Variant, VariantData, Visibility,
    WherePredicate,
};
use crate::lexer::{close_str, open_str};

impl Printer<'_> {
    pub(super) fn item(&mut self, id: ItemId) {
        let ast = self.ast;
        let item = &ast.items[id];
        for attr in &item.attrs {
            self.attr(attr);
        }
        self.line();
        self.vis(&item.vis);
        match &item.kind {
            ItemKind::Fn(f) => self.fn_item(f),
            ItemKind::Struct { name, generics, data } => {
                self.w("struct ");
                self.ident(*name);
                self.generics(generics);
                if let VariantData::Named(_) = data {
                    self.where_clause(generics);
                    self.variant_data(data);
                } else {
                    self.variant_data(data);
                    self.where_clause(generics);
                    self.w(";");
                }
            }
            ItemKind::Enum { name, generics, variants } => {
                self.w("enum ");
                self.ident(*name);
                self.generics(generics);
                self.where_clause(generics);
                self.w(" {");
                self.indent += 1;
                for v in variants {
                    self.variant(v);
                }
                self.indent -= 1;
                self.line();
                self.w("}");
            }
            ItemKind::Union { name, generics, fields } => {
                self.w("union ");
                self.ident(*name);
                self.generics(generics);
                self.where_clause(generics);
                self.named_fields(fields);
            }
            ItemKind::Impl(imp) => {
                if imp.is_unsafe {
                    self.w("unsafe ");
                }
                self.w("impl");
                self.generics(&imp.generics);
                self.w(" ");
                if imp.negative {
                    self.w("!");
                }
                if let Some(t) = &imp.trait_path {
                    self.path(t);
                    self.w(" for ");
                }
                self.ty(imp.self_ty);
                self.where_clause(&imp.generics);
                self.item_body(&imp.items);
            }
            ItemKind::Trait(t) => {
                if t.is_unsafe {
                    self.w("unsafe ");
                }
                self.w("trait ");
                self.ident(t.name);
                self.generics(&t.generics);
                if !t.supertraits.is_empty() {
                    self.w(": ");
                    self.bounds(&t.supertraits);
                }
                self.where_clause(&t.generics);
                self.item_body(&t.items);
            }
            ItemKind::TypeAlias { name, generics, bounds, ty } => {
                self.w("type ");
                self.ident(*name);
                self.generics(generics);
                if !bounds.is_empty() {
                    self.w(": ");
                    self.bounds(bounds);
                }
                self.where_clause(generics);
                if let Some(t) = ty {
                    self.w(" = ");
                    self.ty(*t);
                }
                self.w(";");
            }
            ItemKind::Const { name, ty, value } => {
                self.w("const ");
                self.ident(*name);
                self.w(": ");
                self.ty(*ty);
                if let Some(v) = value {
                    self.w(" = ");
                    self.expr(*v);
                }
                self.w(";");
            }
            ItemKind::Static { name, mutable, ty, value } => {
                self.w(if *mutable { "static mut " } else { "static " });
                self.ident(*name);
                self.w(": ");
                self.ty(*ty);
                if let Some(v) = value {
                    self.w(" = ");
                    self.expr(*v);
                }
                self.w(";");
            }
            ItemKind::Mod { name, items, inline } => {
                self.w("mod ");
                self.ident(*name);
                if *inline {
                    self.item_body(items);
                } else {
                    self.w(";");
                }
            }
            ItemKind::Use(tree) => {
                self.w("use ");
                self.use_tree(tree);
                self.w(";");
            }
            ItemKind::ExternCrate { name, rename } => {
                self.w("extern crate ");
                self.ident(*name);
                if let Some(r) = rename {
                    self.w(" as ");
                    self.ident(*r);
                }
                self.w(";");
            }
            ItemKind::ExternBlock { abi, items } => {
                self.w("extern");
                if let Some(abi) = abi {
                    self.w(&format!(" {:?}", abi.as_str()));
                }
                self.item_body(items);
            }
            ItemKind::MacroRules { name, body } => {
                self.w("macro_rules! ");
                self.ident(*name);
                self.w(" ");
                self.w(open_str(body.delim));
                self.w(&tokens_to_string(&body.tokens));
                self.w(close_str(body.delim));
            }
            ItemKind::MacCall(m) => {
                self.mac_call(m);
                if m.args.delim != crate::ast::Delim::Brace {
                    self.w(";");
                }
            }
            ItemKind::Err => self.w("<err>;"),
        }
    }

    fn vis(&mut self, vis: &Visibility) {
        match vis {
            Visibility::Private => {}
            Visibility::Public => self.w("pub "),
            Visibility::Restricted(path) => {
                let short = !path.global
                    && matches!(path.segments.as_slice(), [seg] if matches!(seg.ident.name.as_str(), "crate" | "self" | "super"));
                self.w(if short { "pub(" } else { "pub(in " });
                self.path(path);
                self.w(") ");
            }
        }
    }

    fn item_body(&mut self, items: &[ItemId]) {
        if items.is_empty() {
            self.w(" {}");
            return;
        }
        self.w(" {");
        self.indent += 1;
        for &i in items {
            self.item(i);
        }
        self.indent -= 1;
        self.line();
        self.w("}");
    }

    fn fn_item(&mut self, f: &Fn) {
        let sig = &f.sig;
        if sig.is_const {
            self.w("const ");
        }
        if sig.is_unsafe {
            self.w("unsafe ");
        }
        if let Some(abi) = sig.abi {
            self.w(&format!("extern {:?} ", abi.as_str()));
        }
        self.w("fn ");
        self.ident(f.name);
        self.generics(&f.generics);
        self.w("(");
        let mut first = true;
        if let Some(sp) = &sig.self_param {
            first = false;
            match &sp.kind {
                SelfKind::Value { mutable } => self.w(if *mutable { "mut self" } else { "self" }),
                SelfKind::Ref { lifetime, mutable } => {
                    self.w("&");
                    if let Some(l) = lifetime {
                        self.ident(*l);
                        self.w(" ");
                    }
                    self.w(if *mutable { "mut self" } else { "self" });
                }
                SelfKind::Explicit { mutable, ty } => {
                    self.w(if *mutable { "mut self: " } else { "self: " });
                    self.ty(*ty);
                }
            }
        }
        for param in &sig.params {
            if !std::mem::take(&mut first) {
                self.w(", ");
            }
            self.pat(param.pat);
            self.w(": ");
            self.ty(param.ty);
        }
        if sig.variadic {
            self.w(if first { "..." } else { ", ..." });
        }
        self.w(")");
        if let Some(r) = sig.ret {
            self.w(" -> ");
            self.ty(r);
        }
        self.where_clause(&f.generics);
        match &f.body {
            Some(b) => {
                self.w(" ");
                self.block(b);
            }
            None => self.w(";"),
        }
    }

    pub(super) fn generics(&mut self, g: &Generics) {
        if g.params.is_empty() {
            return;
        }
        self.w("<");
        self.sep(&g.params, ", ", |p, param| match &param.kind {
            GenericParamKind::Lifetime { bounds } => {
                p.ident(param.name);
                if !bounds.is_empty() {
                    p.w(": ");
                    p.sep(bounds, " + ", |p, l| p.ident(*l));
                }
            }
            GenericParamKind::Type { bounds, default } => {
                p.ident(param.name);
                if !bounds.is_empty() {
                    p.w(": ");
                    p.bounds(bounds);
                }
                if let Some(d) = default {
                    p.w(" = ");
                    p.ty(*d);
                }
            }
            GenericParamKind::Const { ty, default } => {
                p.w("const ");
                p.ident(param.name);
                p.w(": ");
                p.ty(*ty);
                if let Some(d) = default {
                    p.w(" = ");
                    p.expr(*d);
                }
            }
        });
        self.w(">");
    }

    fn where_clause(&mut self, g: &Generics) {
        if g.where_clause.is_empty() {
            return;
        }
        self.w(" where ");
        self.sep(&g.where_clause, ", ", |p, pred| match pred {
            WherePredicate::Bound { ty, bounds } => {
                p.ty(*ty);
                p.w(": ");
                p.bounds(bounds);
            }
            WherePredicate::Lifetime { lifetime, bounds } => {
                p.ident(*lifetime);
                p.w(": ");
                p.sep(bounds, " + ", |p, l| p.ident(*l));
            }
        });
    }

    fn variant_data(&mut self, data: &VariantData) {
        match data {
            VariantData::Named(fields) => self.named_fields(fields),
            VariantData::Tuple(fields) => {
                self.w("(");
                self.sep(fields, ", ", |p, f| {
                    p.vis(&f.vis);
                    p.ty(f.ty);
                });
                self.w(")");
            }
            VariantData::Unit => {}
        }
    }

    fn named_fields(&mut self, fields: &[FieldDef]) {
        self.w(" {");
        self.indent += 1;
        for f in fields {
            for attr in &f.attrs {
                self.attr(attr);
            }
            self.line();
            self.vis(&f.vis);
            if let Some(name) = f.name {
                self.ident(name);
                self.w(": ");
            }
            self.ty(f.ty);
            self.w(",");
        }
        self.indent -= 1;
        self.line();
        self.w("}");
    }

    fn variant(&mut self, v: &Variant) {
        for attr in &v.attrs {
            self.attr(attr);
        }
        self.line();
        self.ident(v.name);
        self.variant_data(&v.data);
        if let Some(d) = v.discriminant {
            self.w(" = ");
            self.expr(d);
        }
        self.w(",");
    }

    fn use_tree(&mut self, tree: &UseTree) {
        match tree {
            UseTree::Simple { path, rename } => {
                self.path(path);
                if let Some(r) = rename {
                    self.w(" as ");
                    self.ident(*r);
                }
            }
            UseTree::Glob { prefix } => {
                self.use_prefix(prefix);
                self.w("*");
            }
            UseTree::Nested { prefix, trees } => {
                self.use_prefix(prefix);
                self.w("{");
                self.sep(trees, ", ", |p, t| p.use_tree(t));
                self.w("}");
            }
        }
    }

    fn use_prefix(&mut self, prefix: &crate::ast::Path) {
        if prefix.segments.is_empty() {
            if prefix.global {
                self.w("::");
            }
            return;
        }
        self.path(prefix);
        self.w("::");
    }
}
