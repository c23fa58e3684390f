//! Printing types, bounds, generics and resolutions.

use super::{def_path, mut_str, Printer};
use crate::hir::*;

impl Printer<'_> {
    pub(super) fn generics_string(&self, g: &Generics) -> String {
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

    pub(super) fn where_clause(&mut self, g: &Generics) {
        if g.predicates.is_empty() {
            return;
        }
        let ps: Vec<String> =
            g.predicates.iter().map(|p| format!("{}: {}", self.ty_string(p.ty), self.bound_string(&p.bound))).collect();
        self.w(&format!(" where {}", ps.join(", ")));
    }

    pub(super) fn bounds(&mut self, bounds: &[TraitBound], prefix: &str) {
        if bounds.is_empty() {
            return;
        }
        let bs: Vec<String> = bounds.iter().map(|b| self.bound_string(b)).collect();
        self.w(&format!("{prefix}{}", bs.join(" + ")));
    }

    pub(super) fn bound_string(&self, b: &TraitBound) -> String {
        let mut s = String::new();
        if b.maybe {
            s.push('?');
        }
        s.push_str(&self.res_string(b.trait_, None));
        s.push_str(&self.args_string(&b.args, &b.assoc));
        s
    }

    pub(super) fn args_string(&self, args: &[TypeRefId], assoc: &[(ferrum_span::Symbol, TypeRefId)]) -> String {
        if args.is_empty() && assoc.is_empty() {
            return String::new();
        }
        let mut parts: Vec<String> = args.iter().map(|a| self.ty_string(*a)).collect();
        parts.extend(assoc.iter().map(|(n, t)| format!("{n} = {}", self.ty_string(*t))));
        format!("<{}>", parts.join(", "))
    }

    /// A resolution as text; `body` names locals.
    pub(super) fn res_string(&self, res: Res, body: Option<BodyId>) -> String {
        match res {
            Res::Local(b) => match body {
                Some(body) => format!("{}#{}", self.krate.bodies[body].bindings[b].name, b.into_raw().into_u32()),
                None => format!("local#{}", b.into_raw().into_u32()),
            },
            Res::Def(d) | Res::Variant(d) => def_path(self.krate, d),
            Res::PrimTy(p) => p.name().to_string(),
            Res::SelfTy(_) => "Self".to_string(),
            Res::TyParam { owner, index } => self.param_name(owner, index),
            Res::Err => "{error}".to_string(),
        }
    }

    pub(super) fn param_name(&self, owner: DefId, index: u32) -> String {
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

    pub(super) fn param_count(&self, def: Option<DefId>) -> u32 {
        let Some(d) = def else { return 0 };
        let g = match &self.krate.defs[d].kind {
            DefKind::Impl(i) => &i.generics,
            DefKind::Trait(t) => &t.generics,
            _ => return 0,
        };
        self.param_count(g.parent) + u32::from(g.has_self) + g.params.len() as u32
    }

    pub(super) fn ty_string(&self, ty: TypeRefId) -> String {
        match &self.krate.types[ty].kind {
            TypeRefKind::Path { res, args, assoc } => {
                format!("{}{}", self.res_string(*res, None), self.args_string(args, assoc))
            }
            TypeRefKind::Assoc { base, trait_, name } => match trait_ {
                Some(t) => format!("<{} as {}>::{name}", self.ty_string(*base), self.bound_string(t)),
                None => format!("{}::{name}", self.ty_string(*base)),
            },
            TypeRefKind::Ref { mutability, ty } => {
                format!("&{}{}", mut_str(*mutability), self.ty_string(*ty))
            }
            TypeRefKind::RawPtr { mutability, ty } => {
                let m = if *mutability == Mutability::Mut { "mut " } else { "const " };
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
}
