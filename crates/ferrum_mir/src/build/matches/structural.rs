//! Structural equality for `const` items of aggregate type used as
//! patterns (`const ORIGIN: Point = ...; match p { ORIGIN => ... }`):
//! the constant is put in a temporary and compared field by field, with
//! discriminants first for enums, as a structural-match constant means.

use crate::build::Builder;
use crate::mir::{BasicBlock, BinOp, Constant, Operand, Place, PlaceElem, Rvalue, TerminatorKind};
use ferrum_span::Span;
use ferrum_ty::ty::{Ty, TyKind};

impl Builder<'_, '_> {
    /// `place == value` for a non-scalar constant, as a boolean operand.
    pub(crate) fn structural_eq_const(&mut self, place: &Place, value: Constant, span: Span) -> Operand {
        let ty = value.ty;
        let tmp = self.new_temp(ty, span);
        self.push_assign(Place::local(tmp), Rvalue::Use(Operand::Constant(Box::new(value))), span);
        let result = self.new_temp(self.tcx.bool(), span);
        let (ok, fail, join) = (self.new_block(), self.new_block(), self.new_block());
        self.structural_eq(place.clone(), Place::local(tmp), ty, ok, fail, span);
        for (block, v) in [(ok, true), (fail, false)] {
            self.cur = block;
            let c = self.bool_const(v);
            self.push_assign(Place::local(result), Rvalue::Use(c), span);
            self.goto(join, span);
        }
        self.cur = join;
        Operand::Move(Place::local(result))
    }

    /// Jumps to `ok` if `a == b` structurally, else to `fail`.
    fn structural_eq(&mut self, a: Place, b: Place, ty: Ty, ok: BasicBlock, fail: BasicBlock, span: Span) {
        match self.tcx.kind(ty) {
            TyKind::Tuple(tys) => self.fields_eq(&a, &b, &tys, ok, fail, span),
            TyKind::Array(t, n) => {
                // Constants in patterns have known lengths.
                let n = self.tcx.len_value(n).unwrap_or(0);
                let elems: Vec<(Place, Place)> = (0..n)
                    .map(|i| {
                        let e = PlaceElem::ConstantIndex { offset: i, from_end: false };
                        (a.project(e), b.project(e))
                    })
                    .collect();
                self.chain_eq(elems, t, ok, fail, span);
            }
            TyKind::Ref(t, _) if !matches!(self.tcx.kind(t), TyKind::Str) => {
                self.structural_eq(a.deref(), b.deref(), t, ok, fail, span)
            }
            TyKind::Adt(..) if self.cx.is_enum(ty) => self.enum_eq(a, b, ty, ok, fail, span),
            TyKind::Adt(..) => {
                let tys = self.cx.variant_field_tys(ty, 0).unwrap_or_default();
                self.fields_eq(&a, &b, &tys, ok, fail, span)
            }
            TyKind::Ref(..) => {
                let eq = self.str_eq_operand(Operand::Copy(a), Operand::Copy(b), span);
                self.branch(eq, ok, fail, span);
            }
            _ => {
                let eq = self.compare(BinOp::Eq, Operand::Copy(a), Operand::Copy(b), span);
                self.branch(Operand::Move(Place::local(eq)), ok, fail, span);
            }
        }
    }

    fn fields_eq(&mut self, a: &Place, b: &Place, tys: &[Ty], ok: BasicBlock, fail: BasicBlock, span: Span) {
        for (i, &t) in tys.iter().enumerate() {
            let next = self.new_block();
            self.structural_eq(a.field(i as u32, t), b.field(i as u32, t), t, next, fail, span);
            self.cur = next;
        }
        self.goto(ok, span);
    }

    fn chain_eq(&mut self, pairs: Vec<(Place, Place)>, ty: Ty, ok: BasicBlock, fail: BasicBlock, span: Span) {
        for (a, b) in pairs {
            let next = self.new_block();
            self.structural_eq(a, b, ty, next, fail, span);
            self.cur = next;
        }
        self.goto(ok, span);
    }

    /// Same discriminant, then the fields of that variant.
    fn enum_eq(&mut self, a: Place, b: Place, ty: Ty, ok: BasicBlock, fail: BasicBlock, span: Span) {
        let discr_ty = self.cx.discr_ty();
        let (da, db) = (self.new_temp(discr_ty, span), self.new_temp(discr_ty, span));
        self.push_assign(Place::local(da), Rvalue::Discriminant(a.clone()), span);
        self.push_assign(Place::local(db), Rvalue::Discriminant(b.clone()), span);
        let same = self.compare(BinOp::Eq, Operand::Copy(Place::local(da)), Operand::Copy(Place::local(db)), span);
        let by_variant = self.new_block();
        self.branch(Operand::Move(Place::local(same)), by_variant, fail, span);
        let TyKind::Adt(def, _) = self.tcx.kind(ty) else {
            return;
        };
        let bits = crate::tys::int_bits(self.tcx, discr_ty).unwrap_or(64);
        let mut targets = Vec::new();
        for (v, d) in self.cx.discriminants(def).into_iter().enumerate() {
            let block = self.new_block();
            self.cur = block;
            let tys = self.cx.variant_field_tys(ty, v as u32).unwrap_or_default();
            let (va, vb) = (a.project(PlaceElem::Downcast(v as u32)), b.project(PlaceElem::Downcast(v as u32)));
            self.fields_eq(&va, &vb, &tys, ok, fail, span);
            targets.push((crate::tys::truncate(d as u128, bits), block));
        }
        self.cur = by_variant;
        let discr = Operand::Move(Place::local(da));
        self.terminate(TerminatorKind::SwitchInt { discr, targets, otherwise: fail }, span);
    }

    /// `a == b` on two `&str` through the library.
    fn str_eq_operand(&mut self, a: Operand, b: Operand, span: Span) -> Operand {
        let t = self.new_temp(self.tcx.bool(), span);
        match self.cx.str_eq() {
            Some((eq, substs)) => {
                self.emit_call(crate::mir::Callee::Fn(eq, substs), vec![a, b], Place::local(t), false, span);
            }
            None => {
                self.error(span, "unsupported: comparing strings in a constant pattern (needs `PartialEq` for `str`)");
                let f = self.bool_const(false);
                self.push_assign(Place::local(t), Rvalue::Use(f), span);
            }
        }
        Operand::Move(Place::local(t))
    }
}
