//! Missing lifetimes (E0106): a reference without a lifetime in a struct or
//! enum field, or in a function's return type when the elision rules give
//! it none (no `&self`, and not exactly one lifetime among the inputs).
//! Lifetimes do not change code generation; this only rejects what rustc
//! rejects.

use crate::ctx::*;
use ferrum_span::{Diagnostic, Span};
use ferrum_syntax::ast::{self, GenericArg, TypeKind};

/// Where lifetimes appear in a type, outside `fn` pointer types and
/// `Fn(..)` sugar (which elide on their own).
#[derive(Default)]
struct Lifetimes {
    /// The `&` of each reference written without a lifetime.
    elided: Vec<Span>,
    /// References and lifetime arguments, named or not.
    positions: usize,
}

fn collect(src: &ast::Ast, id: ast::TypeId, out: &mut Lifetimes) {
    let ty = &src.types[id];
    match &ty.kind {
        TypeKind::Ref { lifetime, ty: inner, .. } => {
            out.positions += 1;
            if lifetime.is_none() {
                out.elided.push(Span { hi: ty.span.lo + 1, ..ty.span });
            }
            collect(src, *inner, out);
        }
        TypeKind::RawPtr { ty: inner, .. } | TypeKind::Slice(inner) | TypeKind::Array(inner, _) => {
            collect(src, *inner, out)
        }
        TypeKind::Tuple(elems) => elems.iter().for_each(|&t| collect(src, t, out)),
        TypeKind::Path(path) => collect_path(src, path, out),
        TypeKind::ImplTrait(bounds) | TypeKind::DynTrait(bounds) => {
            for bound in bounds {
                match bound {
                    ast::Bound::Trait { path, .. } => collect_path(src, path, out),
                    ast::Bound::Lifetime(_) => out.positions += 1,
                }
            }
        }
        _ => {}
    }
}

fn collect_path(src: &ast::Ast, path: &ast::Path, out: &mut Lifetimes) {
    if let Some(q) = &path.qself {
        collect(src, q.ty, out);
    }
    for args in path.segments.iter().filter_map(|s| s.args.as_ref()) {
        for arg in &args.args {
            match arg {
                GenericArg::Type(t) | GenericArg::Binding(_, t) => collect(src, *t, out),
                GenericArg::Lifetime(_) => out.positions += 1,
                _ => {}
            }
        }
    }
}

impl<'a> Lowerer<'a> {
    /// E0106 for each reference without a lifetime in a field type.
    pub(crate) fn check_field_lifetimes(&mut self, src: &AstSrc<'a>, fields: &[ast::FieldDef]) {
        for f in fields {
            let mut found = Lifetimes::default();
            collect(src, f.ty, &mut found);
            for span in found.elided {
                self.missing_lifetime(span, None);
            }
        }
    }

    /// E0106 for references in the return type that elision cannot give
    /// a lifetime: there is no `&self`, and the inputs have no lifetime
    /// (and no parameters at all, so none hides in a path) or several.
    pub(crate) fn check_return_lifetimes(&mut self, src: &AstSrc<'a>, sig: &ast::FnSig) {
        let Some(ret) = sig.ret else { return };
        let mut output = Lifetimes::default();
        collect(src, ret, &mut output);
        let borrows_self = sig.self_param.as_ref().is_some_and(|s| !matches!(s.kind, ast::SelfKind::Value { .. }));
        if output.elided.is_empty() || borrows_self {
            return;
        }
        let mut inputs = Lifetimes::default();
        sig.params.iter().for_each(|p| collect(src, p.ty, &mut inputs));
        let ambiguous = inputs.positions >= 2;
        let nothing_to_borrow = inputs.positions == 0 && sig.params.is_empty() && sig.self_param.is_none();
        if !ambiguous && !nothing_to_borrow {
            return;
        }
        let help = if ambiguous {
            "this function's return type contains a borrowed value, but the signature does not say which one of the arguments it is borrowed from"
        } else {
            "this function's return type contains a borrowed value, but there is no value for it to be borrowed from"
        };
        for span in output.elided {
            self.missing_lifetime(span, Some(help));
        }
    }

    fn missing_lifetime(&mut self, span: Span, help: Option<&str>) {
        let mut diag = Diagnostic::error("missing lifetime specifier")
            .code("E0106")
            .primary(span, "expected named lifetime parameter");
        if let Some(help) = help {
            diag = diag.help(help);
        }
        self.error(diag);
    }
}
