//! Name lookup: a name in one scope, a name through the lexical rib stack
//! (locals, generic parameters, block items, module items, globs, the
//! extern prelude `std`/`core`/`alloc`, the library prelude, primitive
//! types), and multi-segment paths walked through modules, enums and
//! traits, with rustc's errors (E0425, E0433, E0603, E0434, E0401, ...).

use crate::ctx::*;
use crate::hir::*;
use crate::hygiene::CrateKind;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::Ident;

/// What the path is expected to name, for error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expect {
    Value,
    Fn,
    Type,
    Trait,
    TupleStruct,
    Struct,
    UnitPat,
    Import,
}

/// How far a path resolved: `res` names segments `..=index`; any later
/// segments are associated items of that type.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Walk {
    pub res: Res,
    pub index: usize,
}

impl<'a> Lowerer<'a> {
    /// A name in one scope: explicit items and imports, then globs.
    pub(crate) fn lookup_in(&self, scope: ScopeId, ns: Ns, name: Symbol) -> Option<NameBinding> {
        let s = &self.scopes[scope];
        s.names[ns as usize]
            .get(&name)
            .or_else(|| s.globs[ns as usize].get(&name))
            .copied()
    }

    /// A single name through the rib stack; `Some(Res::Err)` when an error
    /// was reported (a local captured by a nested fn, ...).
    pub(crate) fn lookup_lexical(&mut self, ident: Ident, ns: Ns) -> Option<Res> {
        let mut name = ident.name;
        for _ in 0..64 {
            if let Some(r) = self.lookup_lexical_once(name, ident.span, ns) {
                return Some(r);
            }
            match self.hygiene.outer(name) {
                Some(o) if o != name => name = o,
                _ => break,
            }
        }
        None
    }

    fn lookup_lexical_once(&mut self, name: Symbol, span: Span, ns: Ns) -> Option<Res> {
        let plain = self.plain(name);
        let mut crossed_item = false;
        let mut crossed_const = false;
        let mut found = None;
        for rib in self.ribs.iter().rev() {
            match rib {
                Rib::Locals(map) if ns == Ns::Value => {
                    if let Some(&b) = map.get(&name) {
                        found = Some(Res::Local(b));
                        break;
                    }
                }
                Rib::Generics { owner, params } => {
                    if let Some(&(_, index, is_const)) = params.iter().find(|p| p.0 == plain) {
                        if ns == Ns::Type || is_const {
                            found = Some(Res::TyParam {
                                owner: *owner,
                                index,
                            });
                            break;
                        }
                    }
                }
                Rib::Scope(s) => {
                    if let Some(b) = self.lookup_in(*s, ns, plain) {
                        return Some(b.res);
                    }
                    if self.scopes[*s].kind != ScopeKind::Block {
                        break;
                    }
                }
                Rib::ItemBoundary => crossed_item = true,
                Rib::ConstBoundary => crossed_const = true,
                Rib::Locals(_) | Rib::SelfTy { .. } => {}
            }
        }
        match found {
            Some(Res::Local(_)) if crossed_item => {
                self.error(
                    Diagnostic::error("can't capture dynamic environment in a fn item")
                        .code("E0434")
                        .primary(span, "")
                        .help("use the `|| { ... }` closure form instead"),
                );
                return Some(Res::Err);
            }
            Some(Res::Local(_)) if crossed_const => {
                self.error(
                    Diagnostic::error("attempt to use a non-constant value in a constant")
                        .code("E0435")
                        .primary(span, "non-constant value"),
                );
                return Some(Res::Err);
            }
            Some(Res::TyParam { .. }) if crossed_item => {
                self.error(
                    Diagnostic::error("can't use generic parameters from outer item")
                        .code("E0401")
                        .primary(span, "use of generic parameter from outer item"),
                );
                return Some(Res::Err);
            }
            Some(r) => return Some(r),
            None => {}
        }
        self.lookup_global(plain, ns)
    }

    /// The extern prelude, the library prelude and primitive types.
    pub(crate) fn lookup_global(&self, plain: Symbol, ns: Ns) -> Option<Res> {
        if ns == Ns::Type && self.syms.is_extern_crate(plain) {
            return self.krate.std_root.map(Res::Def);
        }
        if let Some(b) = self.prelude.and_then(|p| self.lookup_in(p, ns, plain)) {
            return Some(b.res);
        }
        if ns == Ns::Type {
            return self.syms.prims.get(&plain).map(|&p| Res::PrimTy(p));
        }
        None
    }

    /// The innermost `Self`, or an error if there is none (or it belongs to
    /// an outer item).
    pub(crate) fn self_ty(&mut self, span: Span) -> Option<(Res, Option<Res>)> {
        let mut crossed = false;
        for rib in self.ribs.iter().rev() {
            match rib {
                Rib::SelfTy { res, adt } => {
                    if crossed {
                        break;
                    }
                    return Some((*res, *adt));
                }
                Rib::ItemBoundary => crossed = true,
                _ => {}
            }
        }
        let msg = if crossed {
            "can't use `Self` from outer item"
        } else {
            "cannot find type `Self` in this scope"
        };
        let code = if crossed { "E0401" } else { "E0411" };
        self.error(Diagnostic::error(msg).code(code).primary(
            span,
            "`Self` is only available in impls, traits, and type definitions",
        ));
        None
    }

    /// Walks `segs` as far as modules, enums and traits go. Reports errors
    /// (when `report`) and returns `None` on failure.
    pub(crate) fn walk_path(
        &mut self,
        segs: &[Ident],
        global: bool,
        ns: Ns,
        expect: Expect,
        report: bool,
    ) -> Option<Walk> {
        let first = *segs.first()?;
        let name = self.plain(first.name);
        let len = segs.len();
        let ns_at = |i: usize| if i + 1 == len { ns } else { Ns::Type };
        let module = self.current_module();
        let mut res = if global {
            match self.special_name(name) {
                "std" => Res::Def(self.krate.std_root?),
                "crate" => Res::Def(self.crate_root_of(module)),
                _ => {
                    if report {
                        self.unresolved_first(first, len, expect);
                    }
                    return None;
                }
            }
        } else {
            match self.special_name(name) {
                "crate" => Res::Def(self.crate_root_of(module)),
                "$crate" => {
                    let mark = self.hygiene.mark_of(first.name);
                    let krate = self.hygiene.def_crate(mark).unwrap_or(CrateKind::User);
                    let scope = self.root_scope(krate);
                    Res::Def(self.scopes[scope].module)
                }
                "self" if len > 1 || ns == Ns::Type => Res::Def(module),
                "super" => match self.parent_module(module) {
                    Some(p) => Res::Def(p),
                    None => {
                        if report {
                            self.error(
                                Diagnostic::error("there are too many leading `super` keywords")
                                    .code("E0433")
                                    .primary(
                                        first.span,
                                        "there are too many leading `super` keywords",
                                    ),
                            );
                        }
                        return None;
                    }
                },
                "Self" => {
                    let (self_res, adt) = self.self_ty(first.span)?;
                    match (len, ns, adt) {
                        (1, Ns::Value, Some(adt)) => return Some(Walk { res: adt, index: 0 }),
                        (1, _, _) => {
                            return Some(Walk {
                                res: self_res,
                                index: 0,
                            })
                        }
                        (_, _, Some(Res::Def(e))) if self.is_enum(e) => {
                            let scope = self.def_scope[&e];
                            let v = self.plain(segs[1].name);
                            match self
                                .lookup_in(scope, ns_at(1), v)
                                .or_else(|| self.lookup_in(scope, Ns::Type, v))
                            {
                                Some(b) if len == 2 => {
                                    return Some(Walk {
                                        res: b.res,
                                        index: 1,
                                    })
                                }
                                _ => {
                                    return Some(Walk {
                                        res: self_res,
                                        index: 0,
                                    })
                                }
                            }
                        }
                        _ => {
                            return Some(Walk {
                                res: self_res,
                                index: 0,
                            })
                        }
                    }
                }
                _ => match self.lookup_lexical(first, ns_at(0)) {
                    Some(Res::Err) => return None,
                    Some(r) => r,
                    None => {
                        if report {
                            self.unresolved_first(first, len, expect);
                        }
                        return None;
                    }
                },
            }
        };
        for i in 1..len {
            let seg = segs[i];
            let seg_name = self.plain(seg.name);
            let Res::Def(d) = res else {
                if matches!(res, Res::PrimTy(_) | Res::TyParam { .. } | Res::SelfTy(_)) {
                    return Some(Walk { res, index: i - 1 });
                }
                if report {
                    self.not_a_module(segs, i, res);
                }
                return None;
            };
            match &self.krate.defs[d].kind {
                DefKind::Mod { .. } => {
                    if seg_name == self.syms.super_ {
                        match self.parent_module(d) {
                            Some(p) => res = Res::Def(p),
                            None => return None,
                        }
                        continue;
                    }
                    let scope = self.def_scope[&d];
                    match self.lookup_in(scope, ns_at(i), seg_name) {
                        Some(b) => {
                            if report && !self.is_accessible(b.vis, module) {
                                self.private_error(seg, b);
                            }
                            res = b.res;
                        }
                        None => {
                            if report {
                                let other = if ns_at(i) == Ns::Type {
                                    Ns::Value
                                } else {
                                    Ns::Type
                                };
                                match self.lookup_in(scope, other, seg_name) {
                                    Some(b) if i + 1 == len && expect != Expect::Import => {
                                        self.wrong_namespace(segs, ns_at(i), b.res);
                                    }
                                    _ => self.unresolved_in_module(segs, i, ns_at(i), expect),
                                }
                            }
                            return None;
                        }
                    }
                }
                DefKind::Adt(_) if self.is_enum(d) => {
                    let scope = self.def_scope[&d];
                    let found = self
                        .lookup_in(scope, ns_at(i), seg_name)
                        .or_else(|| self.lookup_in(scope, Ns::Type, seg_name));
                    match found {
                        Some(b) => res = b.res,
                        None => return Some(Walk { res, index: i - 1 }),
                    }
                }
                DefKind::Trait(_) => {
                    let scope = self.def_scope[&d];
                    match self.lookup_in(scope, ns_at(i), seg_name) {
                        Some(b) => {
                            res = b.res;
                            if i + 1 < len {
                                return Some(Walk { res, index: i });
                            }
                        }
                        None => {
                            if report {
                                // rustc reads `Trait::x` as `<Trait>::x` here.
                                let at = segs[i - 1].span;
                                self.error(
                                    Diagnostic::error("expected a type, found a trait")
                                        .code("E0782")
                                        .primary(at, "")
                                        .help("you can add the `dyn` keyword if you want a trait object"),
                                );
                            }
                            return None;
                        }
                    }
                }
                DefKind::Adt(_) | DefKind::TypeAlias { .. } => {
                    return Some(Walk { res, index: i - 1 })
                }
                _ => {
                    if report {
                        self.not_a_module(segs, i, res);
                    }
                    return None;
                }
            }
        }
        Some(Walk {
            res,
            index: len - 1,
        })
    }

    /// Path-start keywords and extern crate names, as `&'static str`s for
    /// matching (`""` for any other name).
    fn special_name(&self, name: Symbol) -> &'static str {
        let s = &self.syms;
        if name == s.crate_ {
            "crate"
        } else if name == s.dollar_crate {
            "$crate"
        } else if name == s.self_lower {
            "self"
        } else if name == s.self_upper {
            "Self"
        } else if name == s.super_ {
            "super"
        } else if s.is_extern_crate(name) {
            "std"
        } else {
            ""
        }
    }

    pub(crate) fn is_enum(&self, d: DefId) -> bool {
        matches!(&self.krate.defs[d].kind, DefKind::Adt(a) if a.kind == AdtKind::Enum)
    }

    fn unresolved_first(&mut self, first: Ident, len: usize, expect: Expect) {
        let name = self.plain(first.name);
        if expect == Expect::Import {
            let what = if name.as_str().starts_with(|c: char| c.is_uppercase()) {
                format!("use of undeclared type `{name}`")
            } else {
                format!("use of unresolved module or unlinked crate `{name}`")
            };
            self.error(
                Diagnostic::error(format!("unresolved import `{name}`"))
                    .code("E0432")
                    .primary(first.span, what),
            );
            return;
        }
        if len > 1 {
            let d = if name.as_str().starts_with(|c: char| c.is_uppercase()) {
                Diagnostic::error(format!("cannot find type `{name}` in this scope"))
                    .code("E0433")
                    .primary(first.span, format!("use of undeclared type `{name}`"))
            } else {
                Diagnostic::error(format!(
                    "cannot find module or crate `{name}` in this scope"
                ))
                .code("E0433")
                .primary(
                    first.span,
                    format!("use of unresolved module or unlinked crate `{name}`"),
                )
                .help(format!("you might be missing a crate named `{name}`"))
            };
            self.error(d);
            return;
        }
        let (code, msg) = match expect {
            Expect::Value => ("E0425", format!("cannot find value `{name}` in this scope")),
            Expect::Fn => (
                "E0425",
                format!("cannot find {} `{name}` in this scope", fn_what(name)),
            ),
            Expect::Type => ("E0425", format!("cannot find type `{name}` in this scope")),
            Expect::Trait => ("E0405", format!("cannot find trait `{name}` in this scope")),
            Expect::TupleStruct => (
                "E0531",
                format!("cannot find tuple struct or tuple variant `{name}` in this scope"),
            ),
            Expect::Struct => (
                "E0422",
                format!("cannot find struct, variant or union type `{name}` in this scope"),
            ),
            Expect::UnitPat => (
                "E0531",
                format!("cannot find unit struct, unit variant or constant `{name}` in this scope"),
            ),
            Expect::Import => ("E0432", format!("unresolved import `{name}`")),
        };
        let label = if expect == Expect::Import {
            format!("no external crate `{name}`")
        } else {
            "not found in this scope".to_string()
        };
        self.error(Diagnostic::error(msg).code(code).primary(first.span, label));
    }

    /// E0573/E0423: the last segment names something in the other namespace.
    fn wrong_namespace(&mut self, segs: &[Ident], ns: Ns, found: Res) {
        let text: Vec<&str> = segs.iter().map(|s| self.plain(s.name).as_str()).collect();
        let text = text.join("::");
        let descr = self.res_descr(found);
        let span = segs[0].span.to(segs[segs.len() - 1].span);
        let d = match ns {
            Ns::Type => Diagnostic::error(format!("expected type, found {descr} `{text}`"))
                .code("E0573")
                .primary(span, "not a type"),
            Ns::Value => Diagnostic::error(format!("expected value, found {descr} `{text}`"))
                .code("E0423")
                .primary(span, ""),
        };
        self.error(d);
    }

    fn unresolved_in_module(&mut self, segs: &[Ident], i: usize, ns: Ns, expect: Expect) {
        let seg = segs[i];
        let name = self.plain(seg.name);
        let parent = self.plain(segs[i - 1].name);
        let path: Vec<String> = segs[..i]
            .iter()
            .map(|s| self.plain(s.name).as_str().to_string())
            .collect();
        let path = path.join("::");
        if i + 1 < segs.len() {
            self.error(
                Diagnostic::error(format!("cannot find `{name}` in `{parent}`"))
                    .code("E0433")
                    .primary(seg.span, format!("could not find `{name}` in `{parent}`")),
            );
            return;
        }
        let d = match expect {
            Expect::Import => Diagnostic::error(format!("unresolved import `{path}::{name}`"))
                .code("E0432")
                .primary(seg.span, format!("no `{name}` in `{path}`")),
            _ => {
                let what = match (expect, ns) {
                    (Expect::Fn, _) => fn_what(name),
                    (Expect::Trait, _) => "trait",
                    (Expect::Struct, _) => "struct, variant or union type",
                    (Expect::TupleStruct, _) => "tuple struct or tuple variant",
                    (_, Ns::Type) => "type",
                    _ => "value",
                };
                let code = match expect {
                    Expect::Trait => "E0405",
                    Expect::Struct => "E0422",
                    Expect::TupleStruct | Expect::UnitPat => "E0531",
                    _ => "E0425",
                };
                Diagnostic::error(format!("cannot find {what} `{name}` in module `{path}`"))
                    .code(code)
                    .primary(seg.span, format!("not found in `{path}`"))
            }
        };
        self.error(d);
    }

    fn not_a_module(&mut self, segs: &[Ident], i: usize, res: Res) {
        let prev = segs[i - 1];
        let name = self.plain(prev.name);
        let descr = self.res_descr(res);
        self.error(
            Diagnostic::error(format!("expected type, found {descr} `{name}`"))
                .code("E0573")
                .primary(prev.span, "not a type"),
        );
    }

    pub(crate) fn private_error(&mut self, seg: Ident, b: NameBinding) {
        let name = self.plain(seg.name);
        let descr = self.res_descr(b.res);
        let (descr, label) = if b.import {
            (format!("{descr} import"), format!("private {descr} import"))
        } else {
            (descr.to_string(), format!("private {descr}"))
        };
        let mut d = Diagnostic::error(format!("{descr} `{name}` is private"))
            .code("E0603")
            .primary(seg.span, label);
        if !b.span.is_dummy() {
            d = d.secondary(b.span, format!("the {descr} `{name}` is defined here"));
        }
        self.error(d);
    }

    /// rustc's description of what a resolution names.
    pub(crate) fn res_descr(&self, res: Res) -> &'static str {
        match res {
            Res::Local(_) => "local variable",
            Res::PrimTy(_) => "builtin type",
            Res::SelfTy(_) => "self type",
            Res::TyParam { .. } => "type parameter",
            Res::Err => "unresolved item",
            Res::Variant(v) => match self.shapes.get(&v).map(|s| s.shape) {
                Some(VariantShape::Unit) => "unit variant",
                Some(VariantShape::Tuple) => "tuple variant",
                _ => "struct variant",
            },
            Res::Def(d) => match &self.krate.defs[d].kind {
                DefKind::Mod { .. } => "module",
                DefKind::Fn(_) => {
                    if matches!(
                        self.krate.defs[d].parent.map(|p| &self.krate.defs[p].kind),
                        Some(DefKind::Impl(_) | DefKind::Trait(_))
                    ) {
                        "associated function"
                    } else {
                        "function"
                    }
                }
                DefKind::Adt(a) => match a.kind {
                    AdtKind::Enum => "enum",
                    AdtKind::Union => "union",
                    AdtKind::Struct => match self.shapes.get(&d).map(|s| s.shape) {
                        Some(VariantShape::Unit) => "unit struct",
                        Some(VariantShape::Tuple) => "tuple struct",
                        _ => "struct",
                    },
                },
                DefKind::Variant { .. } => "variant",
                DefKind::Const { .. } => "constant",
                DefKind::Static { .. } => "static",
                DefKind::Impl(_) => "implementation",
                DefKind::Trait(_) => "trait",
                DefKind::TypeAlias { .. } => "type alias",
            },
        }
    }
}

/// How rustc names what an unresolved callee was expected to be.
fn fn_what(name: Symbol) -> &'static str {
    if name.as_str().starts_with(|c: char| c.is_uppercase()) {
        "function, tuple struct or tuple variant"
    } else {
        "function"
    }
}
