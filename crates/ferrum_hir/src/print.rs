//! `--emit hir`: a deterministic, rust-like rendering of the lowered crate.
//!
//! Items are printed in definition order with their full def paths;
//! resolved names print as def paths (`crate::m::f`, `std::option::Option`),
//! locals as `name#N` (N the binding's index in its body), generic
//! parameters by name, and `ExprKind::Format` as a `format_args!`-like call
//! with the parsed format string rebuilt.

use crate::hir::*;
use std::fmt::Write;

/// The full path of a def: `crate::m::Point::new`, `std::option::Option`,
/// `<crate::P as std::fmt::Display>::fmt`.
pub fn def_path(krate: &Crate, def: DefId) -> String {
    let d = &krate.defs[def];
    let Some(parent) = d.parent else {
        return if Some(def) == krate.std_root {
            "std".to_string()
        } else {
            "crate".to_string()
        };
    };
    match &krate.defs[parent].kind {
        DefKind::Impl(imp) => {
            let p = Printer::new(krate);
            let self_ty = p.ty_string(imp.self_ty);
            match &imp.trait_ {
                Some(t) => format!(
                    "<{self_ty} as {}>::{}",
                    p.res_string(t.trait_, None),
                    d.name
                ),
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
                if matches!(
                    krate.defs[parent].kind,
                    DefKind::Impl(_) | DefKind::Trait(_) | DefKind::Adt(_)
                ) =>
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
        Printer {
            krate,
            out: String::new(),
            indent: 0,
        }
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
            DefKind::TypeAlias {
                generics,
                bounds,
                ty,
            } => {
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
                let fs: Vec<String> = v
                    .fields
                    .iter()
                    .map(|f| self.field_string(f, false))
                    .collect();
                self.w(&format!("({})", fs.join(", ")));
            }
            VariantShape::Named => {
                let fs: Vec<String> = v
                    .fields
                    .iter()
                    .map(|f| self.field_string(f, true))
                    .collect();
                self.w(&format!(" {{ {} }}", fs.join(", ")));
            }
        }
    }

    fn field_string(&self, f: &FieldDef, named: bool) -> String {
        let vis = if f.vis == Visibility::Public {
            "pub "
        } else {
            ""
        };
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
                DefKind::TypeAlias {
                    generics,
                    bounds,
                    ty,
                } => {
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

    fn generics_string(&self, g: &Generics) -> String {
        if g.params.is_empty() {
            return String::new();
        }
        let ps: Vec<String> = g
            .params
            .iter()
            .map(|p| match p.is_const {
                Some(t) => format!("const {}: {}", p.name, self.ty_string(t)),
                None => match p.default {
                    Some(d) => format!("{} = {}", p.name, self.ty_string(d)),
                    None => p.name.to_string(),
                },
            })
            .collect();
        format!("<{}>", ps.join(", "))
    }

    fn where_clause(&mut self, g: &Generics) {
        if g.predicates.is_empty() {
            return;
        }
        let ps: Vec<String> = g
            .predicates
            .iter()
            .map(|p| format!("{}: {}", self.ty_string(p.ty), self.bound_string(&p.bound)))
            .collect();
        self.w(&format!(" where {}", ps.join(", ")));
    }

    fn bounds(&mut self, bounds: &[TraitBound], prefix: &str) {
        if bounds.is_empty() {
            return;
        }
        let bs: Vec<String> = bounds.iter().map(|b| self.bound_string(b)).collect();
        self.w(&format!("{prefix}{}", bs.join(" + ")));
    }

    fn bound_string(&self, b: &TraitBound) -> String {
        let mut s = String::new();
        if b.maybe {
            s.push('?');
        }
        s.push_str(&self.res_string(b.trait_, None));
        s.push_str(&self.args_string(&b.args, &b.assoc));
        s
    }

    fn args_string(
        &self,
        args: &[TypeRefId],
        assoc: &[(ferrum_span::Symbol, TypeRefId)],
    ) -> String {
        if args.is_empty() && assoc.is_empty() {
            return String::new();
        }
        let mut parts: Vec<String> = args.iter().map(|a| self.ty_string(*a)).collect();
        parts.extend(
            assoc
                .iter()
                .map(|(n, t)| format!("{n} = {}", self.ty_string(*t))),
        );
        format!("<{}>", parts.join(", "))
    }

    /// A resolution as text; `body` names locals.
    fn res_string(&self, res: Res, body: Option<BodyId>) -> String {
        match res {
            Res::Local(b) => match body {
                Some(body) => format!(
                    "{}#{}",
                    self.krate.bodies[body].bindings[b].name,
                    b.into_raw().into_u32()
                ),
                None => format!("local#{}", b.into_raw().into_u32()),
            },
            Res::Def(d) | Res::Variant(d) => def_path(self.krate, d),
            Res::PrimTy(p) => prim_name(p).to_string(),
            Res::SelfTy(_) => "Self".to_string(),
            Res::TyParam { owner, index } => self.param_name(owner, index),
            Res::Err => "{error}".to_string(),
        }
    }

    fn param_name(&self, owner: DefId, index: u32) -> String {
        let mut cur = Some(owner);
        while let Some(d) = cur {
            let g = match &self.krate.defs[d].kind {
                DefKind::Fn(f) => Some(&f.generics),
                DefKind::Adt(a) => Some(&a.generics),
                DefKind::Impl(i) => Some(&i.generics),
                DefKind::Trait(t) => Some(&t.generics),
                DefKind::TypeAlias { generics, .. } => Some(generics),
                _ => None,
            };
            if let Some(g) = g {
                let count = g.params.len() as u32;
                let first = self.param_count(g.parent) + u32::from(g.has_self);
                if index >= first && index < first + count {
                    return g.params[(index - first) as usize].name.to_string();
                }
                if g.has_self && index == 0 {
                    return "Self".to_string();
                }
                cur = g.parent;
            } else {
                cur = None;
            }
        }
        format!("T#{index}")
    }

    fn param_count(&self, def: Option<DefId>) -> u32 {
        let Some(d) = def else { return 0 };
        let g = match &self.krate.defs[d].kind {
            DefKind::Impl(i) => &i.generics,
            DefKind::Trait(t) => &t.generics,
            _ => return 0,
        };
        self.param_count(g.parent) + u32::from(g.has_self) + g.params.len() as u32
    }

    fn ty_string(&self, ty: TypeRefId) -> String {
        match &self.krate.types[ty].kind {
            TypeRefKind::Path { res, args, assoc } => format!(
                "{}{}",
                self.res_string(*res, None),
                self.args_string(args, assoc)
            ),
            TypeRefKind::Assoc { base, trait_, name } => match trait_ {
                Some(t) => format!(
                    "<{} as {}>::{name}",
                    self.ty_string(*base),
                    self.bound_string(t)
                ),
                None => format!("{}::{name}", self.ty_string(*base)),
            },
            TypeRefKind::Ref { mutability, ty } => {
                format!("&{}{}", mut_str(*mutability), self.ty_string(*ty))
            }
            TypeRefKind::RawPtr { mutability, ty } => {
                let m = if *mutability == Mutability::Mut {
                    "mut "
                } else {
                    "const "
                };
                format!("*{m}{}", self.ty_string(*ty))
            }
            TypeRefKind::Tuple(ts) => {
                let ts: Vec<String> = ts.iter().map(|t| self.ty_string(*t)).collect();
                if ts.len() == 1 {
                    format!("({},)", ts[0])
                } else {
                    format!("({})", ts.join(", "))
                }
            }
            TypeRefKind::Array { elem, len } => {
                let mut p = Printer::new(self.krate);
                let value = self.krate.bodies[*len].value;
                p.expr(*len, value);
                format!("[{}; {}]", self.ty_string(*elem), p.out)
            }
            TypeRefKind::Slice(t) => format!("[{}]", self.ty_string(*t)),
            TypeRefKind::Never => "!".to_string(),
            TypeRefKind::Infer => "_".to_string(),
            TypeRefKind::FnPtr { params, ret } => {
                let ps: Vec<String> = params.iter().map(|t| self.ty_string(*t)).collect();
                format!("fn({}) -> {}", ps.join(", "), self.ty_string(*ret))
            }
            TypeRefKind::ImplTrait(bs) => {
                let bs: Vec<String> = bs.iter().map(|b| self.bound_string(b)).collect();
                format!("impl {}", bs.join(" + "))
            }
            TypeRefKind::DynTrait(bs) => {
                let bs: Vec<String> = bs.iter().map(|b| self.bound_string(b)).collect();
                format!("dyn {}", bs.join(" + "))
            }
            TypeRefKind::Const(body) => {
                let mut p = Printer::new(self.krate);
                let value = self.krate.bodies[*body].value;
                p.expr(*body, value);
                format!("{{ {} }}", p.out)
            }
            TypeRefKind::Err => "{error}".to_string(),
        }
    }

    fn expr(&mut self, b: BodyId, id: ExprId) {
        let body = &self.krate.bodies[b];
        let e = &body.exprs[id];
        match &e.kind {
            ExprKind::Lit(l) => {
                let s = lit_string(l);
                self.w(&s);
            }
            ExprKind::Path(vp) => {
                let s = self.value_path_string(b, vp);
                self.w(&s);
            }
            ExprKind::Unary(op, x) => {
                self.w(match op {
                    UnOp::Deref => "*",
                    UnOp::Not => "!",
                    UnOp::Neg => "-",
                });
                self.operand(b, *x);
            }
            ExprKind::Binary(op, l, r) => {
                self.operand(b, *l);
                self.w(&format!(" {} ", crate::astprint::binop_str(*op)));
                self.operand(b, *r);
            }
            ExprKind::Assign(l, r) => {
                self.expr(b, *l);
                self.w(" = ");
                self.expr(b, *r);
            }
            ExprKind::AssignOp(op, l, r) => {
                self.expr(b, *l);
                self.w(&format!(" {}= ", crate::astprint::binop_str(*op)));
                self.expr(b, *r);
            }
            ExprKind::Call(f, args) => {
                self.operand(b, *f);
                self.args(b, args);
            }
            ExprKind::MethodCall {
                receiver,
                method,
                args,
                generic_args,
                ..
            } => {
                self.operand(b, *receiver);
                self.w(&format!(".{method}"));
                if !generic_args.is_empty() {
                    let g = self.args_string(generic_args, &[]);
                    self.w(&format!("::{g}"));
                }
                self.args(b, args);
            }
            ExprKind::Field(x, name) => {
                self.operand(b, *x);
                match name {
                    FieldName::Named(n) => self.w(&format!(".{n}")),
                    FieldName::Index(i) => self.w(&format!(".{i}")),
                }
            }
            ExprKind::Index(x, i) => {
                self.operand(b, *x);
                self.w("[");
                self.expr(b, *i);
                self.w("]");
            }
            ExprKind::Block { block, label } => {
                if let Some(l) = label {
                    self.w(&format!("{l}: "));
                }
                if block.is_unsafe {
                    self.w("unsafe ");
                }
                self.block(b, block);
            }
            ExprKind::If { cond, then, else_ } => {
                self.w("if ");
                self.expr(b, *cond);
                self.w(" ");
                self.expr(b, *then);
                if let Some(e) = else_ {
                    self.w(" else ");
                    self.expr(b, *e);
                }
            }
            ExprKind::Let { pat, expr } => {
                self.w("let ");
                self.pat(b, *pat);
                self.w(" = ");
                self.expr(b, *expr);
            }
            ExprKind::Loop {
                body: lb,
                label,
                source,
            } => {
                if let Some(l) = label {
                    self.w(&format!("{l}: "));
                }
                self.w(if *source == LoopSource::While {
                    "loop /* while */ "
                } else {
                    "loop "
                });
                self.expr(b, *lb);
            }
            ExprKind::For {
                pat,
                iter,
                body: fb,
                label,
            } => {
                if let Some(l) = label {
                    self.w(&format!("{l}: "));
                }
                self.w("for ");
                self.pat(b, *pat);
                self.w(" in ");
                self.expr(b, *iter);
                self.w(" ");
                self.expr(b, *fb);
            }
            ExprKind::Match { scrutinee, arms } => {
                self.w("match ");
                self.expr(b, *scrutinee);
                self.w(" {");
                self.indent += 1;
                for arm in arms {
                    self.nl();
                    self.pat(b, arm.pat);
                    if let Some(g) = arm.guard {
                        self.w(" if ");
                        self.expr(b, g);
                    }
                    self.w(" => ");
                    self.expr(b, arm.body);
                    self.w(",");
                }
                self.indent -= 1;
                self.nl();
                self.w("}");
            }
            ExprKind::Break { target, value } => {
                self.w("break");
                self.target_label(b, *target);
                if let Some(v) = value {
                    self.w(" ");
                    self.expr(b, *v);
                }
            }
            ExprKind::Continue { target } => {
                self.w("continue");
                self.target_label(b, *target);
            }
            ExprKind::Return(v) => {
                self.w("return");
                if let Some(v) = v {
                    self.w(" ");
                    self.expr(b, *v);
                }
            }
            ExprKind::Tuple(es) => {
                self.args(b, es);
                if es.len() == 1 {
                    self.out.insert(self.out.len() - 1, ',');
                }
            }
            ExprKind::Array(es) => {
                self.w("[");
                self.list(b, es);
                self.w("]");
            }
            ExprKind::Repeat { value, len } => {
                self.w("[");
                self.expr(b, *value);
                self.w("; ");
                let v = self.krate.bodies[*len].value;
                self.expr(*len, v);
                self.w("]");
            }
            ExprKind::Struct {
                res,
                args,
                fields,
                base,
            } => {
                let r = self.res_string(*res, Some(b));
                let a = self.args_string(args, &[]);
                self.w(&format!("{r}{a} {{ "));
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.w(&format!("{}: ", f.name));
                    self.expr(b, f.expr);
                }
                if let Some(base) = base {
                    if !fields.is_empty() {
                        self.w(", ");
                    }
                    self.w("..");
                    self.expr(b, *base);
                }
                self.w(" }");
            }
            ExprKind::Cast(x, t) => {
                self.operand(b, *x);
                let t = self.ty_string(*t);
                self.w(&format!(" as {t}"));
            }
            ExprKind::Ref { mutability, expr } => {
                self.w(&format!("&{}", mut_str(*mutability)));
                self.operand(b, *expr);
            }
            ExprKind::RawRef { mutability, expr } => {
                self.w(if *mutability == Mutability::Mut {
                    "&raw mut "
                } else {
                    "&raw const "
                });
                self.operand(b, *expr);
            }
            ExprKind::Closure {
                params,
                ret,
                body: cb,
                is_move,
            } => {
                if *is_move {
                    self.w("move ");
                }
                self.w("|");
                for (i, (p, t)) in params.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.pat(b, *p);
                    if let Some(t) = t {
                        let t = self.ty_string(*t);
                        self.w(&format!(": {t}"));
                    }
                }
                self.w("| ");
                if let Some(r) = ret {
                    let r = self.ty_string(*r);
                    self.w(&format!("-> {r} "));
                }
                self.expr(b, *cb);
            }
            ExprKind::Try(x) => {
                self.operand(b, *x);
                self.w("?");
            }
            ExprKind::Format { kind, fmt } => self.format(b, *kind, fmt),
            ExprKind::Err => self.w("{error}"),
        }
    }

    /// Sub-expressions that are not atoms get parentheses, so the output
    /// is unambiguous without precedence rules.
    fn operand(&mut self, b: BodyId, id: ExprId) {
        let atomic = matches!(
            self.krate.bodies[b].exprs[id].kind,
            ExprKind::Lit(_)
                | ExprKind::Path(_)
                | ExprKind::Call(..)
                | ExprKind::MethodCall { .. }
                | ExprKind::Field(..)
                | ExprKind::Index(..)
                | ExprKind::Tuple(_)
                | ExprKind::Array(_)
                | ExprKind::Block { .. }
                | ExprKind::Format { .. }
                | ExprKind::Err
        );
        if atomic {
            self.expr(b, id);
        } else {
            self.w("(");
            self.expr(b, id);
            self.w(")");
        }
    }

    fn target_label(&mut self, b: BodyId, target: Option<ExprId>) {
        let Some(t) = target else {
            self.w(" {no target}");
            return;
        };
        let label = match &self.krate.bodies[b].exprs[t].kind {
            ExprKind::Loop { label, .. }
            | ExprKind::For { label, .. }
            | ExprKind::Block { label, .. } => *label,
            _ => None,
        };
        if let Some(l) = label {
            self.w(&format!(" {l}"));
        }
    }

    fn args(&mut self, b: BodyId, es: &[ExprId]) {
        self.w("(");
        self.list(b, es);
        self.w(")");
    }

    fn list(&mut self, b: BodyId, es: &[ExprId]) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.expr(b, *e);
        }
    }

    fn block(&mut self, b: BodyId, block: &Block) {
        if block.stmts.is_empty() && block.tail.is_none() {
            self.w("{}");
            return;
        }
        self.w("{");
        self.indent += 1;
        for s in &block.stmts {
            self.nl();
            match s {
                Stmt::Let {
                    pat,
                    ty,
                    init,
                    else_block,
                    ..
                } => {
                    self.w("let ");
                    self.pat(b, *pat);
                    if let Some(t) = ty {
                        let t = self.ty_string(*t);
                        self.w(&format!(": {t}"));
                    }
                    if let Some(i) = init {
                        self.w(" = ");
                        self.expr(b, *i);
                    }
                    if let Some(e) = else_block {
                        self.w(" else ");
                        self.expr(b, *e);
                    }
                    self.w(";");
                }
                Stmt::Expr { expr, semi } => {
                    self.expr(b, *expr);
                    if *semi {
                        self.w(";");
                    }
                }
            }
        }
        if let Some(t) = block.tail {
            self.nl();
            self.expr(b, t);
        }
        self.indent -= 1;
        self.nl();
        self.w("}");
    }

    fn value_path_string(&self, b: BodyId, vp: &ValuePath) -> String {
        match vp {
            ValuePath::Resolved { res, args } => {
                let a = self.args_string(args, &[]);
                let sep = if a.is_empty() { "" } else { "::" };
                format!("{}{sep}{a}", self.res_string(*res, Some(b)))
            }
            ValuePath::TypeRelative { ty, name, args } => {
                let a = self.args_string(args, &[]);
                let sep = if a.is_empty() { "" } else { "::" };
                format!("<{}>::{name}{sep}{a}", self.ty_string(*ty))
            }
        }
    }

    fn format(&mut self, b: BodyId, kind: FormatKind, fmt: &FormatArgs) {
        let name = match kind {
            FormatKind::Print {
                stderr: false,
                newline: false,
            } => "print",
            FormatKind::Print {
                stderr: false,
                newline: true,
            } => "println",
            FormatKind::Print {
                stderr: true,
                newline: false,
            } => "eprint",
            FormatKind::Print {
                stderr: true,
                newline: true,
            } => "eprintln",
            FormatKind::Panic => "panic",
        };
        let mut s = String::new();
        for p in &fmt.pieces {
            match p {
                FormatPiece::Lit(l) => {
                    for c in l.escape_debug() {
                        match c {
                            '{' => s.push_str("{{"),
                            '}' => s.push_str("}}"),
                            c => s.push(c),
                        }
                    }
                }
                FormatPiece::Arg { arg, spec } => {
                    let _ = write!(s, "{{{arg}{}}}", spec_string(spec));
                }
            }
        }
        self.w(&format!("{name}!(\"{s}\""));
        for a in &fmt.args {
            self.w(", ");
            self.expr(b, *a);
        }
        self.w(")");
    }

    fn pat(&mut self, b: BodyId, id: PatId) {
        let body = &self.krate.bodies[b];
        match &body.pats[id].kind {
            PatKind::Wild => self.w("_"),
            PatKind::Binding { binding, sub } => {
                let bd = &body.bindings[*binding];
                let mut s = String::new();
                match bd.by_ref {
                    Some(Mutability::Mut) => s.push_str("ref mut "),
                    Some(Mutability::Not) => s.push_str("ref "),
                    None if bd.mutable => s.push_str("mut "),
                    None => {}
                }
                let _ = write!(s, "{}#{}", bd.name, binding.into_raw().into_u32());
                self.w(&s);
                if let Some(sub) = sub {
                    self.w(" @ ");
                    self.pat(b, *sub);
                }
            }
            PatKind::Lit(c) => {
                let s = self.pat_const(c);
                self.w(&s);
            }
            PatKind::Range { lo, hi, inclusive } => {
                let lo = lo.as_ref().map_or(String::new(), |c| self.pat_const(c));
                let hi = hi.as_ref().map_or(String::new(), |c| self.pat_const(c));
                let op = if *inclusive { "..=" } else { ".." };
                self.w(&format!("{lo}{op}{hi}"));
            }
            PatKind::Tuple { pats, rest } => {
                self.w("(");
                self.pat_list(b, pats, *rest);
                if pats.len() == 1 && rest.is_none() {
                    self.w(",");
                }
                self.w(")");
            }
            PatKind::Adt {
                res,
                args,
                fields,
                rest,
                shape,
            } => {
                let r = self.res_string(*res, Some(b));
                let a = self.args_string(args, &[]);
                self.w(&format!("{r}{a}"));
                let contiguous = fields
                    .iter()
                    .enumerate()
                    .all(|(i, f)| f.name == FieldName::Index(i as u32));
                if *shape == VariantShape::Tuple && contiguous {
                    self.w("(");
                    let ps: Vec<PatId> = fields.iter().map(|f| f.pat).collect();
                    self.pat_list(b, &ps, rest.then_some(ps.len()));
                    self.w(")");
                } else {
                    self.w(" { ");
                    for (i, f) in fields.iter().enumerate() {
                        if i > 0 {
                            self.w(", ");
                        }
                        match f.name {
                            FieldName::Named(n) => self.w(&format!("{n}: ")),
                            FieldName::Index(n) => self.w(&format!("{n}: ")),
                        }
                        self.pat(b, f.pat);
                    }
                    if *rest {
                        self.w(if fields.is_empty() { ".." } else { ", .." });
                    }
                    self.w(" }");
                }
            }
            PatKind::Path(res) => {
                let r = self.res_string(*res, Some(b));
                self.w(&r);
            }
            PatKind::Ref { mutability, pat } => {
                self.w(&format!("&{}", mut_str(*mutability)));
                self.pat(b, *pat);
            }
            PatKind::Or(alts) => {
                for (i, a) in alts.iter().enumerate() {
                    if i > 0 {
                        self.w(" | ");
                    }
                    self.pat(b, *a);
                }
            }
            PatKind::Slice {
                prefix,
                rest,
                suffix,
            } => {
                self.w("[");
                let mut first = true;
                for p in prefix {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    self.pat(b, *p);
                }
                if let Some(r) = rest {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    if matches!(self.krate.bodies[b].pats[*r].kind, PatKind::Wild) {
                        self.w("..");
                    } else {
                        self.pat(b, *r);
                        self.w(" @ ..");
                    }
                }
                for p in suffix {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    self.pat(b, *p);
                }
                self.w("]");
            }
            PatKind::Box(p) => {
                self.w("box ");
                self.pat(b, *p);
            }
            PatKind::Err => self.w("{error}"),
        }
    }

    fn pat_list(&mut self, b: BodyId, pats: &[PatId], rest: Option<usize>) {
        let mut first = true;
        for (i, p) in pats.iter().enumerate() {
            if rest == Some(i) {
                self.w(if first { ".." } else { ", .." });
                first = false;
            }
            if !first {
                self.w(", ");
            }
            first = false;
            self.pat(b, *p);
        }
        if rest == Some(pats.len()) {
            self.w(if first { ".." } else { ", .." });
        }
    }

    fn pat_const(&self, c: &PatConst) -> String {
        match c {
            PatConst::Lit { lit, negated } => {
                format!("{}{}", if *negated { "-" } else { "" }, lit_string(lit))
            }
            PatConst::Path(res) => self.res_string(*res, None),
            PatConst::TypeRelative { ty, name } => format!("<{}>::{name}", self.ty_string(*ty)),
        }
    }
}

fn mut_str(m: Mutability) -> &'static str {
    if m == Mutability::Mut {
        "mut "
    } else {
        ""
    }
}

fn prim_name(p: PrimTy) -> &'static str {
    match p {
        PrimTy::Bool => "bool",
        PrimTy::Char => "char",
        PrimTy::Str => "str",
        PrimTy::I8 => "i8",
        PrimTy::I16 => "i16",
        PrimTy::I32 => "i32",
        PrimTy::I64 => "i64",
        PrimTy::I128 => "i128",
        PrimTy::Isize => "isize",
        PrimTy::U8 => "u8",
        PrimTy::U16 => "u16",
        PrimTy::U32 => "u32",
        PrimTy::U64 => "u64",
        PrimTy::U128 => "u128",
        PrimTy::Usize => "usize",
        PrimTy::F32 => "f32",
        PrimTy::F64 => "f64",
    }
}

fn lit_string(l: &Lit) -> String {
    let suffix = |p: &Option<PrimTy>| p.map_or(String::new(), |p| format!("_{}", prim_name(p)));
    match l {
        Lit::Bool(b) => b.to_string(),
        Lit::Int(v, s) => format!("{v}{}", suffix(s)),
        Lit::Float(f, s) => format!("{f}{}", suffix(s)),
        Lit::Char(c) => format!("'{}'", c.escape_debug()),
        Lit::Byte(b) => format!("b'{}'", std::ascii::escape_default(*b)),
        Lit::Str(s) => format!("\"{}\"", s.as_str().escape_debug()),
        Lit::ByteStr(bytes) => {
            let inner: String = bytes
                .iter()
                .map(|b| std::ascii::escape_default(*b).to_string())
                .collect();
            format!("b\"{inner}\"")
        }
    }
}

fn spec_string(s: &FormatSpec) -> String {
    let mut out = String::new();
    let align = match s.align {
        Align::Left => "<",
        Align::Right => ">",
        Align::Center => "^",
        Align::Unknown => "",
    };
    if !align.is_empty() {
        if s.fill != ' ' {
            out.push(s.fill);
        }
        out.push_str(align);
    }
    if s.sign_plus {
        out.push('+');
    }
    if s.sign_minus {
        out.push('-');
    }
    if s.alternate {
        out.push('#');
    }
    if s.zero_pad {
        out.push('0');
    }
    match s.width {
        Count::Is(n) => out.push_str(&n.to_string()),
        Count::Arg(i) => out.push_str(&format!("{i}$")),
        Count::Implied => {}
    }
    match s.precision {
        Count::Is(n) => out.push_str(&format!(".{n}")),
        Count::Arg(i) => out.push_str(&format!(".{i}$")),
        Count::Implied => {}
    }
    out.push_str(match (s.trait_, s.debug_hex) {
        (FormatTrait::Debug, Some(false)) => "x?",
        (FormatTrait::Debug, Some(true)) => "X?",
        (FormatTrait::Debug, None) => "?",
        (FormatTrait::LowerHex, _) => "x",
        (FormatTrait::UpperHex, _) => "X",
        (FormatTrait::Octal, _) => "o",
        (FormatTrait::Binary, _) => "b",
        (FormatTrait::LowerExp, _) => "e",
        (FormatTrait::UpperExp, _) => "E",
        (FormatTrait::Display, _) => "",
    });
    if out.is_empty() {
        out
    } else {
        format!(":{out}")
    }
}

// Re-exported for `def_path` users that print types.
#[allow(unused)]
pub(crate) fn type_string(krate: &Crate, ty: TypeRefId) -> String {
    Printer::new(krate).ty_string(ty)
}
