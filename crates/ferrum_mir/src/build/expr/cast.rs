//! `as` casts: the right [`CastKind`] for each pair of types; enum-to-int
//! casts read the discriminant first.

use super::ExprRef;
use crate::build::Builder;
use crate::mir::{CastKind, Operand, Place, Rvalue};
use ferrum_span::Span;
use ferrum_ty::ty::{Ty, TyKind};

impl Builder<'_, '_> {
    pub(crate) fn cast_rvalue(&mut self, e: ExprRef, target: Ty, span: Span) -> Rvalue {
        let source = self.ety(e);
        let target = self.cx.resolved(target);
        if source == target {
            return Rvalue::Use(self.as_operand(e));
        }
        if self.cx.is_enum(source) {
            let place = self.as_place(e);
            let d = self.new_temp(self.cx.discr_ty(), span);
            self.push_assign(Place::local(d), Rvalue::Discriminant(place), span);
            return Rvalue::Cast(CastKind::IntToInt, Operand::Move(Place::local(d)), target);
        }
        let (sk, tk) = (self.tcx.kind(source), self.tcx.kind(target));
        let op = self.as_operand(e);
        if let (TyKind::FnDef(..), TyKind::RawPtr(..) | TyKind::Int(_) | TyKind::Uint(_)) = (&sk, &tk) {
            return self.fn_item_cast(op, source, target, span);
        }
        match cast_kind(&sk, &tk, self.is_array_to_slice(&sk, &tk)) {
            Some(kind) => Rvalue::Cast(kind, op, target),
            None if matches!(sk, TyKind::Error | TyKind::Never) || matches!(tk, TyKind::Error) => Rvalue::Use(op),
            None => {
                let (s, t) = (self.ty_str(source), self.ty_str(target));
                self.unsupported(span, &format!("cast from `{s}` to `{t}`"));
                Rvalue::Use(op)
            }
        }
    }

    /// `f as *const ()` / `f as usize`: reify first, then cast the pointer.
    fn fn_item_cast(&mut self, op: Operand, source: Ty, target: Ty, span: Span) -> Rvalue {
        let ptr_ty = self.fn_ptr_ty(source).unwrap_or_else(|| self.tcx.error());
        let t = self.new_temp(ptr_ty, span);
        self.push_assign(Place::local(t), Rvalue::Cast(CastKind::FnToPtr, op, ptr_ty), span);
        let kind =
            if matches!(self.tcx.kind(target), TyKind::RawPtr(..)) { CastKind::PtrToPtr } else { CastKind::PtrToAddr };
        Rvalue::Cast(kind, Operand::Move(Place::local(t)), target)
    }

    fn is_array_to_slice(&self, sk: &TyKind, tk: &TyKind) -> bool {
        match (sk, tk) {
            (TyKind::Ref(a, _), TyKind::Ref(b, _)) | (TyKind::RawPtr(a, _), TyKind::RawPtr(b, _)) => {
                matches!((self.tcx.kind(*a), self.tcx.kind(*b)), (TyKind::Array(x, _), TyKind::Slice(y)) if x == y)
            }
            _ => false,
        }
    }

    pub(crate) fn ty_str(&self, ty: Ty) -> String {
        crate::pretty::ty_str(self.cx.program, ty)
    }
}

fn is_int_like(k: &TyKind) -> bool {
    matches!(k, TyKind::Int(_) | TyKind::Uint(_) | TyKind::Bool | TyKind::Char)
}

fn is_int(k: &TyKind) -> bool {
    matches!(k, TyKind::Int(_) | TyKind::Uint(_))
}

fn cast_kind(sk: &TyKind, tk: &TyKind, unsize: bool) -> Option<CastKind> {
    if unsize {
        return Some(CastKind::Unsize);
    }
    Some(match (sk, tk) {
        (s, TyKind::Int(_) | TyKind::Uint(_) | TyKind::Char) if is_int_like(s) => CastKind::IntToInt,
        (s, TyKind::Float(_)) if is_int(s) => CastKind::IntToFloat,
        (TyKind::Float(_), t) if is_int(t) => CastKind::FloatToInt,
        (TyKind::Float(_), TyKind::Float(_)) => CastKind::FloatToFloat,
        (TyKind::Ref(..) | TyKind::RawPtr(..) | TyKind::FnPtr(_), TyKind::RawPtr(..)) => CastKind::PtrToPtr,
        (TyKind::RawPtr(..) | TyKind::FnPtr(_), t) if is_int(t) => CastKind::PtrToAddr,
        (s, TyKind::RawPtr(..)) if is_int(s) => CastKind::AddrToPtr,
        (TyKind::FnDef(..), TyKind::FnPtr(_)) => CastKind::FnToPtr,
        (TyKind::FnPtr(_), TyKind::FnPtr(_)) => CastKind::PtrToPtr,
        _ => return None,
    })
}
