//! `--emit hir`: a deterministic, rust-like rendering of the lowered crate.
//!
//! Items are printed in definition order with their full def paths;
//! resolved names print as def paths (`crate::m::f`, `std::option::Option`),
//! locals as `name#N` (N the binding's index in its body), generic
//! parameters by name.

mod body;
mod pat;
mod types;

use crate::hir::*;

/// The full path of a def: `crate::m::Point::new`, `std::option::Option`,
/// `<crate::P as std::fmt::Display>::fmt`.
pub fn def_path(krate: &Crate, def: DefId) -> String {
    let d = &krate.defs[def];
    let Some(parent) = d.parent else {
        return if Some(def) == krate.std_root { "std".to_string() } else { "crate".to_string() };
    };
    match &krate.defs[parent].kind {
        DefKind::Impl(imp) => {
            let p = Printer::new(krate);
            let self_ty = p.ty_string(imp.self_ty);
            match &imp.trait_ {
                Some(t) => format!("<{self_ty} as {}>::{}", p.res_string(t.trait_, None), d.name),
                None => format!("{self_ty}::{}", d.name),
            }
        }
        _ => format!("{}::{}", def_path(krate, parent), d.name),
    }
}

/// Renders the crate (only the user's items when `user_only`).
pub fn print_crate(krate: &Crate, user_only: bool) -> String {
    let mut p = Printer::new(krate);
    for (id, def) in krate.defs.iter() {
        if user_only && def.is_library {
            continue;
        }
        match def.parent {
            None => continue,
            Some(parent)
                if matches!(krate.defs[parent].kind, DefKind::Impl(_) | DefKind::Trait(_) | DefKind::Adt(_)) =>
            {
                continue
            }
            Some(_) => {}
        }
        p.item(id);
    }
    p.out
}

struct Printer<'k> {
    krate: &'k Crate,
    out: String,
    indent: usize,
}

impl<'k> Printer<'k> {
    fn new(krate: &'k Crate) -> Printer<'k> {
        Printer { krate, out: String::new(), indent: 0 }
    }

    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn nl(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }

    fn item(&mut self, id: DefId) {
        let def = &self.krate.defs[id];
        let path = def_path(self.krate, id);
        if !def.derives.is_empty() {
            let names: Vec<String> = def.derives.iter().map(|(n, _)| n.to_string()).collect();
            self.w(&format!("#[derive({})]", names.join(", ")));
            self.nl();
        }
        if let Some((lang, _)) = self.krate.lang_items.iter().find(|(_, d)| **d == id) {
            self.w(&format!("#[lang = \"{lang}\"]"));
            self.nl();
        }
        if matches!(def.vis, Visibility::Public) && !matches!(def.kind, DefKind::Impl(_)) {
            self.w("pub ");
        }
        match &def.kind {
            DefKind::Mod { items } => {
                let _ = items;
                self.w(&format!("mod {path};"));
            }
            DefKind::Fn(f) => self.fn_item(&path, f),
            DefKind::Adt(adt) => self.adt(&path, adt),
            DefKind::Variant { .. } => {}
            DefKind::Const { ty, body } => {
                let ty = self.ty_string(*ty);
                self.w(&format!("const {path}: {ty}"));
                self.opt_body(*body);
                self.w(";");
            }
            DefKind::Static { mutable, ty, body } => {
                let ty = self.ty_string(*ty);
                let m = if *mutable { "mut " } else { "" };
                self.w(&format!("static {m}{path}: {ty}"));
                self.opt_body(*body);
                self.w(";");
            }
            DefKind::Impl(imp) => self.impl_(imp),
            DefKind::Trait(t) => self.trait_(&path, t),
            DefKind::TypeAlias { generics, bounds, ty } => {
                let g = self.generics_string(generics);
                self.w(&format!("type {path}{g}"));
                self.bounds(bounds, ": ");
                if let Some(t) = ty {
                    let t = self.ty_string(*t);
                    self.w(&format!(" = {t}"));
                }
                self.w(";");
            }
        }
        self.nl();
    }

    fn opt_body(&mut self, body: Option<BodyId>) {
        if let Some(b) = body {
            self.w(" = ");
            let value = self.krate.bodies[b].value;
            self.expr(b, value);
        }
    }

    fn fn_item(&mut self, name: &str, f: &FnDef) {
        let mut quals = String::new();
        if f.is_test {
            quals.push_str("#[test] ");
        }
        if f.should_panic {
            quals.push_str("#[should_panic] ");
        }
        if f.track_caller {
            quals.push_str("#[track_caller] ");
        }
        if f.is_const {
            quals.push_str("const ");
        }
        if f.is_unsafe {
            quals.push_str("unsafe ");
        }
        match f.abi {
            Abi::Rust => {}
            Abi::Builtin => quals.push_str("extern \"ferrum\" "),
            Abi::Intrinsic => quals.push_str("extern \"rust-intrinsic\" "),
        }
        let g = self.generics_string(&f.generics);
        self.w(&format!("{quals}fn {name}{g}("));
        let params = f.body.map(|b| self.krate.bodies[b].params.clone());
        for (i, ty) in f.inputs.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            if let (Some(b), Some(ps)) = (f.body, &params) {
                if let Some(p) = ps.get(i) {
                    self.pat(b, *p);
                    self.w(": ");
                }
            }
            let t = self.ty_string(*ty);
            self.w(&t);
        }
        let out = self.ty_string(f.output);
        self.w(&format!(") -> {out}"));
        self.where_clause(&f.generics);
        match f.body {
            Some(b) => {
                self.w(" ");
                let value = self.krate.bodies[b].value;
                self.expr(b, value);
            }
            None => self.w(";"),
        }
    }

    fn adt(&mut self, path: &str, adt: &AdtDef) {
        let kw = match adt.kind {
            AdtKind::Struct => "struct",
            AdtKind::Enum => "enum",
            AdtKind::Union => "union",
        };
        let g = self.generics_string(&adt.generics);
        self.w(&format!("{kw} {path}{g}"));
        self.where_clause(&adt.generics);
        if adt.kind == AdtKind::Enum {
            self.w(" {");
            self.indent += 1;
            for v in &adt.variants {
                self.nl();
                self.w(v.name.as_str());
                self.variant_fields(v);
                if let Some(d) = v.discriminant {
                    self.w(" = ");
                    let value = self.krate.bodies[d].value;
                    self.expr(d, value);
                }
                self.w(",");
            }
            self.indent -= 1;
            self.nl();
            self.w("}");
        } else if let Some(v) = adt.variants.first() {
            self.variant_fields(v);
            if v.shape != VariantShape::Named {
                self.w(";");
            }
        }
    }

    fn variant_fields(&mut self, v: &VariantDef) {
        match v.shape {
            VariantShape::Unit => {}
            VariantShape::Tuple => {
                let fs: Vec<String> = v.fields.iter().map(|f| self.field_string(f, false)).collect();
                self.w(&format!("({})", fs.join(", ")));
            }
            VariantShape::Named => {
                let fs: Vec<String> = v.fields.iter().map(|f| self.field_string(f, true)).collect();
                self.w(&format!(" {{ {} }}", fs.join(", ")));
            }
        }
    }

    fn field_string(&self, f: &FieldDef, named: bool) -> String {
        let vis = if f.vis == Visibility::Public { "pub " } else { "" };
        let ty = self.ty_string(f.ty);
        if named {
            format!("{vis}{}: {ty}", f.name)
        } else {
            format!("{vis}{ty}")
        }
    }

    fn impl_(&mut self, imp: &ImplDef) {
        let g = self.generics_string(&imp.generics);
        let self_ty = self.ty_string(imp.self_ty);
        match &imp.trait_ {
            Some(t) => {
                let t = self.bound_string(t);
                self.w(&format!("impl{g} {t} for {self_ty}"));
            }
            None => self.w(&format!("impl{g} {self_ty}")),
        }
        self.where_clause(&imp.generics);
        self.assoc_items(&imp.items);
    }

    fn trait_(&mut self, path: &str, t: &TraitDef) {
        let g = self.generics_string(&t.generics);
        self.w(&format!("trait {path}{g}"));
        self.bounds(&t.supertraits, ": ");
        self.where_clause(&t.generics);
        self.assoc_items(&t.items);
    }

    fn assoc_items(&mut self, items: &[DefId]) {
        self.w(" {");
        self.indent += 1;
        for &i in items {
            self.nl();
            let def = &self.krate.defs[i];
            let name = def.name.to_string();
            match &def.kind {
                DefKind::Fn(f) => self.fn_item(&name, f),
                DefKind::Const { ty, body } => {
                    let ty = self.ty_string(*ty);
                    self.w(&format!("const {name}: {ty}"));
                    self.opt_body(*body);
                    self.w(";");
                }
                DefKind::TypeAlias { generics, bounds, ty } => {
                    let g = self.generics_string(generics);
                    self.w(&format!("type {name}{g}"));
                    self.bounds(bounds, ": ");
                    if let Some(t) = ty {
                        let t = self.ty_string(*t);
                        self.w(&format!(" = {t}"));
                    }
                    self.w(";");
                }
                _ => {}
            }
        }
        self.indent -= 1;
        self.nl();
        self.w("}");
    }
}

fn mut_str(m: Mutability) -> &'static str {
    if m == Mutability::Mut {
        "mut "
    } else {
        ""
    }
}

// Re-exported for `def_path` users that print types.
#[allow(unused)]
pub(crate) fn type_string(krate: &Crate, ty: TypeRefId) -> String {
    Printer::new(krate).ty_string(ty)
}
