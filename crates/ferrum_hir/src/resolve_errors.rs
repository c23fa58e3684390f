//! Resolution errors with rustc's codes and wording (E0425, E0433,
//! E0432, E0422, E0531, E0573, E0423, E0603, ...), and rustc's
//! descriptions of what a name resolved to.

use crate::ctx::*;
use crate::hir::*;
use crate::resolve::Expect;
use ferrum_span::{Diagnostic, Symbol};
use ferrum_syntax::ast::Ident;

impl<'a> Lowerer<'a> {
    pub(crate) fn unresolved_first(&mut self, first: Ident, len: usize, expect: Expect) {
        let name = self.plain(first.name);
        if expect == Expect::Import {
            let what = if name.as_str().starts_with(|c: char| c.is_uppercase()) {
                format!("use of undeclared type `{name}`")
            } else {
                format!("use of unresolved module or unlinked crate `{name}`")
            };
            self.error(
                Diagnostic::error(format!("unresolved import `{name}`")).code("E0432").primary(first.span, what),
            );
            return;
        }
        if len > 1 {
            let d = if name.as_str().starts_with(|c: char| c.is_uppercase()) {
                Diagnostic::error(format!("cannot find type `{name}` in this scope"))
                    .code("E0433")
                    .primary(first.span, format!("use of undeclared type `{name}`"))
            } else {
                Diagnostic::error(format!("cannot find module or crate `{name}` in this scope"))
                    .code("E0433")
                    .primary(first.span, format!("use of unresolved module or unlinked crate `{name}`"))
                    .help(format!("you might be missing a crate named `{name}`"))
            };
            self.error(d);
            return;
        }
        let (code, msg) = match expect {
            Expect::Value => ("E0425", format!("cannot find value `{name}` in this scope")),
            Expect::Fn => ("E0425", format!("cannot find {} `{name}` in this scope", fn_what(name))),
            Expect::Type => ("E0425", format!("cannot find type `{name}` in this scope")),
            Expect::Trait => ("E0405", format!("cannot find trait `{name}` in this scope")),
            Expect::TupleStruct => {
                ("E0531", format!("cannot find tuple struct or tuple variant `{name}` in this scope"))
            }
            Expect::Struct => ("E0422", format!("cannot find struct, variant or union type `{name}` in this scope")),
            Expect::UnitPat => {
                ("E0531", format!("cannot find unit struct, unit variant or constant `{name}` in this scope"))
            }
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
    pub(crate) fn wrong_namespace(&mut self, segs: &[Ident], ns: Ns, found: Res) {
        let text: Vec<&str> = segs.iter().map(|s| self.plain(s.name).as_str()).collect();
        let text = text.join("::");
        let descr = self.res_descr(found);
        let span = segs[0].span.to(segs[segs.len() - 1].span);
        let d = match ns {
            Ns::Type => Diagnostic::error(format!("expected type, found {descr} `{text}`"))
                .code("E0573")
                .primary(span, "not a type"),
            Ns::Value => {
                Diagnostic::error(format!("expected value, found {descr} `{text}`")).code("E0423").primary(span, "")
            }
        };
        self.error(d);
    }

    pub(crate) fn unresolved_in_module(&mut self, segs: &[Ident], i: usize, ns: Ns, expect: Expect) {
        let seg = segs[i];
        let name = self.plain(seg.name);
        let parent = self.plain(segs[i - 1].name);
        let path: Vec<String> = segs[..i].iter().map(|s| self.plain(s.name).as_str().to_string()).collect();
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

    pub(crate) fn not_a_module(&mut self, segs: &[Ident], i: usize, res: Res) {
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
        let mut d = Diagnostic::error(format!("{descr} `{name}` is private")).code("E0603").primary(seg.span, label);
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
pub(crate) fn fn_what(name: Symbol) -> &'static str {
    if name.as_str().starts_with(|c: char| c.is_uppercase()) {
        "function, tuple struct or tuple variant"
    } else {
        "function"
    }
}
