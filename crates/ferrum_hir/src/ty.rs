//! Lowering types and trait bounds: type paths resolved in the type
//! namespace (with `T::Assoc` and `<T as Trait>::Assoc` projections),
//! references, pointers, tuples, arrays with const-body lengths, slices,
//! fn pointers, `impl Trait`, `dyn Trait`, and type-position macros.

use crate::ctx::*;
use crate::expand::{Expansion, MacroRes, Position};
use crate::hir::*;
use crate::resolve::Expect;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, GenericArg, TypeKind};

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_ty(&mut self, src: &AstSrc<'a>, id: ast::TypeId) -> TypeRefId {
        let ty = &src.types[id];
        let span = ty.span;
        let kind = match &ty.kind {
            TypeKind::Path(path) => return self.lower_type_path(src, path),
            TypeKind::Ref { mutable, ty, .. } => {
                TypeRefKind::Ref { mutability: mutability(*mutable), ty: self.lower_ty(src, *ty) }
            }
            TypeKind::RawPtr { mutable, ty } => {
                TypeRefKind::RawPtr { mutability: mutability(*mutable), ty: self.lower_ty(src, *ty) }
            }
            TypeKind::Tuple(elems) => TypeRefKind::Tuple(elems.iter().map(|t| self.lower_ty(src, *t)).collect()),
            TypeKind::Array(elem, len) => {
                let elem = self.lower_ty(src, *elem);
                let len = self.lower_anon_const(src, *len);
                TypeRefKind::Array { elem, len }
            }
            TypeKind::Slice(t) => TypeRefKind::Slice(self.lower_ty(src, *t)),
            TypeKind::Never => TypeRefKind::Never,
            TypeKind::Infer => TypeRefKind::Infer,
            TypeKind::FnPtr { params, ret, .. } => {
                let params = params.iter().map(|t| self.lower_ty(src, *t)).collect();
                let ret = match ret {
                    Some(r) => self.lower_ty(src, *r),
                    None => self.unit_ty(span),
                };
                TypeRefKind::FnPtr { params, ret }
            }
            TypeKind::ImplTrait(bounds) => TypeRefKind::ImplTrait(self.lower_bounds(src, bounds)),
            TypeKind::DynTrait(bounds) => TypeRefKind::DynTrait(self.lower_bounds(src, bounds)),
            TypeKind::MacCall(call) => return self.lower_ty_macro(call),
            TypeKind::Err => TypeRefKind::Err,
        };
        self.alloc_ty(kind, span)
    }

    pub(crate) fn unit_ty(&mut self, span: Span) -> TypeRefId {
        self.alloc_ty(TypeRefKind::Tuple(Vec::new()), span)
    }

    pub(crate) fn err_ty(&mut self, span: Span) -> TypeRefId {
        self.alloc_ty(TypeRefKind::Err, span)
    }

    fn lower_ty_macro(&mut self, call: &ast::MacCall) -> TypeRefId {
        let macros = self.cur_macros.clone();
        match self.resolve_macro(&call.path, &macros) {
            MacroRes::Rules(id) => {
                if let Some(Expansion::Ty(owned, t)) = self.expand_rules(id, call, Position::Ty) {
                    return self.lower_ty(&AstSrc::Owned(owned), t);
                }
            }
            MacroRes::Builtin(name) => {
                self.error(
                    Diagnostic::error(format!("unsupported: macro `{name}!` is not supported in type position"))
                        .primary(call.span, ""),
                );
            }
            MacroRes::Unknown => self.unknown_macro(call),
        }
        self.err_ty(call.span)
    }

    pub(crate) fn lower_type_path(&mut self, src: &AstSrc<'a>, path: &ast::Path) -> TypeRefId {
        let span = path.span;
        if let Some(q) = &path.qself {
            let mut base = self.lower_ty(src, q.ty);
            let mut trait_ = q.trait_path.as_ref().map(|p| self.lower_trait_ref(src, p));
            for seg in &path.segments {
                let name = self.plain(seg.ident.name);
                base = self.alloc_ty(TypeRefKind::Assoc { base, trait_: trait_.take(), name }, span);
            }
            return base;
        }
        let idents: Vec<ast::Ident> = path.segments.iter().map(|s| s.ident).collect();
        let Some(walk) = self.walk_path(&idents, path.global, Ns::Type, Expect::Type, true) else {
            // Still resolve the arguments, for their own errors.
            for seg in &path.segments {
                self.lower_generic_args(src, seg.args.as_ref());
            }
            return self.err_ty(span);
        };
        let seg = &path.segments[walk.index];
        if !self.check_type_res(walk.res, seg.ident) {
            return self.err_ty(span);
        }
        let (mut args, assoc) = self.lower_generic_args(src, seg.args.as_ref());
        if let (Res::Def(d), true) = (walk.res, idents.len() == 1 && self.plain(idents[0].name) == self.syms.self_upper)
        {
            // `Self` in an ADT's own definition: the ADT applied to its parameters.
            let count = self.generic_counts.get(&d).copied().unwrap_or(0);
            for index in 0..count {
                let res = Res::TyParam { owner: d, index };
                args.push(
                    self.alloc_ty(TypeRefKind::Path { res, args: Vec::new(), assoc: Vec::new() }, seg.ident.span),
                );
            }
        }
        let base_span = path.segments[0].ident.span.to(seg.ident.span);
        let mut base = self.alloc_ty(TypeRefKind::Path { res: walk.res, args, assoc }, base_span);
        for seg in &path.segments[walk.index + 1..] {
            let name = self.plain(seg.ident.name);
            base = self.alloc_ty(TypeRefKind::Assoc { base, trait_: None, name }, span);
        }
        base
    }

    /// Reports E0573 when a type path names something that is not a type.
    fn check_type_res(&mut self, res: Res, ident: ast::Ident) -> bool {
        let ok = match res {
            Res::PrimTy(_) | Res::SelfTy(_) | Res::TyParam { .. } => true,
            Res::Def(d) => matches!(self.krate.defs[d].kind, DefKind::Adt(_) | DefKind::TypeAlias { .. }),
            Res::Err => return false,
            _ => false,
        };
        if !ok {
            let name = self.plain(ident.name);
            let descr = self.res_descr(res);
            let (code, msg) = if matches!(res, Res::Def(d) if matches!(self.krate.defs[d].kind, DefKind::Trait(_))) {
                ("E0782", "expected a type, found a trait".to_string())
            } else {
                ("E0573", format!("expected type, found {descr} `{name}`"))
            };
            self.error(Diagnostic::error(msg).code(code).primary(ident.span, "not a type"));
        }
        ok
    }

    /// Generic arguments of one segment: types (lifetimes dropped, const
    /// arguments as const bodies) and `Name = Type` bindings.
    pub(crate) fn lower_generic_args(
        &mut self,
        src: &AstSrc<'a>,
        args: Option<&ast::GenericArgs>,
    ) -> (Vec<TypeRefId>, Vec<(Symbol, TypeRefId)>) {
        let mut out = Vec::new();
        let mut assoc = Vec::new();
        let Some(args) = args else {
            return (out, assoc);
        };
        for arg in &args.args {
            match arg {
                GenericArg::Type(t) => out.push(self.lower_ty(src, *t)),
                GenericArg::Lifetime(_) => {}
                GenericArg::Const(e) => {
                    let span = src.exprs[*e].span;
                    let body = self.lower_anon_const(src, *e);
                    out.push(self.alloc_ty(TypeRefKind::Const(body), span));
                }
                GenericArg::Binding(name, t) => {
                    let t = self.lower_ty(src, *t);
                    assoc.push((self.plain(name.name), t));
                }
                GenericArg::FnSugar { inputs, output } => {
                    let inputs: Vec<TypeRefId> = inputs.iter().map(|t| self.lower_ty(src, *t)).collect();
                    out.push(self.alloc_ty(TypeRefKind::Tuple(inputs), args.span));
                    let output = match output {
                        Some(o) => self.lower_ty(src, *o),
                        None => self.unit_ty(args.span),
                    };
                    assoc.push((Symbol::intern("Output"), output));
                }
            }
        }
        (out, assoc)
    }

    pub(crate) fn lower_bounds(&mut self, src: &AstSrc<'a>, bounds: &[ast::Bound]) -> Vec<TraitBound> {
        bounds.iter().filter_map(|b| self.lower_bound(src, b)).collect()
    }

    /// A trait bound; `None` for lifetime bounds.
    pub(crate) fn lower_bound(&mut self, src: &AstSrc<'a>, b: &ast::Bound) -> Option<TraitBound> {
        match b {
            ast::Bound::Lifetime(_) => None,
            ast::Bound::Trait { path, maybe } => {
                let mut tb = self.lower_trait_ref(src, path);
                tb.maybe = *maybe;
                Some(tb)
            }
        }
    }

    /// A path naming a trait, with its generic arguments.
    pub(crate) fn lower_trait_ref(&mut self, src: &AstSrc<'a>, path: &ast::Path) -> TraitBound {
        let idents: Vec<ast::Ident> = path.segments.iter().map(|s| s.ident).collect();
        let mut res = match self.walk_path(&idents, path.global, Ns::Type, Expect::Trait, true) {
            Some(w) if w.index + 1 == idents.len() => w.res,
            Some(_) => {
                let last = *idents.last().expect("walk_path succeeded on a non-empty path");
                let name = self.plain(last.name);
                self.error(
                    Diagnostic::error(format!("cannot find trait `{name}`"))
                        .code("E0405")
                        .primary(last.span, "not found"),
                );
                Res::Err
            }
            None => Res::Err,
        };
        if let Res::Def(d) = res {
            if !matches!(self.krate.defs[d].kind, DefKind::Trait(_)) {
                let last = *idents.last().expect("non-empty path");
                let name = self.plain(last.name);
                let descr = self.res_descr(res);
                self.error(
                    Diagnostic::error(format!("expected trait, found {descr} `{name}`"))
                        .code("E0404")
                        .primary(last.span, "not a trait"),
                );
                res = Res::Err;
            }
        } else if res != Res::Err {
            let last = *idents.last().expect("non-empty path");
            let name = self.plain(last.name);
            let descr = self.res_descr(res);
            self.error(
                Diagnostic::error(format!("expected trait, found {descr} `{name}`"))
                    .code("E0404")
                    .primary(last.span, "not a trait"),
            );
            res = Res::Err;
        }
        let (args, assoc) = self.lower_generic_args(src, path.segments.last().and_then(|s| s.args.as_ref()));
        TraitBound { trait_: res, args, assoc, maybe: false, span: path.span }
    }

    /// An anonymous constant (array length, const generic argument): a
    /// body of its own where the enclosing function's locals are not visible.
    pub(crate) fn lower_anon_const(&mut self, src: &AstSrc<'a>, e: ast::ExprId) -> BodyId {
        let owner = self.owner;
        self.push_body(owner);
        self.ribs.push(Rib::ConstBoundary);
        let value = self.lower_expr(src, e);
        self.ribs.pop();
        self.finish_body(Vec::new(), value)
    }
}

pub(crate) fn mutability(mutable: bool) -> Mutability {
    if mutable {
        Mutability::Mut
    } else {
        Mutability::Not
    }
}
