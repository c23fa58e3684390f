//! Patterns that name things: tuple-struct and unit paths (E0532, E0533,
//! E0164), variants through aliases (E0599), and constants in literal and
//! range patterns.

use crate::ctx::*;
use crate::hir::*;
use crate::pat::PatCx;
use crate::resolve::Expect;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast;

impl<'a> Lowerer<'a> {
    pub(crate) fn tuple_struct_pat(
        &mut self,
        src: &AstSrc<'a>,
        path: &ast::Path,
        elems: &[ast::PatId],
        cx: &mut PatCx,
    ) -> PatKind {
        let (res, args) = self.resolve_pat_path(src, path, Expect::TupleStruct);
        let (pats, rest) = self.lower_elems(src, elems, cx);
        let shape = self.shape_of_res(res);
        let ok = match res {
            Res::Err | Res::SelfTy(_) => true,
            _ => shape.is_some_and(|s| s.shape == VariantShape::Tuple),
        };
        if !ok {
            let named = matches!(res, Res::Variant(_)) && shape.is_some_and(|s| s.shape == VariantShape::Named);
            let code = if named { "E0164" } else { "E0532" };
            self.expected_error(path, res, "tuple struct or tuple variant", code);
            return PatKind::Err;
        }
        let arity = shape.map_or(pats.len(), |s| s.fields);
        let after = pats.len() - rest.unwrap_or(pats.len());
        let fields = pats
            .into_iter()
            .enumerate()
            .map(|(i, pat)| {
                let index = match rest {
                    Some(r) if i >= r => arity.saturating_sub(after) + (i - r),
                    _ => i,
                };
                FieldPat { name: FieldName::Index(index as u32), pat }
            })
            .collect();
        PatKind::Adt { res, args, fields, rest: rest.is_some(), shape: VariantShape::Tuple }
    }

    pub(crate) fn path_pat(&mut self, src: &AstSrc<'a>, path: &ast::Path, span: Span) -> PatKind {
        if path.qself.is_some() {
            return match self.value_path(src, path, span, Expect::UnitPat) {
                ValuePath::TypeRelative { ty, name, .. } => PatKind::Lit(PatConst::TypeRelative { ty, name }),
                ValuePath::Resolved { res, .. } => PatKind::Path(res),
            };
        }
        match self.value_path(src, path, span, Expect::UnitPat) {
            ValuePath::TypeRelative { ty, name, .. } => PatKind::Lit(PatConst::TypeRelative { ty, name }),
            ValuePath::Resolved { res, .. } => {
                let ok = match res {
                    Res::Def(d) => match &self.krate.defs[d].kind {
                        DefKind::Const { .. } => true,
                        DefKind::Adt(_) => self.shapes.get(&d).is_some_and(|s| s.shape == VariantShape::Unit),
                        _ => false,
                    },
                    Res::Variant(v) => self.shapes.get(&v).is_some_and(|s| s.shape == VariantShape::Unit),
                    Res::Err | Res::SelfTy(_) => true,
                    _ => false,
                };
                if !ok {
                    let named = matches!(res, Res::Variant(v) if self.shapes.get(&v).is_some_and(|s| s.shape == VariantShape::Named));
                    let code = if named { "E0533" } else { "E0532" };
                    self.expected_error(path, res, "unit struct, unit variant or constant", code);
                    return PatKind::Err;
                }
                PatKind::Path(res)
            }
        }
    }

    pub(crate) fn resolve_pat_path(
        &mut self,
        src: &AstSrc<'a>,
        path: &ast::Path,
        expect: Expect,
    ) -> (Res, Vec<TypeRefId>) {
        let span = path.span;
        match self.value_path(src, path, span, expect) {
            ValuePath::Resolved { res, args } => (res, args),
            ValuePath::TypeRelative { ty, name, args, .. } => match self.variant_of_type(ty, name, span) {
                Some(res) => (res, args),
                None => (Res::Err, Vec::new()),
            },
        }
    }

    /// `Enum::V` (or `Alias::V`) reached as a type-relative path: the
    /// variant, or E0599 when the enum has none of that name.
    pub(crate) fn variant_of_type(&mut self, ty: TypeRefId, name: Symbol, span: Span) -> Option<Res> {
        let base = match &self.krate.types[ty].kind {
            TypeRefKind::Path { res: Res::Def(d), .. } => *d,
            _ => {
                self.error(
                    Diagnostic::error(format!("unsupported: `{name}` through a type path in a pattern"))
                        .primary(span, ""),
                );
                return None;
            }
        };
        let adt = match self.alias_target(base) {
            Some(Res::Def(a)) => a,
            _ => base,
        };
        if self.is_enum(adt) {
            let scope = self.def_scope[&adt];
            if let Some(b) = self.lookup_in(scope, Ns::Type, name) {
                return Some(b.res);
            }
            let ename = self.krate.defs[adt].name;
            self.error(
                Diagnostic::error(format!(
                    "no variant or associated item named `{name}` found for enum `{ename}` in the current scope"
                ))
                .code("E0599")
                .primary(span, format!("variant or associated item not found in `{ename}`")),
            );
            return None;
        }
        self.error(
            Diagnostic::error(format!("unsupported: `{name}` through a type path in a pattern")).primary(span, ""),
        );
        None
    }

    pub(crate) fn expected_error(&mut self, path: &ast::Path, res: Res, what: &str, code: &'static str) {
        if res == Res::Err {
            return;
        }
        let descr = self.res_descr(res);
        let text: Vec<&str> = path.segments.iter().map(|s| self.plain(s.ident.name).as_str()).collect();
        self.error(
            Diagnostic::error(format!("expected {what}, found {descr} `{}`", text.join("::")))
                .code(code)
                .primary(path.span, format!("not a {what}")),
        );
    }

    pub(crate) fn shape_of_res(&self, res: Res) -> Option<ShapeInfo> {
        match res {
            Res::Def(d) | Res::Variant(d) => self.shapes.get(&d).copied(),
            _ => None,
        }
    }

    /// A literal, negated literal or const path in a pattern.
    pub(crate) fn pat_const(&mut self, src: &AstSrc<'a>, e: ast::ExprId) -> PatConst {
        let expr = &src.exprs[e];
        match &expr.kind {
            ast::ExprKind::Lit(l) => match self.lower_lit(l) {
                Some(lit) => PatConst::Lit { lit, negated: false },
                None => PatConst::Path(Res::Err),
            },
            ast::ExprKind::Unary(ast::UnOp::Neg, inner) => match &src.exprs[*inner].kind {
                ast::ExprKind::Lit(l) => match self.lower_lit(l) {
                    Some(lit) => PatConst::Lit { lit, negated: true },
                    None => PatConst::Path(Res::Err),
                },
                _ => self.bad_pat_const(expr.span),
            },
            ast::ExprKind::Path(p) => match self.value_path(src, p, expr.span, Expect::UnitPat) {
                ValuePath::Resolved { res, .. } => PatConst::Path(res),
                ValuePath::TypeRelative { ty, name, .. } => PatConst::TypeRelative { ty, name },
            },
            ast::ExprKind::Paren(x) => self.pat_const(src, *x),
            _ => self.bad_pat_const(expr.span),
        }
    }

    pub(crate) fn bad_pat_const(&mut self, span: Span) -> PatConst {
        self.error(Diagnostic::error("arbitrary expressions aren't allowed in patterns").primary(span, ""));
        PatConst::Path(Res::Err)
    }
}
