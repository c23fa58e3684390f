//! Paths in value position: locals, fns, consts, statics, constructors and
//! variants resolve fully; a path whose prefix names a type (`i32::MAX`,
//! `Vec::<T>::new`, `Self::new`, `T::default`, `<T as Tr>::f`) becomes
//! [`ValuePath::TypeRelative`] for the type checker. E0423 when a value
//! path names a type or module.

use crate::ctx::*;
use crate::hir::*;
use crate::resolve::Expect;
use ferrum_span::{Diagnostic, Span};
use ferrum_syntax::ast;

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_value_path(
        &mut self,
        src: &AstSrc<'a>,
        path: &ast::Path,
        span: Span,
        expect: Expect,
    ) -> ExprId {
        let vp = self.value_path(src, path, span, expect);
        if let ValuePath::Resolved { res: Res::Err, .. } = vp {
            return self.err_expr(span);
        }
        self.alloc_expr(ExprKind::Path(vp), span)
    }

    /// Resolves a path in the value namespace; errors give `Res::Err`.
    pub(crate) fn value_path(&mut self, src: &AstSrc<'a>, path: &ast::Path, span: Span, expect: Expect) -> ValuePath {
        let err = ValuePath::Resolved { res: Res::Err, args: Vec::new() };
        if let Some(q) = &path.qself {
            let mut ty = self.lower_ty(src, q.ty);
            let mut trait_ = q.trait_path.as_ref().map(|p| self.lower_trait_ref(src, p));
            let Some((last, init)) = path.segments.split_last() else {
                return err;
            };
            for seg in init {
                let name = self.plain(seg.ident.name);
                ty = self.alloc_ty(TypeRefKind::Assoc { base: ty, trait_: trait_.take(), name }, span);
            }
            let (args, _) = self.lower_generic_args(src, last.args.as_ref());
            let trait_ = trait_.map(Box::new);
            return ValuePath::TypeRelative { ty, name: self.plain(last.ident.name), args, trait_ };
        }
        let idents: Vec<ast::Ident> = path.segments.iter().map(|s| s.ident).collect();
        if idents.len() == 1 && !path.global {
            return self.single_value(src, path, expect);
        }
        let Some(walk) = self.walk_path(&idents, path.global, Ns::Value, expect, true) else {
            return err;
        };
        self.finish_value_path(src, path, walk.res, walk.index, span, expect)
    }

    /// A one-segment value path, with E0423 when it names a type or module.
    fn single_value(&mut self, src: &AstSrc<'a>, path: &ast::Path, expect: Expect) -> ValuePath {
        let seg = &path.segments[0];
        let ident = seg.ident;
        let name = self.plain(ident.name);
        let res = if name == self.syms.self_upper {
            match self.walk_path(&[ident], false, Ns::Value, expect, true) {
                Some(w) => Some(w.res),
                None => Some(Res::Err),
            }
        } else {
            self.lookup_lexical(ident, Ns::Value)
        };
        let res = match res {
            Some(r) => r,
            None => {
                let ty = self.lookup_lexical(ident, Ns::Type);
                match ty {
                    Some(Res::Err) => {}
                    Some(r) => self.expected_value_error(ident, r),
                    None => {
                        let _ = self.walk_path(&[ident], false, Ns::Value, expect, true);
                    }
                }
                Res::Err
            }
        };
        let res = self.check_value_res(ident, res, expect);
        let (args, _) = self.lower_generic_args(src, seg.args.as_ref());
        ValuePath::Resolved { res, args }
    }

    fn expected_value_error(&mut self, ident: ast::Ident, res: Res) {
        let name = self.plain(ident.name);
        let descr = self.res_descr(res);
        let mut d =
            Diagnostic::error(format!("expected value, found {descr} `{name}`")).code("E0423").primary(ident.span, "");
        if descr == "struct" {
            d = d.help(format!("use struct literal syntax instead: `{name} {{ /* fields */ }}`"));
        }
        self.error(d);
    }

    /// Rejects named structs, struct variants, traits and modules as values.
    fn check_value_res(&mut self, ident: ast::Ident, res: Res, expect: Expect) -> Res {
        if matches!(expect, Expect::TupleStruct | Expect::UnitPat) {
            // Patterns check what they found themselves (E0532, E0164, ...).
            return res;
        }
        let bad = match res {
            Res::Def(d) => match &self.krate.defs[d].kind {
                DefKind::Adt(_) => !self.shapes.get(&d).is_some_and(|s| s.shape != VariantShape::Named),
                DefKind::Mod { .. } | DefKind::Trait(_) | DefKind::TypeAlias { .. } | DefKind::Impl(_) => true,
                _ => false,
            },
            Res::Variant(v) => self.shapes.get(&v).is_some_and(|s| s.shape == VariantShape::Named),
            Res::PrimTy(_) => true,
            _ => false,
        };
        if !bad {
            return res;
        }
        if let Res::Variant(_) = res {
            let name = self.plain(ident.name);
            self.error(
                Diagnostic::error(format!("expected value, found struct variant `{name}`"))
                    .code("E0533")
                    .primary(ident.span, "not a value"),
            );
        } else {
            self.expected_value_error(ident, res);
        }
        Res::Err
    }

    /// Builds the value path from a walk that resolved `segments[..=index]`.
    fn finish_value_path(
        &mut self,
        src: &AstSrc<'a>,
        path: &ast::Path,
        res: Res,
        index: usize,
        span: Span,
        expect: Expect,
    ) -> ValuePath {
        let segs = &path.segments;
        if index + 1 == segs.len() {
            let res = self.check_value_res(segs[index].ident, res, expect);
            let mut args = Vec::new();
            if matches!(res, Res::Variant(_)) && index > 0 {
                // `Option::<i32>::None`: the enum's arguments.
                let (a, _) = self.lower_generic_args(src, segs[index - 1].args.as_ref());
                args.extend(a);
            }
            let (a, _) = self.lower_generic_args(src, segs[index].args.as_ref());
            args.extend(a);
            return ValuePath::Resolved { res, args };
        }
        if let Res::Def(d) = res {
            if !matches!(self.krate.defs[d].kind, DefKind::Adt(_) | DefKind::TypeAlias { .. } | DefKind::Trait(_)) {
                let ident = segs[index].ident;
                let descr = self.res_descr(res);
                let name = self.plain(ident.name);
                self.error(
                    Diagnostic::error(format!("expected type, found {descr} `{name}`"))
                        .code("E0573")
                        .primary(ident.span, "not a type"),
                );
                return ValuePath::Resolved { res: Res::Err, args: Vec::new() };
            }
        }
        let (targs, assoc) = self.lower_generic_args(src, segs[index].args.as_ref());
        let ty_span = segs[0].ident.span.to(segs[index].ident.span);
        let mut ty = self.alloc_ty(TypeRefKind::Path { res, args: targs, assoc }, ty_span);
        for seg in &segs[index + 1..segs.len() - 1] {
            let name = self.plain(seg.ident.name);
            ty = self.alloc_ty(TypeRefKind::Assoc { base: ty, trait_: None, name }, span);
        }
        let last = &segs[segs.len() - 1];
        let (args, _) = self.lower_generic_args(src, last.args.as_ref());
        ValuePath::TypeRelative { ty, name: self.plain(last.ident.name), args, trait_: None }
    }
}
