//! Lowering arithmetic to the fast frame-only instructions: operands that
//! are constants or memory places are first copied into frame temporaries,
//! and results meant for memory are computed into a temporary and then
//! copied, so the arithmetic itself always runs on the fast path.

use super::{LResult, Lowerer};
use crate::code::{Fop, Inst, Num, OpRef, PlaceRef, Validity};
use ferrum_mir::mir::{BinOp, UnOp};
use ferrum_ty::ty::Ty;

/// The integer view (size, signed) of a scalar class for the fast instructions.
pub fn int_view(ty: Num) -> Option<(u8, bool)> {
    match ty {
        Num::Int { size, signed } if size <= 8 => Some((size, signed)),
        Num::Char => Some((4, false)),
        Num::Bool => Some((1, false)),
        Num::Ptr => Some((8, false)),
        _ => None,
    }
}

impl Lowerer<'_, '_, '_> {
    /// The operand as a frame slot or immediate; constants from the pool and
    /// memory places are copied into a frame temporary first.
    pub fn frame_operand(&mut self, op: OpRef, ty: Ty) -> LResult<Fop> {
        Ok(match op {
            OpRef::Frame(o) => Fop::Frame(o),
            OpRef::Imm(v) => Fop::Imm(v),
            OpRef::Const(_) | OpRef::Place(_) => {
                let l = self.layout(ty)?;
                let tmp = self.reserve(l.size, l.align);
                let valid = self.validity(ty);
                self.emit(Inst::Copy { dst: PlaceRef::Frame(tmp), src: op, size: l.size as u32, valid });
                Fop::Frame(tmp)
            }
        })
    }

    /// Where to compute a `size`-byte result meant for `dst`: its frame
    /// offset, or a temporary plus the place to copy it to afterwards.
    pub fn frame_dst(&mut self, dst: PlaceRef, size: u64, align: u64) -> (u32, Option<PlaceRef>) {
        match dst {
            PlaceRef::Frame(d) => (d, None),
            PlaceRef::Complex(_) => (self.reserve(size, align), Some(dst)),
        }
    }

    /// Copies a result computed in a temporary to its real destination.
    pub fn finish_dst(&mut self, tmp: u32, store: Option<PlaceRef>, size: u32) {
        if let Some(dst) = store {
            self.emit(Inst::Copy { dst, src: OpRef::Frame(tmp), size, valid: Validity::Raw });
        }
    }

    /// Emits the fast form of `dst = a op b` if there is one.
    pub fn try_fast_bin(
        &mut self,
        op: BinOp,
        (aty, bty): (Ty, Ty),
        a: OpRef,
        b: OpRef,
        dst: PlaceRef,
    ) -> LResult<bool> {
        let (ty, rty) = (self.num(aty), self.num(bty));
        if op == BinOp::Offset {
            return Ok(false);
        }
        if matches!(ty, Num::F32 | Num::F64) {
            if rty != ty {
                return Ok(false);
            }
            let f64 = ty == Num::F64;
            let size = if op.is_comparison() { 1 } else { ty.size() as u64 };
            let (a, b) = (self.frame_operand(a, aty)?, self.frame_operand(b, bty)?);
            let (d, store) = self.frame_dst(dst, size, size);
            self.emit(Inst::FltBin { op, f64, dst: d, a, b });
            self.finish_dst(d, store, size as u32);
            return Ok(true);
        }
        let Some((size, signed)) = int_view(ty) else {
            return Ok(false);
        };
        let shift = matches!(op, BinOp::Shl | BinOp::Shr);
        if (ty == Num::Bool && shift) || (ty == Num::Ptr && !op.is_comparison()) {
            return Ok(false);
        }
        let bsize = match int_view(rty) {
            Some((bs, _)) if shift => bs,
            _ if rty == ty => size,
            _ => return Ok(false),
        };
        let rsize = if op.is_comparison() { 1 } else { size };
        let (a, b) = (self.frame_operand(a, aty)?, self.frame_operand(b, bty)?);
        let (d, store) = self.frame_dst(dst, rsize as u64, rsize as u64);
        if bsize == size {
            self.emit(Inst::IntBin { op, size, signed, dst: d, a, b });
        } else {
            self.emit(Inst::IntShift { op, size, signed, bsize, dst: d, a, b });
        }
        self.finish_dst(d, store, rsize as u32);
        Ok(true)
    }

    /// Emits the fast form of `dst = CheckedOp(a, b)` if there is one.
    pub fn try_fast_checked(
        &mut self,
        op: BinOp,
        (aty, bty): (Ty, Ty),
        a: OpRef,
        b: OpRef,
        dst: PlaceRef,
        dst_ty: Ty,
    ) -> LResult<bool> {
        let (ty, rty) = (self.num(aty), self.num(bty));
        let Num::Int { size, signed } = ty else {
            return Ok(false);
        };
        if size > 8 || rty != ty {
            return Ok(false);
        }
        let layout = self.layout(dst_ty)?;
        let flag = layout.field_offset(None, 1) as u32;
        let (a, b) = (self.frame_operand(a, aty)?, self.frame_operand(b, bty)?);
        let (d, store) = self.frame_dst(dst, layout.size, layout.align);
        self.emit(Inst::IntChecked { op, size, signed, dst: d, flag, a, b });
        self.finish_dst(d, store, layout.size as u32);
        Ok(true)
    }

    /// Emits the fast form of `dst = op a` if there is one.
    pub fn try_fast_un(&mut self, op: UnOp, aty: Ty, a: OpRef, dst: PlaceRef) -> LResult<bool> {
        let ty = self.num(aty);
        let (size, is_bool) = match (op, ty) {
            (UnOp::Not | UnOp::Neg, Num::Int { size, .. }) if size <= 8 => (size, false),
            (UnOp::Not, Num::Bool) => (1, true),
            _ => return Ok(false),
        };
        let a = self.frame_operand(a, aty)?;
        let (d, store) = self.frame_dst(dst, size as u64, size as u64);
        self.emit(Inst::IntUn { op, size, is_bool, dst: d, a });
        self.finish_dst(d, store, size as u32);
        Ok(true)
    }
}
