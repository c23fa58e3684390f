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
        s.names[ns as usize].get(&name).or_else(|| s.globs[ns as usize].get(&name)).copied()
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
                            found = Some(Res::TyParam { owner: *owner, index });
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
        let msg = if crossed { "can't use `Self` from outer item" } else { "cannot find type `Self` in this scope" };
        let code = if crossed { "E0401" } else { "E0411" };
        self.error(
            Diagnostic::error(msg)
                .code(code)
                .primary(span, "`Self` is only available in impls, traits, and type definitions"),
        );
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
                                    .primary(first.span, "there are too many leading `super` keywords"),
                            );
                        }
                        return None;
                    }
                },
                "Self" => {
                    let (self_res, adt) = self.self_ty(first.span)?;
                    match (len, ns, adt) {
                        (1, Ns::Value, Some(adt)) => return Some(Walk { res: adt, index: 0 }),
                        (1, _, _) => return Some(Walk { res: self_res, index: 0 }),
                        (_, _, Some(Res::Def(e))) if self.is_enum(e) => {
                            let scope = self.def_scope[&e];
                            let v = self.plain(segs[1].name);
                            match self.lookup_in(scope, ns_at(1), v).or_else(|| self.lookup_in(scope, Ns::Type, v)) {
                                Some(b) if len == 2 => return Some(Walk { res: b.res, index: 1 }),
                                _ => return Some(Walk { res: self_res, index: 0 }),
                            }
                        }
                        _ => return Some(Walk { res: self_res, index: 0 }),
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
                                let other = if ns_at(i) == Ns::Type { Ns::Value } else { Ns::Type };
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
                    let found =
                        self.lookup_in(scope, ns_at(i), seg_name).or_else(|| self.lookup_in(scope, Ns::Type, seg_name));
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
                DefKind::Adt(_) | DefKind::TypeAlias { .. } => return Some(Walk { res, index: i - 1 }),
                _ => {
                    if report {
                        self.not_a_module(segs, i, res);
                    }
                    return None;
                }
            }
        }
        Some(Walk { res, index: len - 1 })
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
}
