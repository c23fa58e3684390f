//! Lowering places and operands: static projections fold into offsets,
//! dynamic ones (deref, index, slicing) become [`Proj`]s; constants become
//! immediates or constant-pool entries.

use super::{LResult, Lowerer};
use crate::alloc::Bytes;
use crate::code::{ComplexPlace, ConstVal, LenOf, OpRef, PlaceRef, Proj, Root, Slot, Validity};
use ferrum_mir::mir::{BodyOwner, ConstKind, Constant, Local, Operand, Place, PlaceElem};
use ferrum_ty::ty::{Ty, TyKind};

impl Lowerer<'_, '_, '_> {
    /// Lowers a place; returns it and its (monomorphic) type.
    pub fn lower_place(&mut self, place: &Place) -> LResult<(PlaceRef, Ty)> {
        let local = place.local.index();
        let mut ty = *self.local_tys.get(local).ok_or("a place uses an undeclared local")?;
        let mut root = match self.slots[local] {
            Slot::Frame(off) => Root::Frame(off),
            Slot::Alloc(slot) => Root::Alloc(slot),
        };
        let mut projs: Vec<Proj> = Vec::new();
        let mut acc = 0u64;
        let mut variant: Option<u32> = None;
        let tcx = self.m.tcx;
        for elem in &place.projection {
            match *elem {
                PlaceElem::Field(i, fty) => {
                    let layout = self.layout(ty)?;
                    acc += layout.field_offset(variant, i);
                    ty = self.mono(fty);
                    variant = None;
                }
                PlaceElem::Downcast(v) => variant = Some(v),
                PlaceElem::Deref => {
                    let (extra, pointee, wide) = self.deref_target(ty)?;
                    acc += extra;
                    flush(&mut root, &mut projs, &mut acc);
                    projs.push(Proj::Deref { wide });
                    ty = pointee;
                    variant = None;
                }
                PlaceElem::Index(idx) => {
                    let (elem_ty, len) = self.elem_of(ty)?;
                    let stride = self.layout(elem_ty)?.size;
                    let index = self.local_op(idx);
                    flush(&mut root, &mut projs, &mut acc);
                    projs.push(Proj::Index { index, stride, len });
                    ty = elem_ty;
                }
                PlaceElem::ConstantIndex { offset, from_end } => {
                    let (elem_ty, len) = self.elem_of(ty)?;
                    let stride = self.layout(elem_ty)?.size;
                    match len {
                        LenOf::Const(n) if !from_end && offset < n => acc += offset * stride,
                        LenOf::Const(n) if from_end && offset <= n && offset > 0 => acc += (n - offset) * stride,
                        _ => {
                            flush(&mut root, &mut projs, &mut acc);
                            projs.push(Proj::ConstIndex { offset, from_end, stride, len });
                        }
                    }
                    ty = elem_ty;
                }
                PlaceElem::Subslice { from, to, from_end } => {
                    let (elem_ty, len) = self.elem_of(ty)?;
                    let stride = self.layout(elem_ty)?.size;
                    match (tcx.kind(ty), len) {
                        (TyKind::Array(e, _), LenOf::Const(n)) => {
                            let end = if from_end { n.saturating_sub(to) } else { to };
                            acc += from * stride;
                            ty = tcx.mk_array(e, end.saturating_sub(from));
                        }
                        _ => {
                            flush(&mut root, &mut projs, &mut acc);
                            projs.push(Proj::Subslice { from, to, from_end, stride, len });
                        }
                    }
                }
            }
        }
        let align = self.layout(ty).map_or(1, |l| l.align);
        if projs.is_empty() {
            if let Root::Frame(off) = root {
                return Ok((PlaceRef::Frame(off + acc as u32), ty));
            }
        }
        if acc > 0 {
            projs.push(Proj::Offset(acc));
        }
        let idx = self.add_place(ComplexPlace { root, projs: projs.into_boxed_slice(), align });
        Ok((PlaceRef::Complex(idx), ty))
    }

    /// The pointee of a dereferenced type: (offset of the pointer inside
    /// `ty`, pointee type, whether the pointer is wide). Smart pointers such
    /// as `Box` are looked through to the raw pointer they wrap.
    fn deref_target(&self, ty: Ty) -> LResult<(u64, Ty, bool)> {
        let tcx = self.m.tcx;
        let mut ty = ty;
        let mut offset = 0;
        for _ in 0..16 {
            match tcx.kind(ty) {
                TyKind::Ref(t, _) | TyKind::RawPtr(t, _) => {
                    return Ok((offset, t, self.m.layouts.is_wide_pointee(t)));
                }
                TyKind::Adt(..) => {
                    // The pointer is the first field that is not zero-sized.
                    let layout = self.layout(ty)?;
                    let fields = self.m.layouts.field_tys(ty, 0);
                    let (i, &f) = fields
                        .iter()
                        .enumerate()
                        .find(|(_, &f)| self.layout(f).is_ok_and(|l| l.size > 0))
                        .ok_or_else(|| format!("cannot dereference `{}`", self.m.ty_name(ty)))?;
                    offset += layout.field_offset(None, i as u32);
                    ty = f;
                }
                _ => break,
            }
        }
        Err(format!("cannot dereference a value of type `{}`", self.m.ty_name(ty)))
    }

    /// Element type and length source of an array or slice type.
    fn elem_of(&self, ty: Ty) -> LResult<(Ty, LenOf)> {
        match self.m.tcx.kind(ty) {
            TyKind::Array(e, n) => Ok((e, LenOf::Const(self.known_len(n)?))),
            TyKind::Slice(e) => Ok((e, LenOf::Meta)),
            TyKind::Str => Ok((self.m.tcx.u8(), LenOf::Meta)),
            _ => Err(format!("cannot index into a value of type `{}`", self.m.ty_name(ty))),
        }
    }

    /// An operand reading local `l` (a `usize` index).
    pub fn local_op(&mut self, l: Local) -> OpRef {
        match self.slots[l.index()] {
            Slot::Frame(off) => OpRef::Frame(off),
            Slot::Alloc(slot) => {
                let align = self.local_layouts[l.index()].align;
                OpRef::Place(self.add_place(ComplexPlace { root: Root::Alloc(slot), projs: Box::new([]), align }))
            }
        }
    }

    /// Lowers an operand; returns it and its type.
    pub fn lower_operand(&mut self, op: &Operand) -> LResult<(OpRef, Ty)> {
        match op {
            Operand::Copy(p) | Operand::Move(p) => {
                let (pr, ty) = self.lower_place(p)?;
                Ok((to_op(pr), ty))
            }
            Operand::Constant(c) => self.lower_constant(c),
        }
    }

    fn scalar_const(&mut self, bits: u128, ty: Ty) -> LResult<OpRef> {
        let size = self.layout(ty)?.size;
        Ok(if size <= 8 {
            OpRef::Imm(bits as u64)
        } else {
            let mut b = Bytes::new(size as usize);
            b.write_uint(0, size as usize, bits);
            self.add_const(ConstVal { bytes: b })
        })
    }

    pub fn lower_constant(&mut self, c: &Constant) -> LResult<(OpRef, Ty)> {
        let ty = self.mono(c.ty);
        let op = match &c.kind {
            ConstKind::Scalar(bits) => self.scalar_const(*bits, ty)?,
            ConstKind::Param(param) => {
                let value = self.m.tcx.with_kind(self.mono(*param), |k| match *k {
                    TyKind::ConstValue(v) => Some(v),
                    _ => None,
                });
                let size = self.layout(ty)?.size as usize;
                let bits =
                    value.ok_or("a const parameter without a value")? & ferrum_mir::layout::size_mask(size as u64);
                self.scalar_const(bits, ty)?
            }
            ConstKind::ZeroSized => OpRef::Imm(0),
            ConstKind::Str(sym) => {
                let text = sym.as_str();
                let ptr = self.m.literal(text.as_bytes());
                let mut b = Bytes::new(16);
                b.write_ptr(0, ptr.addr, ptr.prov);
                b.write_uint(8, 8, text.len() as u128);
                self.add_const(ConstVal { bytes: b })
            }
            ConstKind::ByteStr(bytes) => {
                let ptr = self.m.literal(bytes);
                let mut b = Bytes::new(8);
                b.write_ptr(0, ptr.addr, ptr.prov);
                self.add_const(ConstVal { bytes: b })
            }
            ConstKind::Unevaluated(def, substs) => {
                let substs = substs.iter().map(|&t| self.mono(t)).collect();
                let v = self.m.eval_const(BodyOwner::Const(*def), substs).map_err(|e| e.to_string())?;
                self.const_op(v)
            }
            ConstKind::AnonConst(body) => {
                let v =
                    self.m.eval_const(BodyOwner::AnonConst(*body), self.substs.clone()).map_err(|e| e.to_string())?;
                self.const_op(v)
            }
            ConstKind::StaticAddr(_) | ConstKind::PromotedAddr(..) => {
                let ptr = match &c.kind {
                    ConstKind::PromotedAddr(item, expr) => {
                        let pointee = self.m.tcx.pointee(ty).unwrap_or(ty);
                        self.m.promoted_ptr(*item, *expr, pointee)
                    }
                    ConstKind::StaticAddr(def) => self.m.static_ptr(*def),
                    _ => unreachable!("matched above"),
                }?;
                let mut b = Bytes::new(8);
                b.write_ptr(0, ptr.addr, ptr.prov);
                self.add_const(ConstVal { bytes: b })
            }
        };
        Ok((op, ty))
    }

    fn const_op(&mut self, v: ConstVal) -> OpRef {
        let n = v.bytes.len();
        if n <= 8 && v.bytes.is_init(0, n) && !v.bytes.has_prov(0, n) {
            OpRef::Imm(v.bytes.read_uint(0, n) as u64)
        } else {
            self.add_const(v)
        }
    }

    /// The checks a copy of a value of type `ty` performs.
    pub fn validity(&self, ty: Ty) -> Validity {
        match self.m.tcx.kind(ty) {
            TyKind::Bool => Validity::Bool,
            TyKind::Char => Validity::Char,
            TyKind::Int(_)
            | TyKind::Uint(_)
            | TyKind::Float(_)
            | TyKind::Ref(..)
            | TyKind::RawPtr(..)
            | TyKind::FnPtr(_) => Validity::Init,
            _ => Validity::Raw,
        }
    }
}

pub fn to_op(p: PlaceRef) -> OpRef {
    match p {
        PlaceRef::Frame(off) => OpRef::Frame(off),
        PlaceRef::Complex(i) => OpRef::Place(i),
    }
}

fn flush(root: &mut Root, projs: &mut Vec<Proj>, acc: &mut u64) {
    if *acc == 0 {
        return;
    }
    match root {
        Root::Frame(off) if projs.is_empty() => *off += *acc as u32,
        _ => projs.push(Proj::Offset(*acc)),
    }
    *acc = 0;
}
