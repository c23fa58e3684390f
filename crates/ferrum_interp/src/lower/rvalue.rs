//! Lowering assignments (every rvalue), switches and asserts.

use super::place::to_op;
use super::{fastops, offset_place, LResult, Lowerer};
use crate::code::{AssertMsg, CastOp, Fop, Inst, LenOf, Num, OpRef, PlaceRef, Validity};
use crate::instance::InstanceKey;
use ferrum_hir::hir::AdtKind;
use ferrum_mir::mir::{AggregateKind, AssertMessage, BasicBlock, BinOp, CastKind, Operand, Place, Rvalue, UnOp};
use ferrum_ty::ty::{Ty, TyKind};

impl Lowerer<'_, '_, '_> {
    pub fn num(&self, ty: Ty) -> Num {
        self.m.num_of(ty)
    }

    /// An enum read through a pointer gets its tag checked at the load.
    fn check_loaded_tag(&mut self, op: &Operand, src: OpRef, ty: Ty) -> LResult<()> {
        let (Operand::Copy(p) | Operand::Move(p)) = op else {
            return Ok(());
        };
        let OpRef::Place(i) = src else { return Ok(()) };
        if !p.has_deref() {
            return Ok(());
        }
        let layout = self.layout(ty)?;
        if matches!(layout.variants, ferrum_mir::layout::Variants::Multiple { .. }) {
            self.emit(Inst::CheckTag { place: PlaceRef::Complex(i), layout });
        }
        Ok(())
    }

    pub fn lower_assign(&mut self, place: &Place, rvalue: &Rvalue) -> LResult<()> {
        if let Rvalue::Aggregate(kind, ops) = rvalue {
            return self.lower_aggregate(place, kind, ops);
        }
        let (dst, dst_ty) = self.lower_place(place)?;
        match rvalue {
            Rvalue::Use(op) => {
                let (src, ty) = self.lower_operand(op)?;
                let size = self.layout(ty)?.size as u32;
                let valid = self.validity(ty);
                self.check_loaded_tag(op, src, ty)?;
                match (dst, src) {
                    _ if size == 0 => {}
                    (PlaceRef::Frame(d), OpRef::Frame(s)) if size <= 16 => {
                        self.emit(Inst::CopyFrame { dst: d, src: s, size: size as u8, valid })
                    }
                    _ => self.emit(Inst::Copy { dst, src, size, valid }),
                }
            }
            Rvalue::Repeat(op, count) => {
                let (src, ty) = self.lower_operand(op)?;
                let elem = self.layout(ty)?.size as u32;
                let count = self.known_len(self.mono(*count))?;
                self.emit(Inst::Repeat { dst, src, elem, count });
            }
            Rvalue::Ref(_, p) | Rvalue::AddressOf(_, p) => {
                let (pr, ty) = self.lower_place(p)?;
                let wide = self.m.layouts.is_wide_pointee(ty);
                self.emit(Inst::Ref { dst, place: pr, wide });
            }
            Rvalue::Len(p) => {
                let (pr, ty) = self.lower_place(p)?;
                let len = match self.m.tcx.kind(ty) {
                    TyKind::Array(_, n) => LenOf::Const(self.known_len(n)?),
                    _ => LenOf::Meta,
                };
                self.emit(Inst::Len { dst, place: pr, len });
            }
            Rvalue::Cast(kind, op, to) => self.lower_cast(dst, *kind, op, self.mono(*to))?,
            Rvalue::BinaryOp(op, a, b) => {
                let (a, aty) = self.lower_operand(a)?;
                let (b, bty) = self.lower_operand(b)?;
                if *op == BinOp::Offset {
                    let stride = self.pointee_size(aty)?;
                    let wide = self.num(aty) == Num::WidePtr;
                    self.emit(Inst::PtrOffset { dst, ptr: a, count: b, stride, wide });
                } else if !self.try_fast_bin(*op, (aty, bty), a, b, dst)? {
                    let (ty, rty) = (self.num(aty), self.num(bty));
                    check_num(ty, "binary operation")?;
                    self.emit(Inst::Bin { op: *op, ty, rty, dst, a, b });
                }
            }
            Rvalue::CheckedBinaryOp(op, a, b) => {
                let (a, aty) = self.lower_operand(a)?;
                let (b, bty) = self.lower_operand(b)?;
                if !self.try_fast_checked(*op, (aty, bty), a, b, dst, dst_ty)? {
                    let flag = self.layout(dst_ty)?.field_offset(None, 1) as u32;
                    let (ty, rty) = (self.num(aty), self.num(bty));
                    check_num(ty, "checked operation")?;
                    self.emit(Inst::Checked { op: *op, ty, rty, dst, flag, a, b });
                }
            }
            Rvalue::UnaryOp(UnOp::PtrMetadata, a) => {
                let (a, _) = self.lower_operand(a)?;
                self.emit(Inst::Meta { dst, a });
            }
            Rvalue::UnaryOp(op, a) => {
                let (a, aty) = self.lower_operand(a)?;
                if !self.try_fast_un(*op, aty, a, dst)? {
                    let ty = self.num(aty);
                    check_num(ty, "unary operation")?;
                    self.emit(Inst::Un { op: *op, ty, dst, a });
                }
            }
            Rvalue::Discriminant(p) => {
                let (pr, ty) = self.lower_place(p)?;
                let layout = self.layout(ty)?;
                let size = self.layout(dst_ty)?.size as u8;
                self.emit(Inst::Discr { dst, size, place: pr, layout });
            }
            Rvalue::Aggregate(..) => unreachable!("handled above"),
        }
        Ok(())
    }

    fn pointee_size(&self, ptr_ty: Ty) -> LResult<u64> {
        let pointee = self.m.tcx.pointee(ptr_ty).ok_or("pointer offset on a non-pointer")?;
        let layout = self.layout(pointee)?;
        Ok(match layout.fields {
            ferrum_mir::layout::FieldsShape::Array { stride, .. } if layout.is_unsized => stride,
            _ => layout.size,
        })
    }

    fn lower_cast(&mut self, dst: PlaceRef, kind: CastKind, op: &Operand, to: Ty) -> LResult<()> {
        let (src, from_ty) = self.lower_operand(op)?;
        let (from, to_num) = (self.num(from_ty), self.num(to));
        let size = self.layout(to)?.size as u32;
        // Integer (and bool/char to integer) casts run on the fast path.
        if let (CastKind::IntToInt, Some((fs, signed)), Num::Int { size: ts, .. }) =
            (kind, fastops::int_view(from), to_num)
        {
            if ts <= 8 && from != Num::Ptr {
                let (d, store) = self.frame_dst(dst, ts as u64, ts as u64);
                match self.frame_operand(src, from_ty)? {
                    Fop::Frame(s) => self.emit(Inst::IntCast { dst: d, src: s, from: fs, signed, to: ts }),
                    Fop::Imm(v) => {
                        let v = crate::cast::int_to_int(from, to_num, v as u128).unwrap_or(0) as u64;
                        self.emit(Inst::Copy {
                            dst: PlaceRef::Frame(d),
                            src: OpRef::Imm(v),
                            size: ts as u32,
                            valid: Validity::Raw,
                        });
                    }
                }
                self.finish_dst(d, store, ts as u32);
                return Ok(());
            }
        }
        // A pointer-to-pointer cast copies the (leading) pointer bytes
        // unchecked: the same instruction as an unchecked move, so frame-to-
        // frame casts take the cheap frame copy and feed call arguments.
        if kind == CastKind::PtrToPtr && size > 0 {
            match (dst, src) {
                (PlaceRef::Frame(d), OpRef::Frame(s)) if size <= 16 => {
                    self.emit(Inst::CopyFrame { dst: d, src: s, size: size as u8, valid: Validity::Raw })
                }
                _ => self.emit(Inst::Copy { dst, src, size, valid: Validity::Raw }),
            }
            return Ok(());
        }
        let cast = match kind {
            CastKind::IntToInt => CastOp::IntToInt,
            CastKind::IntToFloat => CastOp::IntToFloat,
            CastKind::FloatToInt => CastOp::FloatToInt,
            CastKind::FloatToFloat => CastOp::FloatToFloat,
            CastKind::PtrToPtr => CastOp::Copy,
            CastKind::PtrToAddr => CastOp::PtrToAddr,
            CastKind::AddrToPtr => CastOp::AddrToPtr,
            CastKind::Transmute => {
                let valid = self.validity(to);
                let from_size = self.layout(from_ty)?.size as u32;
                if from_size != size {
                    return Err(format!("transmute between types of different sizes ({from_size} and {size} bytes)"));
                }
                self.emit(Inst::Copy { dst, src, size, valid });
                return Ok(());
            }
            CastKind::FnToPtr => CastOp::FnToPtr(self.fn_item_instance(from_ty)?),
            CastKind::ClosureFnPtr => {
                let shim = ferrum_ty::traits::Shim::ClosureFnPtr { closure: from_ty };
                CastOp::FnToPtr(self.m.instances.intern(crate::instance::InstanceKey::Shim(shim)))
            }
            CastKind::Unsize => {
                let (pointee, target) = match (self.first_ptr_pointee(from_ty), self.first_ptr_pointee(to)) {
                    (Some(p), Some(t)) => {
                        let (p, t) = self.unsized_tails(p, t);
                        (Some(p), Some(t))
                    }
                    other => other,
                };
                match (pointee.map(|p| self.m.tcx.kind(p)), target.map(|t| self.m.tcx.kind(t))) {
                    (Some(TyKind::Array(_, n)), _) => CastOp::Unsize(self.known_len(n)?),
                    (Some(TyKind::Dynamic { trait_: sub, .. }), Some(TyKind::Dynamic { trait_: sup, .. }))
                        if sub != sup =>
                    {
                        let slot = self.m.upcast_slot(sub, sup).ok_or_else(|| {
                            format!("`{}` cannot be upcast to `{}`", self.m.ty_name(from_ty), self.m.ty_name(to))
                        })?;
                        CastOp::Upcast(slot)
                    }
                    (Some(TyKind::Dynamic { .. }), _) => CastOp::Copy,
                    (Some(_), Some(TyKind::Dynamic { .. })) => {
                        CastOp::UnsizeDyn(self.m.vtable(pointee.unwrap_or(from_ty), target.unwrap_or(to))?)
                    }
                    _ => return Err(format!("unsizing `{}` is not supported yet", self.m.ty_name(from_ty))),
                }
            }
        };
        self.emit(Inst::Cast { op: cast, from, to: to_num, dst, src, size });
        Ok(())
    }

    /// `RcBox<S>` and `RcBox<dyn Trait>`: the last fields, down to where
    /// the two types differ (what unsizing actually changes).
    fn unsized_tails(&self, mut a: Ty, mut b: Ty) -> (Ty, Ty) {
        for _ in 0..16 {
            match (self.m.tcx.kind(a), self.m.tcx.kind(b)) {
                (TyKind::Adt(d1, _), TyKind::Adt(d2, _)) if d1 == d2 && a != b => {
                    let (fa, fb) = (self.m.layouts.field_tys(a, 0), self.m.layouts.field_tys(b, 0));
                    match (fa.last(), fb.last()) {
                        (Some(&x), Some(&y)) => (a, b) = (x, y),
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        (a, b)
    }

    fn first_ptr_pointee(&self, ty: Ty) -> Option<Ty> {
        let mut ty = ty;
        for _ in 0..16 {
            if let Some(p) = self.m.tcx.pointee(ty) {
                return Some(p);
            }
            ty = *self.m.layouts.field_tys(ty, 0).first()?;
        }
        None
    }

    /// The instance a function item type (or constructor) denotes.
    pub fn fn_item_instance(&mut self, ty: Ty) -> LResult<crate::instance::InstId> {
        match self.m.tcx.kind(ty) {
            TyKind::FnDef(def, substs) => Ok(self.m.fn_instance(def, &substs)),
            _ => Err(format!("cannot make a function pointer from `{}`", self.m.ty_name(ty))),
        }
    }

    fn lower_aggregate(&mut self, place: &Place, kind: &AggregateKind, ops: &[Operand]) -> LResult<()> {
        let (dst, dst_ty) = self.lower_place(place)?;
        let layout = self.layout(dst_ty)?;
        // Operands reading the destination must see the old value.
        let reads_dst = ops.iter().any(|op| match op {
            Operand::Copy(p) | Operand::Move(p) => p.local == place.local || (p.has_deref() && place.has_deref()),
            Operand::Constant(_) => false,
        });
        let target = if reads_dst { PlaceRef::Frame(self.reserve(layout.size, layout.align)) } else { dst };
        let (variant, is_union, is_enum) = match kind {
            AggregateKind::Adt(def, v, _) => {
                let adt = self.m.prog.items.adts.get(def);
                let is_union = adt.is_some_and(|a| a.kind == AdtKind::Union);
                (Some(*v), is_union, adt.is_some_and(|a| a.is_enum()))
            }
            _ => (None, false, false),
        };
        for (i, op) in ops.iter().enumerate() {
            let (src, ty) = self.lower_operand(op)?;
            let fl = self.layout(ty)?;
            if fl.size == 0 {
                continue;
            }
            let off = match kind {
                AggregateKind::Array(_) => i as u64 * fl.size,
                _ if is_union => 0,
                _ => layout.field_offset(if is_enum { variant } else { None }, i as u32),
            };
            let field = offset_place(&mut self.places, target, off, fl.align);
            self.emit(Inst::Copy { dst: field, src, size: fl.size as u32, valid: self.validity(ty) });
        }
        if is_enum {
            self.emit(Inst::SetDiscr { place: target, layout: layout.clone(), variant: variant.unwrap_or(0) });
        }
        if reads_dst && layout.size > 0 {
            let src = to_op(target);
            self.emit(Inst::Copy { dst, src, size: layout.size as u32, valid: Validity::Raw });
        }
        Ok(())
    }

    pub fn lower_switch(
        &mut self,
        discr: &Operand,
        targets: &[(u128, BasicBlock)],
        otherwise: BasicBlock,
    ) -> LResult<()> {
        let (d, ty) = self.lower_operand(discr)?;
        let size = self.layout(ty)?.size as u8;
        let d = match d {
            OpRef::Place(_) | OpRef::Const(_) if size <= 8 => match self.frame_operand(d, ty)? {
                Fop::Frame(o) => OpRef::Frame(o),
                Fop::Imm(v) => OpRef::Imm(v),
            },
            d => d,
        };
        if self.num(ty) == Num::Bool && targets.len() == 1 {
            let (v, bb) = targets[0];
            let (then, else_) = if v == 0 { (otherwise.0, bb.0) } else { (bb.0, otherwise.0) };
            // Fuse a comparison computed just before into the branch.
            if let (OpRef::Frame(c), Some(&Inst::IntBin { op, size, signed, dst, a, b })) = (d, self.last_in_block()) {
                if dst == c && op.is_comparison() {
                    self.insts.pop();
                    self.spans.pop();
                    self.emit(Inst::IntCmpIf { op, size, signed, dst, a, b, then, else_ });
                    return Ok(());
                }
            }
            self.emit(Inst::If { cond: d, then, else_ });
        } else {
            let targets = targets.iter().map(|&(v, bb)| (v, bb.0)).collect();
            self.emit(Inst::Switch { discr: d, size, targets, otherwise: otherwise.0 });
        }
        Ok(())
    }

    pub fn lower_assert(&mut self, cond: &Operand, expected: bool, msg: &AssertMessage, target: u32) -> LResult<()> {
        let (cond, _) = self.lower_operand(cond)?;
        // Fuse `_t = CheckedOp(a, b); assert(!_t.1)` into one instruction.
        if let (
            false,
            OpRef::Frame(c),
            AssertMessage::Overflow(_),
            Some(&Inst::IntChecked { op, size, signed, dst, flag, a, b }),
        ) = (expected, cond, msg, self.last_in_block())
        {
            if dst + flag == c {
                let msg = Box::new(AssertMsg::Overflow(op));
                self.insts.pop();
                self.spans.pop();
                self.emit(Inst::IntCheckedAssert { op, size, signed, dst, flag, a, b, msg, target, out: u32::MAX });
                return Ok(());
            }
        }
        let cond = match cond {
            OpRef::Place(_) | OpRef::Const(_) => match self.frame_operand(cond, self.m.tcx.bool())? {
                Fop::Frame(o) => OpRef::Frame(o),
                Fop::Imm(v) => OpRef::Imm(v),
            },
            c => c,
        };
        let msg = match msg {
            AssertMessage::Overflow(op) => AssertMsg::Overflow(*op),
            AssertMessage::OverflowNeg => AssertMsg::OverflowNeg,
            AssertMessage::DivisionByZero => AssertMsg::DivisionByZero,
            AssertMessage::RemainderByZero => AssertMsg::RemainderByZero,
            AssertMessage::BoundsCheck { len, index } => {
                let (len, _) = self.lower_operand(len)?;
                let (index, _) = self.lower_operand(index)?;
                AssertMsg::BoundsCheck { len, index }
            }
        };
        self.emit(Inst::Assert { cond, expected, msg: Box::new(msg), target });
        Ok(())
    }

    /// The last instruction emitted in the current block, if any.
    pub fn last_in_block(&self) -> Option<&Inst> {
        if self.insts.len() > self.block_start {
            self.insts.last()
        } else {
            None
        }
    }

    pub fn lower_drop(&mut self, place: &Place, target: u32) -> LResult<()> {
        let (pr, ty) = self.lower_place(place)?;
        if !self.m.needs_drop(ty) {
            self.emit(Inst::Goto(target));
            return Ok(());
        }
        let wide = self.m.layouts.is_wide_pointee(ty);
        let tmp = self.reserve(if wide { 16 } else { 8 }, 8);
        self.emit(Inst::Ref { dst: PlaceRef::Frame(tmp), place: pr, wide });
        let call = match self.m.tcx.kind(ty) {
            TyKind::Dynamic { .. } => {
                crate::code::CallTarget::Virtual { receiver: OpRef::Frame(tmp), slot: crate::vtable::DROP_ENTRY as u32 }
            }
            _ => crate::code::CallTarget::Direct(self.m.instances.intern(InstanceKey::DropGlue(ty))),
        };
        self.emit(Inst::Call {
            callee: call,
            args: Box::new([OpRef::Frame(tmp)]),
            dest: PlaceRef::Frame(0),
            ret: Some(target),
        });
        Ok(())
    }
}

fn check_num(ty: Num, what: &str) -> LResult<()> {
    if ty == Num::Other {
        return Err(format!("{what} on a non-scalar type"));
    }
    Ok(())
}
