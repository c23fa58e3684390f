//! Expressions: resolution of the names they use, and desugaring of
//! `while` (into `loop` + `if` + `break`), ranges (into the library's
//! `Range*` structs), destructuring assignment (into `let` + `=`),
//! parentheses (dropped) and macro calls (expanded).

use crate::ctx::*;
use crate::expand::{Expansion, MacroRes, Position};
use crate::hir::*;
use crate::pat::PatCx;
use crate::resolve::Expect;
use crate::ty::mutability;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, ExprKind as A};
use rustc_hash::FxHashMap;

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_expr(&mut self, src: &AstSrc<'a>, id: ast::ExprId) -> ExprId {
        let e = &src.exprs[id];
        let span = e.span;
        let kind = match &e.kind {
            A::Lit(l) => match self.lower_lit(l) {
                Some(l) => ExprKind::Lit(l),
                None => ExprKind::Err,
            },
            A::Path(p) => return self.lower_value_path(src, p, span, Expect::Value),
            A::Unary(op, x) => ExprKind::Unary(*op, self.lower_expr(src, *x)),
            A::Binary(op, a, b) => {
                let a = self.lower_expr(src, *a);
                let b = self.lower_expr(src, *b);
                ExprKind::Binary(*op, a, b)
            }
            A::Assign(l, r) => return self.lower_assign(src, *l, *r, span),
            A::AssignOp(op, a, b) => {
                let a = self.lower_expr(src, *a);
                let b = self.lower_expr(src, *b);
                ExprKind::AssignOp(*op, a, b)
            }
            A::Call(f, args) => {
                let f = match &src.exprs[*f].kind {
                    A::Path(p) => self.lower_value_path(src, p, src.exprs[*f].span, Expect::Fn),
                    _ => self.lower_expr(src, *f),
                };
                ExprKind::Call(f, args.iter().map(|a| self.lower_expr(src, *a)).collect())
            }
            A::MethodCall {
                receiver,
                method,
                generic_args,
                args,
            } => {
                let receiver = self.lower_expr(src, *receiver);
                let (generic_args, _) = self.lower_generic_args(src, generic_args.as_ref());
                let args = args.iter().map(|a| self.lower_expr(src, *a)).collect();
                ExprKind::MethodCall {
                    receiver,
                    method: self.plain(method.name),
                    method_span: method.span,
                    args,
                    generic_args,
                }
            }
            A::Field(x, name, _) => {
                let x = self.lower_expr(src, *x);
                let name = match name {
                    ast::FieldName::Named(s) => FieldName::Named(self.plain(*s)),
                    ast::FieldName::Index(i) => FieldName::Index(*i),
                };
                ExprKind::Field(x, name)
            }
            A::Index(a, b) => {
                let a = self.lower_expr(src, *a);
                let b = self.lower_expr(src, *b);
                ExprKind::Index(a, b)
            }
            A::Block(b, label) => return self.lower_block_expr(src, b, *label, span),
            A::If { cond, then, else_ } => return self.lower_if(src, *cond, then, *else_, span),
            A::Let(..) => {
                self.error(
                    Diagnostic::error("expected expression, found `let` statement")
                        .primary(span, "")
                        .note(
                            "only supported directly in conditions of `if` and `while` expressions",
                        ),
                );
                ExprKind::Err
            }
            A::While { cond, body, label } => {
                return self.lower_while(src, *cond, body, *label, span)
            }
            A::Loop { body, label } => {
                let id = self.err_expr(span);
                self.body().labels.push(LabelEntry::Target {
                    label: label.map(|l| l.name),
                    expr: id,
                    is_loop: true,
                });
                let b = self.lower_block_expr(src, body, None, body.span);
                self.body().labels.pop();
                self.body().exprs[id].kind = ExprKind::Loop {
                    body: b,
                    label: label.map(|l| l.name),
                    source: LoopSource::Loop,
                };
                return id;
            }
            A::For {
                pat,
                iter,
                body,
                label,
            } => {
                let iter = self.lower_expr(src, *iter);
                let id = self.err_expr(span);
                self.ribs.push(Rib::Locals(FxHashMap::default()));
                let mut cx = PatCx::new(false);
                let pat = self.lower_pat_in(src, *pat, &mut cx);
                self.add_bindings(&cx);
                self.body().labels.push(LabelEntry::Target {
                    label: label.map(|l| l.name),
                    expr: id,
                    is_loop: true,
                });
                let b = self.lower_block_expr(src, body, None, body.span);
                self.body().labels.pop();
                self.ribs.pop();
                self.body().exprs[id].kind = ExprKind::For {
                    pat,
                    iter,
                    body: b,
                    label: label.map(|l| l.name),
                };
                return id;
            }
            A::Match { scrutinee, arms } => {
                let scrutinee = self.lower_expr(src, *scrutinee);
                let arms = arms.iter().map(|arm| self.lower_arm(src, arm)).collect();
                ExprKind::Match { scrutinee, arms }
            }
            A::Break { label, value } => {
                let target = self.find_target(*label, false, span);
                let value = value.map(|v| self.lower_expr(src, v));
                ExprKind::Break { target, value }
            }
            A::Continue { label } => ExprKind::Continue {
                target: self.find_target(*label, true, span),
            },
            A::Return(v) => ExprKind::Return(v.map(|v| self.lower_expr(src, v))),
            A::Tuple(es) => ExprKind::Tuple(es.iter().map(|x| self.lower_expr(src, *x)).collect()),
            A::Array(es) => ExprKind::Array(es.iter().map(|x| self.lower_expr(src, *x)).collect()),
            A::Repeat(v, n) => {
                let value = self.lower_expr(src, *v);
                let len = self.lower_anon_const(src, *n);
                ExprKind::Repeat { value, len }
            }
            A::Struct { path, fields, base } => {
                return self.lower_struct_expr(src, path, fields, *base, span)
            }
            A::Range { lo, hi, inclusive } => {
                return self.lower_range(src, *lo, *hi, *inclusive, span)
            }
            A::Cast(x, t) => {
                let x = self.lower_expr(src, *x);
                ExprKind::Cast(x, self.lower_ty(src, *t))
            }
            A::Ref { mutable, expr } => ExprKind::Ref {
                mutability: mutability(*mutable),
                expr: self.lower_expr(src, *expr),
            },
            A::RawRef { mutable, expr } => ExprKind::RawRef {
                mutability: mutability(*mutable),
                expr: self.lower_expr(src, *expr),
            },
            A::Closure {
                is_move,
                params,
                ret,
                body,
            } => {
                self.ribs.push(Rib::Locals(FxHashMap::default()));
                let mut cx = PatCx::new(true);
                let mut ps = Vec::new();
                for p in params {
                    let pat = self.lower_pat_in(src, p.pat, &mut cx);
                    let ty = p.ty.map(|t| self.lower_ty(src, t));
                    ps.push((pat, ty));
                }
                self.add_bindings(&cx);
                let ret = ret.map(|t| self.lower_ty(src, t));
                self.body().labels.push(LabelEntry::Closure);
                let body = self.lower_expr(src, *body);
                self.body().labels.pop();
                self.ribs.pop();
                ExprKind::Closure {
                    params: ps,
                    ret,
                    body,
                    is_move: *is_move,
                }
            }
            A::Try(x) => ExprKind::Try(self.lower_expr(src, *x)),
            A::MacCall(call) => return self.lower_macro_expr(src, call, span),
            A::Paren(x) => {
                // Like rustc, the parenthesised expression takes the span of
                // the parentheses (panic locations point at the `(`).
                let inner = self.lower_expr(src, *x);
                self.body().exprs[inner].span = span;
                return inner;
            }
            A::Err => ExprKind::Err,
        };
        self.alloc_expr(kind, span)
    }

    pub(crate) fn lower_lit(&mut self, l: &ast::Lit) -> Option<Lit> {
        let suffix = l.suffix.map(|s| (s, PrimTy::from_name(s.as_str())));
        let bad_suffix = |lw: &mut Self, what: &str| {
            let s = l.suffix.map_or(String::new(), |s| s.as_str().to_string());
            lw.error(
                Diagnostic::error(format!("invalid suffix `{s}` for {what} literal"))
                    .primary(l.span, format!("invalid suffix `{s}`")),
            );
            None
        };
        Some(match &l.kind {
            ast::LitKind::Bool(b) => Lit::Bool(*b),
            ast::LitKind::Int(v) => match suffix {
                None => Lit::Int(*v, None),
                Some((_, Some(p @ (PrimTy::F32 | PrimTy::F64)))) => {
                    Lit::Float(Symbol::intern(&v.to_string()), Some(p))
                }
                Some((_, Some(p))) if !matches!(p, PrimTy::Bool | PrimTy::Char | PrimTy::Str) => {
                    Lit::Int(*v, Some(p))
                }
                Some(_) => return bad_suffix(self, "number"),
            },
            ast::LitKind::Float(s) => match suffix {
                None => Lit::Float(*s, None),
                Some((_, Some(p @ (PrimTy::F32 | PrimTy::F64)))) => Lit::Float(*s, Some(p)),
                Some(_) => return bad_suffix(self, "float"),
            },
            ast::LitKind::Char(c) => Lit::Char(*c),
            ast::LitKind::Byte(b) => Lit::Byte(*b),
            ast::LitKind::Str(s) => Lit::Str(*s),
            ast::LitKind::ByteStr(b) => Lit::ByteStr(b.clone()),
            ast::LitKind::Err => return None,
        })
    }

    fn lower_if(
        &mut self,
        src: &AstSrc<'a>,
        cond: ast::ExprId,
        then: &ast::Block,
        else_: Option<ast::ExprId>,
        span: Span,
    ) -> ExprId {
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let cond = self.lower_cond(src, cond);
        let then = self.lower_block_expr(src, then, None, then.span);
        self.ribs.pop();
        let else_ = else_.map(|e| self.lower_expr(src, e));
        self.alloc_expr(ExprKind::If { cond, then, else_ }, span)
    }

    /// A condition: `let` is allowed, alone or in `&&` chains; its bindings
    /// go to the innermost rib (opened by the caller).
    pub(crate) fn lower_cond(&mut self, src: &AstSrc<'a>, id: ast::ExprId) -> ExprId {
        let e = &src.exprs[id];
        match &e.kind {
            A::Let(pat, init) => {
                let expr = self.lower_expr(src, *init);
                let mut cx = PatCx::new(false);
                let pat = self.lower_pat_in(src, *pat, &mut cx);
                self.add_bindings(&cx);
                self.alloc_expr(ExprKind::Let { pat, expr }, e.span)
            }
            A::Binary(ast::BinOp::And, a, b) => {
                let a = self.lower_cond(src, *a);
                let b = self.lower_cond(src, *b);
                self.alloc_expr(ExprKind::Binary(ast::BinOp::And, a, b), e.span)
            }
            _ => self.lower_expr(src, id),
        }
    }

    /// `while c { b }` is `loop { if c { b } else { break } }`.
    fn lower_while(
        &mut self,
        src: &AstSrc<'a>,
        cond: ast::ExprId,
        body: &ast::Block,
        label: Option<ast::Ident>,
        span: Span,
    ) -> ExprId {
        let id = self.err_expr(span);
        let label = label.map(|l| l.name);
        self.body().labels.push(LabelEntry::Target {
            label,
            expr: id,
            is_loop: true,
        });
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let c = self.lower_cond(src, cond);
        let then = self.lower_block_expr(src, body, None, body.span);
        self.ribs.pop();
        let cond_span = src.exprs[cond].span;
        let brk = self.alloc_expr(
            ExprKind::Break {
                target: Some(id),
                value: None,
            },
            cond_span,
        );
        let if_ = self.alloc_expr(
            ExprKind::If {
                cond: c,
                then,
                else_: Some(brk),
            },
            span,
        );
        let block = Block {
            stmts: Vec::new(),
            tail: Some(if_),
            is_unsafe: false,
        };
        let loop_body = self.alloc_expr(ExprKind::Block { block, label: None }, span);
        self.body().labels.pop();
        self.body().exprs[id].kind = ExprKind::Loop {
            body: loop_body,
            label,
            source: LoopSource::While,
        };
        id
    }

    fn lower_arm(&mut self, src: &AstSrc<'a>, arm: &ast::Arm) -> Arm {
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let mut cx = PatCx::new(false);
        let pat = self.lower_pat_in(src, arm.pat, &mut cx);
        self.add_bindings(&cx);
        let guard = arm.guard.map(|g| self.lower_cond(src, g));
        let body = self.lower_expr(src, arm.body);
        self.ribs.pop();
        Arm { pat, guard, body }
    }

    /// The loop or labelled block a `break`/`continue` leaves.
    fn find_target(
        &mut self,
        label: Option<ast::Ident>,
        is_continue: bool,
        span: Span,
    ) -> Option<ExprId> {
        let mut in_closure = false;
        for entry in self.body().labels.iter().rev() {
            match entry {
                LabelEntry::Closure => {
                    in_closure = true;
                    break;
                }
                LabelEntry::Target {
                    label: l,
                    expr,
                    is_loop,
                } => match label {
                    Some(want) if *l == Some(want.name) => {
                        if is_continue && !is_loop {
                            let name = want.name;
                            let d = Diagnostic::error("`continue` pointing to a labeled block")
                                .code("E0696")
                                .primary(span, "labeled blocks cannot be `continue`'d")
                                .note(format!("the label is `{name}`"));
                            self.error(d);
                            return None;
                        }
                        return Some(*expr);
                    }
                    None if *is_loop => return Some(*expr),
                    _ => {}
                },
            }
        }
        let kw = if is_continue { "continue" } else { "break" };
        let d = match label {
            Some(l) => Diagnostic::error(format!("use of undeclared label `{}`", l.name))
                .code("E0426")
                .primary(l.span, format!("undeclared label `{}`", l.name)),
            None if in_closure => Diagnostic::error(format!("`{kw}` inside of a closure"))
                .code("E0267")
                .primary(span, format!("cannot `{kw}` inside of a closure")),
            None if is_continue => Diagnostic::error("`continue` outside of a loop")
                .code("E0268")
                .primary(span, "cannot `continue` outside of a loop"),
            None => Diagnostic::error("`break` outside of a loop or labeled block")
                .code("E0268")
                .primary(span, "cannot `break` outside of a loop or labeled block"),
        };
        self.error(d);
        None
    }

    fn lower_struct_expr(
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
                FieldInit {
                    name: self.plain(f.name.name),
                    expr,
                    span: f.span,
                }
            })
            .collect();
        let base = base.map(|b| self.lower_expr(src, b));
        self.alloc_expr(
            ExprKind::Struct {
                res,
                args,
                fields,
                base,
            },
            span,
        )
    }

    /// The struct, union or variant a struct expression or pattern names
    /// (through `Self` and type aliases when they name one), with generic args.
    pub(crate) fn resolve_struct_path(
        &mut self,
        src: &AstSrc<'a>,
        path: &ast::Path,
    ) -> (Res, Vec<TypeRefId>) {
        let idents: Vec<ast::Ident> = path.segments.iter().map(|s| s.ident).collect();
        let Some(walk) = self.walk_path(&idents, path.global, Ns::Type, Expect::Struct, true)
        else {
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
            let ty = self.alloc_ty(
                TypeRefKind::Path {
                    res: walk.res,
                    args: Vec::new(),
                    assoc: Vec::new(),
                },
                path.span,
            );
            let res = self
                .variant_of_type(ty, self.plain(last.name), last.span)
                .unwrap_or(Res::Err);
            return (res, args);
        }
        if walk.index + 1 != idents.len() {
            let name = self.plain(idents[walk.index + 1].name);
            self.error(
                Diagnostic::error(format!(
                    "expected struct, variant or union type, found associated item `{name}`"
                ))
                .code("E0574")
                .primary(path.span, "not a struct, variant or union type"),
            );
            return (Res::Err, args);
        }
        let res = match walk.res {
            Res::SelfTy(_) => self
                .self_ty(last.span)
                .and_then(|(_, adt)| adt)
                .unwrap_or(walk.res),
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
                Diagnostic::error(format!(
                    "expected struct, variant or union type, found {descr} `{name}`"
                ))
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
            TypeRefKind::Path {
                res: r @ Res::Def(a),
                ..
            } if matches!(self.krate.defs[*a].kind, DefKind::Adt(_)) => Some(*r),
            _ => None,
        }
    }

    /// Ranges become struct literals of the library's lang items.
    fn lower_range(
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
                Diagnostic::error(format!(
                    "unsupported: the library has no `{item}` lang item"
                ))
                .primary(span, ""),
            );
            return self.err_expr(span);
        };
        let mut fields = Vec::new();
        if let Some(lo) = lo {
            fields.push(FieldInit {
                name: Symbol::intern("start"),
                expr: lo,
                span,
            });
        }
        if let Some(hi) = hi {
            fields.push(FieldInit {
                name: Symbol::intern("end"),
                expr: hi,
                span,
            });
        }
        if item == "RangeInclusive" {
            let f = self.alloc_expr(ExprKind::Lit(Lit::Bool(false)), span);
            fields.push(FieldInit {
                name: Symbol::intern("exhausted"),
                expr: f,
                span,
            });
        }
        self.alloc_expr(
            ExprKind::Struct {
                res: Res::Def(def),
                args: Vec::new(),
                fields,
                base: None,
            },
            span,
        )
    }

    /// `a = b`, or destructuring `(a, b) = (b, a)` lowered as
    /// `{ let (t0, t1) = (b, a); a = t0; b = t1; }`.
    fn lower_assign(
        &mut self,
        src: &AstSrc<'a>,
        lhs: ast::ExprId,
        rhs: ast::ExprId,
        span: Span,
    ) -> ExprId {
        if !is_destructuring(src, lhs) {
            let l = self.lower_expr(src, lhs);
            let r = self.lower_expr(src, rhs);
            return self.alloc_expr(ExprKind::Assign(l, r), span);
        }
        let r = self.lower_expr(src, rhs);
        let mut assigns = Vec::new();
        let pat = self.destructure_pat(src, lhs, &mut assigns);
        let mut stmts = vec![Stmt::Let {
            pat,
            ty: None,
            init: Some(r),
            else_block: None,
            span,
        }];
        for (place, b, bspan) in assigns {
            let place = self.lower_expr(src, place);
            let value = self.alloc_expr(
                ExprKind::Path(ValuePath::Resolved {
                    res: Res::Local(b),
                    args: Vec::new(),
                }),
                bspan,
            );
            let assign = self.alloc_expr(ExprKind::Assign(place, value), bspan);
            stmts.push(Stmt::Expr {
                expr: assign,
                semi: true,
            });
        }
        self.alloc_expr(
            ExprKind::Block {
                block: Block {
                    stmts,
                    tail: None,
                    is_unsafe: false,
                },
                label: None,
            },
            span,
        )
    }

    /// The pattern of a destructuring assignment; each place gets a fresh
    /// binding, recorded in `assigns`.
    fn destructure_pat(
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
                    if matches!(
                        src.exprs[*x].kind,
                        A::Range {
                            lo: None,
                            hi: None,
                            inclusive: false
                        }
                    ) {
                        rest = Some(pats.len());
                        continue;
                    }
                    pats.push(self.destructure_pat(src, *x, assigns));
                }
                self.alloc_pat(PatKind::Tuple { pats, rest }, span)
            }
            A::Array(es) => {
                let prefix = es
                    .iter()
                    .map(|x| self.destructure_pat(src, *x, assigns))
                    .collect();
                self.alloc_pat(
                    PatKind::Slice {
                        prefix,
                        rest: None,
                        suffix: Vec::new(),
                    },
                    span,
                )
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
                self.alloc_pat(
                    PatKind::Binding {
                        binding: b,
                        sub: None,
                    },
                    span,
                )
            }
        }
    }

    /// A macro call in expression position.
    pub(crate) fn lower_macro_expr(
        &mut self,
        src: &AstSrc<'a>,
        call: &ast::MacCall,
        span: Span,
    ) -> ExprId {
        let macros = self.cur_macros.clone();
        match self.resolve_macro(&call.path, &macros) {
            MacroRes::Rules(id) => match self.expand_rules(id, call, Position::Expr) {
                Some(Expansion::Expr(owned, e)) => self.lower_expr(&AstSrc::Owned(owned), e),
                _ => self.err_expr(span),
            },
            MacroRes::Builtin(name) => self.lower_builtin(src, name, call, span),
            MacroRes::Unknown => {
                self.unknown_macro(call);
                self.err_expr(span)
            }
        }
    }
}

fn is_underscore(p: &ast::Path) -> bool {
    p.qself.is_none() && p.segments.len() == 1 && p.segments[0].ident.name.as_str() == "_"
}

/// Whether the left side of `=` is a destructuring pattern.
fn is_destructuring(src: &ast::Ast, e: ast::ExprId) -> bool {
    match &src.exprs[e].kind {
        A::Tuple(_) | A::Array(_) => true,
        A::Path(p) => is_underscore(p),
        A::Paren(x) => is_destructuring(src, *x),
        _ => false,
    }
}
