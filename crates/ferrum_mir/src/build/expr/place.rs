//! Place expressions: locals, statics, fields, indexing with bounds
//! checks, and dereferences.

use super::{Category, ExprRef};
use crate::build::Builder;
use crate::mir::{AssertMessage, BinOp, ConstKind, Constant, Operand, Place, PlaceElem, Rvalue, TerminatorKind};
use ferrum_hir::hir::{BindingId, DefId, DefKind, ExprId, ExprKind, Mutability, Res, UnOp, ValuePath};
use ferrum_span::Span;
use ferrum_ty::ty::{Ty, TyKind};
use ferrum_ty::{Adjust, ValueRes};

impl Builder<'_, '_> {
    /// The place `e` denotes; non-place expressions are evaluated into a
    /// temporary first.
    pub(crate) fn as_place(&mut self, e: ExprRef) -> Place {
        match self.category(e) {
            Category::Place => self.place_of(e),
            _ => Place::local(self.as_temp(e)),
        }
    }

    fn place_of(&mut self, e: ExprRef) -> Place {
        if let Some(Adjust::OverloadedDeref { mutbl, target }) = self.outer_adjust(e) {
            return self.overloaded_deref_place(e, mutbl, target);
        }
        if self.outer_adjust(e).is_some() {
            // The other place adjustment is a builtin deref.
            let inner = self.inner(e);
            let base = self.as_place(inner);
            return self.deref_place(base);
        }
        let id = e.id;
        match self.kind(id) {
            ExprKind::Path(_) => self.path_place(id),
            ExprKind::Field(base, _) => {
                let base = self.full(*base);
                let base = self.as_place(base);
                let Some(&index) = self.res.field_indices.get(id) else {
                    return self.error_place(id, "field access without a resolved field");
                };
                base.field(index, self.expr_ty(id))
            }
            ExprKind::Index(base, index) => self.index_place(id, *base, *index),
            ExprKind::Unary(UnOp::Deref, inner) => {
                if self.is_overloaded(id) {
                    return self.overloaded_place(id);
                }
                let inner = self.full(*inner);
                let base = self.as_place(inner);
                self.deref_place(base)
            }
            _ => self.error_place(id, "not a place expression"),
        }
    }

    /// `*place` for references and raw pointers; for a `Box`, the
    /// dereference goes through its pointer field (`(*(b.0))`), so no
    /// backend needs to know the library's `Box`.
    pub(crate) fn deref_place(&self, place: Place) -> Place {
        let mut place = place;
        let mut ty = self.place_ty(&place);
        if self.cx.is_box(ty) {
            for _ in 0..8 {
                match self.tcx.kind(ty) {
                    TyKind::Adt(..) => {
                        let Some(&first) = self.cx.variant_field_tys(ty, 0).and_then(|f| f.first().copied()).as_ref()
                        else {
                            break;
                        };
                        place = place.field(0, first);
                        ty = first;
                    }
                    _ => break,
                }
            }
        }
        place.deref()
    }

    /// Reports an internal inconsistency and returns a dummy place.
    fn error_place(&mut self, id: ExprId, what: &str) -> Place {
        let span = self.espan(id);
        self.error(span, format!("internal compiler error: {what}"));
        let ty = self.expr_ty(id);
        Place::local(self.new_temp(ty, span))
    }

    fn path_place(&mut self, id: ExprId) -> Place {
        match self.value_res(id).cloned() {
            Some(ValueRes::Local(b)) => self.local_place(b, id),
            Some(ValueRes::Static(def)) => self.static_place(def, self.espan(id)),
            _ => match self.kind(id) {
                ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), .. }) => self.local_place(*b, id),
                _ => self.error_place(id, "path is not a place"),
            },
        }
    }

    pub(crate) fn local_place(&mut self, binding: BindingId, id: ExprId) -> Place {
        if let Some(place) = self.guard_refs.get(&binding) {
            return place.clone();
        }
        if let Some(place) = self.upvars.get(&binding) {
            return place.clone();
        }
        match self.vars.get(&binding) {
            Some(&local) => Place::local(local),
            None => self.error_place(id, "use of an undeclared binding"),
        }
    }

    /// `(*_t)` where `_t` holds the static's address.
    pub(crate) fn static_place(&mut self, def: DefId, span: Span) -> Place {
        let program = self.cx.program;
        let ty = program.items.value_tys.get(&def).copied().unwrap_or_else(|| self.tcx.error());
        let mutable = matches!(program.krate.defs[def].kind, DefKind::Static { mutable: true, .. });
        let ptr_ty = if mutable { self.tcx.mk_ptr(ty, Mutability::Mut) } else { self.tcx.mk_ref(ty, Mutability::Not) };
        let t = self.new_temp(ptr_ty, span);
        let addr = Operand::Constant(Box::new(Constant { ty: ptr_ty, kind: ConstKind::StaticAddr(def) }));
        self.push_assign(Place::local(t), Rvalue::Use(addr), span);
        Place::local(t).deref()
    }

    /// `base[index]` on an array or slice, with the bounds check.
    fn index_place(&mut self, id: ExprId, base: ExprId, index: ExprId) -> Place {
        if self.is_overloaded(id) {
            return self.overloaded_place(id);
        }
        let span = self.espan(id);
        let base = self.full(base);
        let base_place = self.as_place(base);
        let index = self.full(index);
        if !self.tcx.is_integral(self.ety(index)) {
            self.unsupported(span, "indexing by a range (needs the library's `Index` impls)");
            let ty = self.expr_ty(id);
            return Place::local(self.new_temp(ty, span));
        }
        let usize = self.tcx.usize();
        let i = self.temp(usize, span);
        self.expr_into(Place::local(i), index);
        let base_ty = crate::place_ty::place_ty(self.cx, &self.locals, &base_place);
        let len = self.len_operand(&base_place, base_ty, span);
        self.bounds_check(i, len, span);
        base_place.project(PlaceElem::Index(i))
    }

    /// The length of an array (a constant) or slice place.
    pub(crate) fn len_operand(&mut self, place: &Place, ty: Ty, span: Span) -> Operand {
        if let Some(n) = self.tcx.with_kind(ty, |k| match *k {
            TyKind::Array(_, n) => self.tcx.len_value(n),
            _ => None,
        }) {
            return self.usize_const(n as u128);
        }
        let usize = self.tcx.usize();
        let len = self.temp(usize, span);
        self.push_assign(Place::local(len), Rvalue::Len(place.clone()), span);
        Operand::Copy(Place::local(len))
    }

    /// `assert(Lt(i, len), "index out of bounds ...")`.
    fn bounds_check(&mut self, i: crate::mir::Local, len: Operand, span: Span) {
        let bool_ty = self.tcx.bool();
        let ok = self.temp(bool_ty, span);
        let idx = Operand::Copy(Place::local(i));
        self.push_assign(Place::local(ok), Rvalue::BinaryOp(BinOp::Lt, idx.clone(), len.clone()), span);
        let next = self.new_block();
        let msg = AssertMessage::BoundsCheck { len, index: idx };
        let cond = Operand::Move(Place::local(ok));
        self.terminate(TerminatorKind::Assert { cond, expected: true, msg, target: next }, span);
        self.cur = next;
    }
}
