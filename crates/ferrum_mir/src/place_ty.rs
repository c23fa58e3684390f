//! Types of places, operands and rvalues, computed from the local
//! declarations (as rustc's `Place::ty` / `Rvalue::ty`).
//!
//! The `try_` functions report a malformed projection as an `Err` (the
//! validator's wording); the others fall back to the error type.

use crate::mir::{AggregateKind, BinOp, LocalDecl, Operand, Place, PlaceElem, Rvalue, UnOp};
use crate::tys::MirCtxt;
use ferrum_ty::ty::{Ty, TyKind};

/// A place's type plus, after `Downcast`, the variant it is viewed as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceTy {
    pub ty: Ty,
    pub variant: Option<u32>,
}

impl PlaceTy {
    pub fn from_ty(ty: Ty) -> PlaceTy {
        PlaceTy { ty, variant: None }
    }

    /// The type after one more projection.
    pub fn project(self, cx: &MirCtxt, elem: &PlaceElem) -> Result<PlaceTy, String> {
        let tcx = cx.tcx();
        let kind = tcx.kind(self.ty);
        if matches!(kind, TyKind::Error) {
            return Ok(self);
        }
        let ty = match (elem, &kind) {
            (PlaceElem::Deref, TyKind::Ref(t, _) | TyKind::RawPtr(t, _)) => *t,
            (PlaceElem::Deref, TyKind::Adt(_, substs)) if cx.is_box(self.ty) && !substs.is_empty() => substs[0],
            (PlaceElem::Field(index, ty), _) => {
                self.check_field(cx, *index)?;
                *ty
            }
            (PlaceElem::Index(_) | PlaceElem::ConstantIndex { .. }, TyKind::Array(t, _) | TyKind::Slice(t)) => *t,
            (PlaceElem::Subslice { .. }, TyKind::Slice(_)) => self.ty,
            (PlaceElem::Subslice { from, to, from_end }, TyKind::Array(t, n)) => {
                let n = tcx.len_value(*n).ok_or_else(|| "subslice of an array of generic length".to_string())?;
                let len = if *from_end { n.checked_sub(from + to) } else { to.checked_sub(*from) };
                let len = len.ok_or_else(|| format!("subslice {from}..{to} out of range for an array of {n}"))?;
                tcx.mk_array(*t, len)
            }
            (PlaceElem::Downcast(v), TyKind::Adt(def, _)) => {
                let count =
                    cx.program.items.adts.get(def).map_or(0, |a| if a.is_enum() { a.variants.len() } else { 0 });
                if *v as usize >= count {
                    return Err(format!("downcast to variant {v} of a type with {count} variants"));
                }
                return Ok(PlaceTy { ty: self.ty, variant: Some(*v) });
            }
            _ => return Err(format!("projection {elem:?} does not apply to type {kind:?}")),
        };
        Ok(PlaceTy::from_ty(ty))
    }

    /// Checks that field `index` exists on this (possibly downcast) type.
    fn check_field(self, cx: &MirCtxt, index: u32) -> Result<(), String> {
        let count = match cx.tcx().kind(self.ty) {
            TyKind::Tuple(tys) => tys.len(),
            TyKind::Closure { .. } => return Ok(()),
            TyKind::Adt(..) => {
                let variant = match (cx.is_enum(self.ty), self.variant) {
                    (true, None) => return Err("field of an enum without a downcast".to_string()),
                    (_, v) => v.unwrap_or(0),
                };
                cx.variant_field_tys(self.ty, variant).map_or(0, |f| f.len())
            }
            other => return Err(format!("field {index} of non-aggregate type {other:?}")),
        };
        if index as usize >= count {
            return Err(format!("field {index} out of range ({count} fields)"));
        }
        Ok(())
    }
}

pub fn try_place_ty(cx: &MirCtxt, locals: &[LocalDecl], place: &Place) -> Result<PlaceTy, String> {
    let decl = locals.get(place.local.index()).ok_or_else(|| format!("undeclared local {:?}", place.local))?;
    let mut pt = PlaceTy::from_ty(decl.ty);
    for elem in &place.projection {
        pt = pt.project(cx, elem)?;
    }
    Ok(pt)
}

pub fn place_ty(cx: &MirCtxt, locals: &[LocalDecl], place: &Place) -> Ty {
    try_place_ty(cx, locals, place).map_or_else(|_| cx.tcx().error(), |pt| pt.ty)
}

pub fn operand_ty(cx: &MirCtxt, locals: &[LocalDecl], op: &Operand) -> Ty {
    match op {
        Operand::Copy(p) | Operand::Move(p) => place_ty(cx, locals, p),
        Operand::Constant(c) => c.ty,
    }
}

pub fn rvalue_ty(cx: &MirCtxt, locals: &[LocalDecl], rv: &Rvalue) -> Ty {
    let tcx = cx.tcx();
    match rv {
        Rvalue::Use(op) => operand_ty(cx, locals, op),
        Rvalue::Repeat(op, n) => tcx.intern(TyKind::Array(operand_ty(cx, locals, op), *n)),
        Rvalue::Ref(m, p) => tcx.mk_ref(place_ty(cx, locals, p), *m),
        Rvalue::AddressOf(m, p) => tcx.mk_ptr(place_ty(cx, locals, p), *m),
        Rvalue::Len(_) => tcx.usize(),
        Rvalue::Cast(_, _, ty) => *ty,
        Rvalue::BinaryOp(op, l, _) => binary_ty(cx, locals, *op, l),
        Rvalue::CheckedBinaryOp(op, l, _) => {
            let t = binary_ty(cx, locals, *op, l);
            tcx.mk_tuple(vec![t, tcx.bool()])
        }
        Rvalue::UnaryOp(UnOp::PtrMetadata, _) => tcx.usize(),
        Rvalue::UnaryOp(_, op) => operand_ty(cx, locals, op),
        Rvalue::Discriminant(_) => cx.discr_ty(),
        Rvalue::Aggregate(kind, ops) => match kind {
            AggregateKind::Array(t) => tcx.mk_array(*t, ops.len() as u64),
            AggregateKind::Tuple => tcx.mk_tuple(ops.iter().map(|o| operand_ty(cx, locals, o)).collect()),
            AggregateKind::Adt(def, _, substs) => tcx.mk_adt(*def, substs.clone()),
            AggregateKind::Closure(t) => *t,
        },
    }
}

fn binary_ty(cx: &MirCtxt, locals: &[LocalDecl], op: BinOp, lhs: &Operand) -> Ty {
    if op.is_comparison() {
        cx.tcx().bool()
    } else {
        operand_ty(cx, locals, lhs)
    }
}
