//! Struct literals (through `Self` and type aliases), ranges as the
//! library's `Range*` lang items, and destructuring assignment.

use crate::ctx::*;
use crate::hir::*;
use crate::resolve::Expect;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, ExprKind as A};

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_struct_expr(
        &mut self,
        src: &AstSrc<'a>,
        path: &ast::Path,
        fields: &[ast::FieldExpr],
        base: Option<ast::ExprId>,
        span: Span,
    ) -> ExprId {
        let (res, args) = self.resolve_struct_path(src, path);
        let fields = fields
            .iter()
            .map(|f| {
                let expr = self.lower_expr(src, f.expr);
                FieldInit { name: self.plain(f.name.name), expr, span: f.span }
            })
            .collect();
        let base = base.map(|b| self.lower_expr(src, b));
        self.alloc_expr(ExprKind::Struct { res, args, fields, base }, span)
    }

    /// The struct, union or variant a struct expression or pattern names
    /// (through `Self` and type aliases when they name one), with generic args.
    pub(crate) fn resolve_struct_path(&mut self, src: &AstSrc<'a>, path: &ast::Path) -> (Res, Vec<TypeRefId>) {
        let idents: Vec<ast::Ident> = path.segments.iter().map(|s| s.ident).collect();
        let Some(walk) = self.walk_path(&idents, path.global, Ns::Type, Expect::Struct, true) else {
            return (Res::Err, Vec::new());
        };
        let mut args = Vec::new();
        for seg in &path.segments[walk.index.saturating_sub(1)..=walk.index] {
            let (a, _) = self.lower_generic_args(src, seg.args.as_ref());
            args.extend(a);
        }
        let last = idents[walk.index];
        if walk.index + 1 == idents.len() - 1
            && matches!(walk.res, Res::Def(d) if self.is_enum(d) || self.alias_target(d).is_some())
        {
            // `Enum::Missing { .. }` or `Alias::Variant { .. }`.
            let last = idents[idents.len() - 1];
            let ty = self.alloc_ty(TypeRefKind::Path { res: walk.res, args: Vec::new(), assoc: Vec::new() }, path.span);
            let res = self.variant_of_type(ty, self.plain(last.name), last.span).unwrap_or(Res::Err);
            return (res, args);
        }
        if walk.index + 1 != idents.len() {
            let name = self.plain(idents[walk.index + 1].name);
            self.error(
                Diagnostic::error(format!("expected struct, variant or union type, found associated item `{name}`"))
                    .code("E0574")
                    .primary(path.span, "not a struct, variant or union type"),
            );
            return (Res::Err, args);
        }
        let res = match walk.res {
            Res::SelfTy(_) => self.self_ty(last.span).and_then(|(_, adt)| adt).unwrap_or(walk.res),
            Res::Def(d) => self.alias_target(d).unwrap_or(walk.res),
            r => r,
        };
        let ok = match res {
            Res::Def(d) => {
                matches!(&self.krate.defs[d].kind, DefKind::Adt(a) if a.kind != AdtKind::Enum)
            }
            Res::Variant(_) | Res::SelfTy(_) | Res::Err => true,
            _ => false,
        };
        if !ok {
            let name = self.plain(last.name);
            let descr = self.res_descr(res);
            self.error(
                Diagnostic::error(format!("expected struct, variant or union type, found {descr} `{name}`"))
                    .code("E0574")
                    .primary(last.span, "not a struct, variant or union type"),
            );
            return (Res::Err, args);
        }
        (res, args)
    }

    /// The ADT a type alias names, if its type is a plain ADT path.
    pub(crate) fn alias_target(&self, d: DefId) -> Option<Res> {
        let DefKind::TypeAlias { ty: Some(t), .. } = &self.krate.defs[d].kind else {
            return None;
        };
        match &self.krate.types[*t].kind {
            TypeRefKind::Path { res: r @ Res::Def(a), .. } if matches!(self.krate.defs[*a].kind, DefKind::Adt(_)) => {
                Some(*r)
            }
            _ => None,
        }
    }

    /// `x?` becomes, as in rustc,
    /// `match branch(x) { Continue(v) => v, Break(r) => return from_residual(r) }`
    /// over the library's `Try`/`FromResidual` (lang items `branch`,
    /// `from_residual`, `ControlFlow`).
    pub(crate) fn lower_try(&mut self, src: &AstSrc<'a>, inner: ast::ExprId, span: Span) -> ExprId {
        let value = self.lower_expr(src, inner);
        let lang = |name| self.krate.lang_item(name);
        let (Some(branch), Some(from_residual), Some(flow)) =
            (lang("branch"), lang("from_residual"), lang("ControlFlow"))
        else {
            self.error(Diagnostic::error("unsupported: the library has no `?` lang items").primary(span, ""));
            return self.err_expr(span);
        };
        let DefKind::Adt(adt) = &self.krate.defs[flow].kind else { return self.err_expr(span) };
        let (continue_, break_) = (adt.variants[0].def, adt.variants[1].def);
        let branch = self.def_path_expr(branch, span);
        let scrutinee = self.alloc_expr(ExprKind::Call(branch, vec![value]), span);
        let (continue_pat, v) = self.variant_binding_pat(continue_, "val", span);
        let (break_pat, r) = self.variant_binding_pat(break_, "residual", span);
        let v_expr =
            self.alloc_expr(ExprKind::Path(ValuePath::Resolved { res: Res::Local(v), args: Vec::new() }), span);
        let r_expr =
            self.alloc_expr(ExprKind::Path(ValuePath::Resolved { res: Res::Local(r), args: Vec::new() }), span);
        let from_residual = self.def_path_expr(from_residual, span);
        let residual = self.alloc_expr(ExprKind::Call(from_residual, vec![r_expr]), span);
        let ret = self.alloc_expr(ExprKind::Return(Some(residual)), span);
        let arms =
            vec![Arm { pat: continue_pat, guard: None, body: v_expr }, Arm { pat: break_pat, guard: None, body: ret }];
        self.alloc_expr(ExprKind::Match { scrutinee, arms }, span)
    }

    fn def_path_expr(&mut self, def: DefId, span: Span) -> ExprId {
        self.alloc_expr(ExprKind::Path(ValuePath::Resolved { res: Res::Def(def), args: Vec::new() }), span)
    }

    /// `Variant(name)` binding a fresh variable.
    fn variant_binding_pat(&mut self, variant: DefId, name: &str, span: Span) -> (PatId, BindingId) {
        let b = self.body().bindings.alloc(Binding { name: Symbol::intern(name), mutable: false, by_ref: None, span });
        let inner = self.alloc_pat(PatKind::Binding { binding: b, sub: None }, span);
        let fields = vec![FieldPat { name: FieldName::Index(0), pat: inner }];
        let pat = PatKind::Adt {
            res: Res::Variant(variant),
            args: Vec::new(),
            fields,
            rest: false,
            shape: VariantShape::Tuple,
        };
        (self.alloc_pat(pat, span), b)
    }

    /// Ranges become struct literals of the library's lang items.
    pub(crate) fn lower_range(
        &mut self,
        src: &AstSrc<'a>,
        lo: Option<ast::ExprId>,
        hi: Option<ast::ExprId>,
        inclusive: bool,
        span: Span,
    ) -> ExprId {
        let lo = lo.map(|e| self.lower_expr(src, e));
        let hi = hi.map(|e| self.lower_expr(src, e));
        let item = match (lo.is_some(), hi.is_some(), inclusive) {
            (true, true, false) => "Range",
            (true, false, false) => "RangeFrom",
            (false, true, false) => "RangeTo",
            (false, false, false) => "RangeFull",
            (true, true, true) => "RangeInclusive",
            (false, true, true) => "RangeToInclusive",
            (_, false, true) => {
                self.error(
                    Diagnostic::error("inclusive range with no end")
                        .code("E0586")
                        .primary(span, "")
                        .help("use `..` instead"),
                );
                return self.err_expr(span);
            }
        };
        let Some(def) = self.krate.lang_item(item) else {
            self.error(
                Diagnostic::error(format!("unsupported: the library has no `{item}` lang item")).primary(span, ""),
            );
            return self.err_expr(span);
        };
        let mut fields = Vec::new();
        if let Some(lo) = lo {
            fields.push(FieldInit { name: Symbol::intern("start"), expr: lo, span });
        }
        if let Some(hi) = hi {
            fields.push(FieldInit { name: Symbol::intern("end"), expr: hi, span });
        }
        if item == "RangeInclusive" {
            let f = self.alloc_expr(ExprKind::Lit(Lit::Bool(false)), span);
            fields.push(FieldInit { name: Symbol::intern("exhausted"), expr: f, span });
        }
        self.alloc_expr(ExprKind::Struct { res: Res::Def(def), args: Vec::new(), fields, base: None }, span)
    }

    /// `a = b`, or destructuring `(a, b) = (b, a)` lowered as
    /// `{ let (t0, t1) = (b, a); a = t0; b = t1; }`.
    pub(crate) fn lower_assign(&mut self, src: &AstSrc<'a>, lhs: ast::ExprId, rhs: ast::ExprId, span: Span) -> ExprId {
        if !is_destructuring(src, lhs) {
            let l = self.lower_expr(src, lhs);
            let r = self.lower_expr(src, rhs);
            return self.alloc_expr(ExprKind::Assign(l, r), span);
        }
        let r = self.lower_expr(src, rhs);
        let mut assigns = Vec::new();
        let pat = self.destructure_pat(src, lhs, &mut assigns);
        let mut stmts = vec![Stmt::Let { pat, ty: None, init: Some(r), else_block: None, span }];
        for (place, b, bspan) in assigns {
            let place = self.lower_expr(src, place);
            let value =
                self.alloc_expr(ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), args: Vec::new() }), bspan);
            let assign = self.alloc_expr(ExprKind::Assign(place, value), bspan);
            stmts.push(Stmt::Expr { expr: assign, semi: true });
        }
        self.alloc_expr(ExprKind::Block { block: Block { stmts, tail: None, is_unsafe: false }, label: None }, span)
    }

    /// The pattern of a destructuring assignment; each place gets a fresh
    /// binding, recorded in `assigns`.
    pub(crate) fn destructure_pat(
        &mut self,
        src: &AstSrc<'a>,
        e: ast::ExprId,
        assigns: &mut Vec<(ast::ExprId, BindingId, Span)>,
    ) -> PatId {
        let span = src.exprs[e].span;
        match &src.exprs[e].kind {
            A::Tuple(es) => {
                let mut pats = Vec::new();
                let mut rest = None;
                for x in es {
                    if matches!(src.exprs[*x].kind, A::Range { lo: None, hi: None, inclusive: false }) {
                        rest = Some(pats.len());
                        continue;
                    }
                    pats.push(self.destructure_pat(src, *x, assigns));
                }
                self.alloc_pat(PatKind::Tuple { pats, rest }, span)
            }
            A::Array(es) => {
                let prefix = es.iter().map(|x| self.destructure_pat(src, *x, assigns)).collect();
                self.alloc_pat(PatKind::Slice { prefix, rest: None, suffix: Vec::new() }, span)
            }
            A::Paren(x) => self.destructure_pat(src, *x, assigns),
            A::Path(p) if is_underscore(p) => self.alloc_pat(PatKind::Wild, span),
            _ => {
                let b = self.body().bindings.alloc(Binding {
                    name: Symbol::intern("lhs"),
                    mutable: false,
                    by_ref: None,
                    span,
                });
                assigns.push((e, b, span));
                self.alloc_pat(PatKind::Binding { binding: b, sub: None }, span)
            }
        }
    }
}

pub(crate) fn is_underscore(p: &ast::Path) -> bool {
    p.qself.is_none() && p.segments.len() == 1 && p.segments[0].ident.name.as_str() == "_"
}

/// Whether the left side of `=` is a destructuring pattern.
pub(crate) fn is_destructuring(src: &ast::Ast, e: ast::ExprId) -> bool {
    match &src.exprs[e].kind {
        A::Tuple(_) | A::Array(_) => true,
        A::Path(p) => is_underscore(p),
        A::Paren(x) => is_destructuring(src, *x),
        _ => false,
    }
}
