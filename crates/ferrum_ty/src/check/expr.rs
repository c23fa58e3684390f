//! Expression checking: the dispatcher and the simple expression kinds.

use super::FnCtxt;
use crate::ty::{InferKind, Ty, TyKind};
use crate::{Adjust, ValueRes};
use ferrum_hir::hir::{ExprId, ExprKind, FieldName, Lit, Mutability, UnOp};
use ferrum_span::Diagnostic;

impl FnCtxt<'_> {
    pub fn check_expr(&mut self, expr: ExprId, expected: Option<Ty>) -> Ty {
        let ty = self.check_expr_kind(expr, expected);
        self.write_expr_ty(expr, ty);
        if matches!(self.kind(ty), TyKind::Never) {
            self.diverges = true;
        }
        ty
    }

    /// Checks `expr` and coerces it to `target` (a coercion site).
    pub fn check_expr_coercible(&mut self, expr: ExprId, target: Ty, span: ferrum_span::Span) -> Ty {
        let ty = self.check_expr(expr, Some(target));
        let _ = span;
        self.coerce(expr, ty, target);
        target
    }

    fn check_expr_kind(&mut self, expr: ExprId, expected: Option<Ty>) -> Ty {
        let tcx = self.tcx;
        let body = self.body;
        match &body.exprs[expr].kind {
            ExprKind::Lit(lit) => self.check_lit(lit, expected),
            ExprKind::Path(path) => self.check_value_path(expr, path),
            ExprKind::Unary(op, operand) => self.check_unary(expr, *op, *operand, expected),
            ExprKind::Binary(op, l, r) => self.check_binary(expr, *op, *l, *r, expected),
            ExprKind::Assign(l, r) => {
                self.check_assignee(*l);
                self.assigned_place = Some(*l);
                let lhs = self.check_expr(*l, None);
                self.check_expr_coercible(*r, lhs, self.span(*r));
                self.defer_place_check(*l, super::place::PlaceUse::Assign);
                tcx.unit()
            }
            ExprKind::AssignOp(op, l, r) => {
                self.check_assignee(*l);
                self.check_assign_op(expr, *op, *l, *r);
                self.defer_place_check(*l, super::place::PlaceUse::Assign);
                tcx.unit()
            }
            ExprKind::Call(callee, args) => self.check_call(expr, *callee, args, expected),
            ExprKind::MethodCall { receiver, method, method_span, args, generic_args, .. } => {
                let call = super::method::MethodCall { receiver: *receiver, name: *method, name_span: *method_span };
                self.check_method_call(expr, call, args, generic_args, expected)
            }
            ExprKind::Field(base, name) => self.check_field(expr, *base, *name),
            ExprKind::Index(base, index) => self.check_index(expr, *base, *index),
            ExprKind::Block { block, label } => self.check_block_expr(expr, block, label.is_some(), expected),
            ExprKind::If { cond, then, else_ } => self.check_if(*cond, *then, *else_, expected),
            ExprKind::Let { pat, expr: scrutinee } => {
                let ty = self.check_expr(*scrutinee, None);
                self.check_pat_top(*pat, ty, true);
                tcx.bool()
            }
            ExprKind::Loop { body: loop_body, source, .. } => self.check_loop(expr, *loop_body, *source),
            ExprKind::For { pat, iter, body: loop_body, .. } => self.check_for(expr, *pat, *iter, *loop_body),
            ExprKind::Match { scrutinee, arms } => self.check_match(*scrutinee, arms, expected),
            ExprKind::Break { target, value } => self.check_break(expr, *target, *value),
            ExprKind::Continue { .. } => tcx.never(),
            ExprKind::Return(value) => {
                let ret = self.ret_ty;
                match value {
                    Some(v) => {
                        self.check_expr_coercible(*v, ret, self.span(*v));
                    }
                    None => {
                        let unit = tcx.unit();
                        self.demand_eq(self.span(expr), ret, unit);
                    }
                }
                tcx.never()
            }
            ExprKind::Tuple(elems) => self.check_tuple(elems, expected),
            ExprKind::Array(elems) => self.check_array(elems, expected),
            ExprKind::Repeat { value, len } => {
                let elem_expected = expected.and_then(|e| match self.kind(e) {
                    TyKind::Array(t, _) => Some(t),
                    _ => None,
                });
                let elem = self.check_expr(*value, elem_expected);
                let len = self.lower_const(*len);
                tcx.intern(TyKind::Array(elem, len))
            }
            ExprKind::Struct { res, args, fields, base } => self.check_struct_lit(expr, *res, args, fields, *base),
            ExprKind::Cast(operand, ty) => {
                let target = self.lower_ty(*ty);
                // `Box::new(f) as Box<dyn Fn(i32)>` guides the operand (a
                // coercion cast); numeric targets don't (`-1 as u32`).
                let hint = Some(target).filter(|&t| matches!(self.kind(t), TyKind::Adt(..) | TyKind::Ref(..)));
                let source = self.check_expr(*operand, hint);
                self.deferred_casts.push((expr, source, target));
                target
            }
            ExprKind::Ref { mutability, expr: inner } => {
                let inner_expected = expected.and_then(|e| match self.kind(e) {
                    TyKind::Ref(t, _) => Some(t),
                    _ => None,
                });
                // An unsized expectation (`&[T]`) only guides array literals,
                // as rustc's `ExpectRvalueLikeUnsized`: anything else is
                // checked on its own and coerced afterwards.
                let is_array = matches!(self.body.exprs[*inner].kind, ExprKind::Array(_) | ExprKind::Repeat { .. });
                let inner_expected =
                    inner_expected.filter(|&t| is_array || !matches!(self.kind(t), TyKind::Slice(_) | TyKind::Str));
                let ty = self.check_expr(*inner, inner_expected);
                if *mutability == Mutability::Mut {
                    self.defer_place_check(*inner, super::place::PlaceUse::BorrowMut);
                }
                tcx.mk_ref(ty, *mutability)
            }
            ExprKind::RawRef { mutability, expr: inner } => {
                let ty = self.check_expr(*inner, None);
                tcx.mk_ptr(ty, *mutability)
            }
            ExprKind::Closure { params, ret, body: closure_body, .. } => {
                self.check_closure(expr, params, *ret, *closure_body, expected)
            }
            ExprKind::Try(_) => self.unsupported(expr, "the `?` operator"),
            ExprKind::Err => tcx.error(),
        }
    }

    /// The left side of an assignment must be a place (E0070).
    fn check_assignee(&mut self, lhs: ExprId) {
        use ferrum_hir::hir::{DefKind, Res, ValuePath};
        let is_place = match &self.body.exprs[lhs].kind {
            ExprKind::Path(ValuePath::Resolved { res: Res::Local(_), .. }) => true,
            ExprKind::Path(ValuePath::Resolved { res: Res::Def(d), .. }) => {
                matches!(self.krate.defs[*d].kind, DefKind::Static { .. })
            }
            ExprKind::Field(..) | ExprKind::Index(..) | ExprKind::Unary(UnOp::Deref, _) | ExprKind::Err => true,
            _ => false,
        };
        if !is_place {
            self.error(
                Diagnostic::error("invalid left-hand side of assignment")
                    .code("E0070")
                    .primary(self.span(lhs), "cannot assign to this expression"),
            );
        }
    }

    pub fn unsupported(&mut self, expr: ExprId, what: &str) -> Ty {
        self.error(
            Diagnostic::error(format!("unsupported: {what} are not supported by ferrum yet"))
                .primary(self.span(expr), "not supported yet"),
        );
        self.tcx.error()
    }

    fn check_lit(&mut self, lit: &Lit, expected: Option<Ty>) -> Ty {
        let tcx = self.tcx;
        match lit {
            Lit::Bool(_) => tcx.bool(),
            Lit::Char(_) => tcx.char(),
            Lit::Byte(_) => tcx.u8(),
            Lit::Str(_) => tcx.static_str(),
            Lit::ByteStr(bytes) => {
                let arr = tcx.mk_array(tcx.u8(), bytes.len() as u64);
                tcx.mk_ref(arr, Mutability::Not)
            }
            Lit::Int(_, Some(prim)) | Lit::Float(_, Some(prim)) => crate::lower_ty::prim_ty(tcx, *prim),
            Lit::Int(..) => match expected.map(|e| self.kind(e)) {
                Some(TyKind::Int(_) | TyKind::Uint(_)) => self.shallow(expected.unwrap()),
                _ => self.infcx.new_var(InferKind::Int),
            },
            Lit::Float(..) => match expected.map(|e| self.kind(e)) {
                Some(TyKind::Float(_)) => self.shallow(expected.unwrap()),
                _ => self.infcx.new_var(InferKind::Float),
            },
        }
    }

    fn check_unary(&mut self, expr: ExprId, op: UnOp, operand: ExprId, expected: Option<Ty>) -> Ty {
        let tcx = self.tcx;
        match op {
            UnOp::Deref => {
                let ty = self.check_expr(operand, None);
                match self.kind(ty) {
                    TyKind::Ref(t, _) => t,
                    TyKind::RawPtr(t, _) => {
                        self.require_unsafe(self.span(expr), super::UnsafeOp::RawDeref);
                        t
                    }
                    TyKind::Error => tcx.error(),
                    // `*b` of a `Box` is a built-in place (it can be moved out of).
                    TyKind::Adt(def, substs)
                        if Some(def) == self.krate.lang_item("owned_box") && !substs.is_empty() =>
                    {
                        substs[0]
                    }
                    _ => {
                        if let Some(target) = self.check_overloaded_deref(expr, ty) {
                            return target;
                        }
                        let t = self.ty_str(ty);
                        self.error(
                            Diagnostic::error(format!("type `{t}` cannot be dereferenced"))
                                .code("E0614")
                                .primary(self.span(expr), ""),
                        );
                        tcx.error()
                    }
                }
            }
            UnOp::Not => {
                let ty = self.check_expr(operand, expected);
                match self.kind(ty) {
                    TyKind::Bool | TyKind::Int(_) | TyKind::Uint(_) | TyKind::Error => ty,
                    TyKind::Infer(_, InferKind::Int) => ty,
                    _ => self.overloaded_unary(expr, "not", ty).unwrap_or_else(|| self.bad_unary(expr, "!", ty)),
                }
            }
            UnOp::Neg => {
                let ty = self.check_expr(operand, expected);
                match self.kind(ty) {
                    TyKind::Int(_) | TyKind::Float(_) | TyKind::Error => ty,
                    TyKind::Infer(_, InferKind::Int | InferKind::Float) => ty,
                    _ => self.overloaded_unary(expr, "neg", ty).unwrap_or_else(|| self.bad_unary(expr, "-", ty)),
                }
            }
        }
    }

    /// `-x` / `!x` on a type that isn't a primitive: a call of `Neg::neg`
    /// or `Not::not` (lang item and method share the name), if implemented.
    fn overloaded_unary(&mut self, expr: ExprId, name: &str, ty: Ty) -> Option<Ty> {
        let trait_ = self.krate.lang_item(name)?;
        let method_def = crate::impls::assoc_item(self.krate, trait_, ferrum_span::Symbol::intern(name))?;
        let goal = crate::items::TraitRef { trait_, substs: vec![ty].into() };
        self.overloaded_op_call(expr, goal, method_def)
    }

    fn bad_unary(&mut self, expr: ExprId, op: &str, ty: Ty) -> Ty {
        let t = self.ty_str(ty);
        self.error(
            Diagnostic::error(format!("cannot apply unary operator `{op}` to type `{t}`"))
                .code("E0600")
                .primary(self.span(expr), format!("cannot apply unary operator `{op}`")),
        );
        self.tcx.error()
    }

    fn check_tuple(&mut self, elems: &[ExprId], expected: Option<Ty>) -> Ty {
        let expected_elems = expected.and_then(|e| match self.kind(e) {
            TyKind::Tuple(tys) if tys.len() == elems.len() => Some(tys),
            _ => None,
        });
        let tys = elems
            .iter()
            .enumerate()
            .map(|(i, &e)| match &expected_elems {
                Some(tys) => self.check_expr_coercible(e, tys[i], self.span(e)),
                None => self.check_expr(e, None),
            })
            .collect();
        self.tcx.mk_tuple(tys)
    }

    fn check_array(&mut self, elems: &[ExprId], expected: Option<Ty>) -> Ty {
        let elem_expected = expected.and_then(|e| match self.kind(e) {
            TyKind::Array(t, _) | TyKind::Slice(t) => Some(t),
            _ => None,
        });
        let elem = match elem_expected {
            Some(t) => t,
            None => match elems.first() {
                Some(&first) => {
                    let mut t = self.check_expr(first, None);
                    for (i, &e) in elems.iter().enumerate().skip(1) {
                        let et = self.check_expr(e, Some(t));
                        // `[double, |x| x + 1]`: both become `fn` pointers.
                        if let Some(ptr) = self.fn_pointer_lub(t, et) {
                            for &prev in &elems[..i] {
                                let prev_ty = self.expr_ty(prev);
                                self.coerce(prev, prev_ty, ptr);
                            }
                            t = ptr;
                        }
                        self.coerce(e, et, t);
                    }
                    return self.tcx.mk_array(t, elems.len() as u64);
                }
                None => self.new_var(),
            },
        };
        for &e in elems {
            self.check_expr_coercible(e, elem, self.span(e));
        }
        self.tcx.mk_array(elem, elems.len() as u64)
    }

    /// Autoderefs `ty` through references, recording one `Deref` per step on
    /// `base`, until `found` accepts a type.
    pub fn autoderef_until<R>(
        &mut self,
        base: ExprId,
        ty: Ty,
        mut found: impl FnMut(&mut Self, Ty) -> Option<R>,
    ) -> Option<R> {
        let mut current = self.shallow(ty);
        let mut adjusts = Vec::new();
        let span = self.span(base);
        for _ in 0..16 {
            if let Some(r) = found(self, current) {
                if !adjusts.is_empty() {
                    self.results.adjustments.entry(base).or_default().extend(adjusts);
                }
                return Some(r);
            }
            let (adjust, next) = self.autoderef_step(current, span)?;
            adjusts.push(adjust);
            current = next;
        }
        None
    }

    fn check_field(&mut self, expr: ExprId, base: ExprId, name: FieldName) -> Ty {
        let base_ty = self.check_expr(base, None);
        if matches!(self.kind(base_ty), TyKind::Error) {
            return self.tcx.error();
        }
        let found =
            self.autoderef_until(base, base_ty, |this, ty| this.field_of(ty, name).map(|(i, fty)| (i, fty, ty)));
        match found {
            Some((index, ty, owner_ty)) => {
                self.results.field_indices.insert(expr, index);
                self.check_field_visible(expr, owner_ty, index);
                if self.is_union(owner_ty) && self.assigned_place != Some(expr) {
                    self.require_unsafe(self.span(expr), super::UnsafeOp::UnionField);
                }
                ty
            }
            None => {
                let t = self.ty_str(base_ty);
                let shown = match name {
                    FieldName::Named(s) => s.to_string(),
                    FieldName::Index(i) => i.to_string(),
                };
                let diag = if self.infcx.is_unresolved_var(base_ty) {
                    Diagnostic::error("type annotations needed")
                        .code("E0282")
                        .primary(self.span(base), "type must be known at this point")
                } else {
                    Diagnostic::error(format!("no field `{shown}` on type `{t}`"))
                        .code("E0609")
                        .primary(self.span(expr), "unknown field")
                };
                self.error(diag);
                self.tcx.error()
            }
        }
    }

    pub(super) fn is_union(&self, ty: Ty) -> bool {
        matches!(self.kind(ty), TyKind::Adt(def, _) if self.items.adts.get(&def).is_some_and(|a| a.kind == ferrum_hir::hir::AdtKind::Union))
    }

    /// Private fields are visible only inside their struct's module (E0616).
    fn check_field_visible(&mut self, expr: ExprId, owner_ty: crate::ty::Ty, index: u32) {
        let TyKind::Adt(adt, _) = self.kind(owner_ty) else { return };
        let ferrum_hir::hir::DefKind::Adt(def) = &self.krate.defs[adt].kind else { return };
        let Some(field) = def.variants.first().and_then(|v| v.fields.get(index as usize)) else { return };
        if let ferrum_hir::hir::Visibility::Restricted(module) = field.vis {
            if !crate::privacy::is_accessible_from(self.krate, module, self.owner) {
                let struct_name = self.krate.defs[adt].name;
                self.error(
                    Diagnostic::error(format!("field `{}` of struct `{struct_name}` is private", field.name))
                        .code("E0616")
                        .primary(self.span(expr), "private field"),
                );
            }
        }
    }

    /// The index and type of field `name` of `ty`, if it is a struct or tuple with it.
    fn field_of(&mut self, ty: Ty, name: FieldName) -> Option<(u32, Ty)> {
        match (self.kind(ty), name) {
            (TyKind::Tuple(tys), FieldName::Index(i)) => tys.get(i as usize).map(|&t| (i, t)),
            (TyKind::Adt(def, substs), _) => {
                let adt = self.items.adts.get(&def)?;
                if adt.is_enum() {
                    return None;
                }
                let variant = &adt.variants[0];
                let wanted = match name {
                    FieldName::Named(s) => s,
                    FieldName::Index(i) => ferrum_span::Symbol::intern(&i.to_string()),
                };
                let index = variant.fields.iter().position(|f| f.name == wanted)?;
                let field_ty = self.tcx.subst(variant.fields[index].ty, &substs);
                Some((index as u32, self.normalize(field_ty, ferrum_span::Span::default())))
            }
            _ => None,
        }
    }

    fn check_index(&mut self, expr: ExprId, base: ExprId, index: ExprId) -> Ty {
        let base_ty = self.check_expr(base, None);
        let index_ty = self.check_expr(index, None);
        let range_method = self.range_index_method(index_ty);
        let elem = self.autoderef_until(base, base_ty, |this, ty| match this.kind(ty) {
            TyKind::Array(t, _) => Some(Ok((t, true))),
            TyKind::Slice(t) => Some(Ok((t, false))),
            TyKind::Adt(..) | TyKind::Str => this.overloaded_index(expr, ty, index_ty).map(Err),
            _ => None,
        });
        let elem = match elem {
            Some(Err(output)) => return output,
            Some(Ok(found)) => Some(found),
            None => None,
        };
        match elem {
            Some((elem, is_array)) if range_method.is_some() => {
                let slice = self.tcx.intern(TyKind::Slice(elem));
                if is_array {
                    // View the array as a slice place: `*(&base as &[T])`.
                    let slice_ref = self.tcx.mk_ref(slice, Mutability::Not);
                    let adjusts = self.results.adjustments.entry(base).or_default();
                    adjusts.extend([Adjust::Borrow(Mutability::Not), Adjust::Unsize(slice_ref), Adjust::Deref]);
                }
                let name = range_method.unwrap();
                match self.slice_method(name) {
                    Some(method) => {
                        self.results.value_res.insert(expr, ValueRes::Fn(method, vec![elem].into()));
                    }
                    None => {
                        self.error(
                            Diagnostic::error(format!("the library has no `[T]::{name}` for range indexing"))
                                .primary(self.span(expr), ""),
                        );
                    }
                }
                slice
            }
            Some((elem, _)) => {
                let usize = self.tcx.usize();
                if self.infcx.unify(usize, index_ty).is_err() {
                    let slice = self.tcx.intern(TyKind::Slice(elem));
                    self.not_indexable_by(
                        slice,
                        index,
                        index_ty,
                        "slice indices are of type `usize` or ranges of `usize`",
                    );
                }
                elem
            }
            None if matches!(self.kind(base_ty), TyKind::Error) => self.tcx.error(),
            None if self.is_string_like(base_ty, self.span(base)) => {
                let str_ty = self.tcx.str();
                self.not_indexable_by(str_ty, index, index_ty, "string indices are ranges of `usize`");
                self.tcx.error()
            }
            None => {
                let t = self.ty_str(base_ty);
                self.error(
                    Diagnostic::error(format!("cannot index into a value of type `{t}`"))
                        .code("E0608")
                        .primary(self.span(expr), ""),
                );
                self.tcx.error()
            }
        }
    }

    /// E0277 for indexing a slice or `str` by a type that is no
    /// `SliceIndex` of it, in rustc's words.
    fn not_indexable_by(&mut self, target: Ty, index: ExprId, index_ty: Ty, label: &str) {
        let (t, i) = (self.ty_str(target), self.ty_str(index_ty));
        self.error(
            Diagnostic::error(format!("the type `{t}` cannot be indexed by `{i}`"))
                .code("E0277")
                .primary(self.span(index), label)
                .help(format!("the trait `SliceIndex<{t}>` is not implemented for `{i}`")),
        );
    }

    /// Whether `ty` dereferences to `str` (`&str`, `String`).
    fn is_string_like(&mut self, ty: Ty, span: ferrum_span::Span) -> bool {
        self.autoderef_steps(ty, span).iter().any(|(t, _)| matches!(self.kind(*t), TyKind::Str))
    }

    /// The library method of `[T]` that indexes by this range type
    /// (`index_range`, `index_range_from`, ...), if `ty` is a range.
    fn range_index_method(&mut self, ty: Ty) -> Option<&'static str> {
        let TyKind::Adt(def, _) = self.kind(ty) else { return None };
        const METHODS: [(&str, &str); 6] = [
            ("Range", "index_range"),
            ("RangeInclusive", "index_range_inclusive"),
            ("RangeFrom", "index_range_from"),
            ("RangeTo", "index_range_to"),
            ("RangeToInclusive", "index_range_to_inclusive"),
            ("RangeFull", "index_range_full"),
        ];
        let method = METHODS.iter().find(|(lang, _)| self.krate.lang_item(lang) == Some(def))?.1;
        self.is_range_ty(ty);
        Some(method)
    }

    /// The inherent method `name` of `[T]` in the library.
    pub(super) fn slice_method(&self, name: &str) -> Option<ferrum_hir::hir::DefId> {
        let name = ferrum_span::Symbol::intern(name);
        self.impls
            .inherent_impls(crate::impls::SimplifiedTy::Slice)
            .iter()
            .find_map(|&imp| crate::impls::assoc_item(self.krate, imp, name))
    }

    /// Whether `ty` is one of the library's range structs over `usize`
    /// (unifying its element type with `usize`).
    pub fn is_range_ty(&mut self, ty: Ty) -> bool {
        let TyKind::Adt(def, substs) = self.kind(ty) else { return false };
        let is_range = ["Range", "RangeInclusive", "RangeFrom", "RangeTo", "RangeToInclusive", "RangeFull"]
            .iter()
            .any(|name| self.krate.lang_item(name) == Some(def));
        if is_range {
            let usize = self.tcx.usize();
            for &s in substs.iter() {
                let _ = self.infcx.unify(s, usize);
            }
        }
        is_range
    }
}
