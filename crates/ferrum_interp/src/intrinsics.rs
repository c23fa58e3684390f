//! Compiler intrinsics (`extern "rust-intrinsic"`): resolved by name and
//! generic arguments once at lowering (constants such as `size_of` become
//! immediates), executed here.

use crate::code::{Code, Num, OpRef, Pc, PlaceRef, Validity};
use crate::instance::{InstId, InstanceKey};
use crate::machine::Machine;
use crate::memory::Pointer;
use crate::ops::{self, sext, trunc};
use crate::place::{Fx, Loc};
use crate::ub::{ub, Res, Stop, StopKind, UbError, UbKind};
use ferrum_mir::layout::Layout;
use ferrum_mir::mir::BinOp;
use ferrum_ty::ty::{Ty, TyKind};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    Wrapping,
    /// Returns `(T, bool)`; the flag is at this offset of the destination.
    Overflowing(u32),
    Saturating,
    /// UB on overflow (and on division by zero).
    Unchecked,
    /// UB on a non-zero remainder.
    Exact,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitOp {
    Ctpop,
    Ctlz,
    Cttz,
    Bswap,
    Bitreverse,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    Sqrt,
    Powi,
    Powf,
    Exp,
    Exp2,
    Ln,
    Log10,
    Log2,
    Sin,
    Cos,
    Tan,
    Floor,
    Ceil,
    Trunc,
    Round,
    Fabs,
    Copysign,
    Fma,
    Minnum,
    Maxnum,
    Asin,
    Acos,
    Atan,
    Atan2,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Cbrt,
    ExpM1,
    Ln1p,
    Hypot,
}

#[derive(Clone, Debug)]
pub enum Intrinsic {
    DropInPlace(InstId),
    /// `drop_in_place` of a `dyn Trait`: the drop glue in its vtable.
    DropVirtual,
    /// Calls an instance with the intrinsic's arguments (its result is the
    /// intrinsic's).
    CallInstance(InstId),
    /// Calls vtable entry `slot` of the trait object the first argument
    /// points to.
    CallVirtual {
        slot: u32,
    },
    /// `size_of_val`/`align_of_val` of a value whose tail is a trait
    /// object: `fixed` bytes and alignment `align` before it.
    DynSizeOfVal {
        fixed: u64,
        align: u64,
        want_align: bool,
    },
    Copy {
        elem: u64,
        align: u64,
        nonoverlapping: bool,
    },
    WriteBytes {
        elem: u64,
        align: u64,
    },
    Read {
        size: u64,
        align: u64,
        valid: Validity,
        /// For enums with a tag: the layout to check the tag against.
        tag: Option<Rc<Layout>>,
    },
    Write {
        size: u64,
        align: u64,
    },
    /// `transmute`, `black_box`: copy the argument to the destination.
    Move {
        size: u64,
        valid: Validity,
    },
    Offset {
        stride: u64,
        inbounds: bool,
    },
    /// `ptr_offset_from`: the distance in elements between two pointers
    /// into the same allocation.
    OffsetFrom {
        stride: u64,
    },
    /// `size_of_val`/`align_of_val` of an unsized pointee: `meta * stride`.
    /// `fixed + len * stride` rounded up to `align`: the size of a value
    /// ending in a slice of `len` elements.
    SizeOfVal {
        stride: u64,
        fixed: u64,
        align: u64,
    },
    DiscriminantValue {
        layout: Rc<Layout>,
        size: u8,
    },
    Abort,
    Int {
        kind: IntKind,
        op: BinOp,
        ty: Num,
        rty: Num,
    },
    Rotate {
        left: bool,
        ty: Num,
    },
    Bits {
        op: BitOp,
        ty: Num,
        out: u8,
    },
    Float {
        op: FloatOp,
        f64: bool,
    },
    /// `caller_location() -> (&'static str, u32, u32)`: field offsets.
    CallerLocation {
        file: u64,
        line: u64,
        col: u64,
    },
    /// `float_to_digits` of an `f32` or `f64`.
    FloatDigits {
        f64: bool,
    },
    Unreachable,
}

/// The size of a value whose sized prefix ends at `fixed`, followed by
/// `len` elements `stride` bytes apart, padded to `align`.
pub(crate) fn slice_tail_size(fixed: u64, len: u64, stride: u64, align: u64) -> u64 {
    fixed.wrapping_add(len.wrapping_mul(stride)).next_multiple_of(align)
}

/// What an intrinsic call lowers to.
pub enum Lowered {
    /// A constant of `size` bytes written to the destination.
    Value(u64, u32),
    Op(Intrinsic),
}

/// Resolves intrinsic `name` for generic arguments `substs`.
pub fn resolve_intrinsic(
    m: &mut Machine<'_>,
    name: &str,
    substs: &[Ty],
    args: &[Ty],
    dest: Ty,
) -> Result<Lowered, String> {
    let t = |i: usize| substs.get(i).copied().ok_or_else(|| format!("intrinsic `{name}` needs a type argument"));
    let layout = |ty: Ty| m.layout(ty).map_err(|e| format!("intrinsic `{name}`: layout error {e:?}"));
    let num = |m: &Machine<'_>, ty: Ty| m.num_of(ty);
    let base = name.strip_suffix("f64").or_else(|| name.strip_suffix("f32")).unwrap_or(name);
    let dest_size = layout(dest)?.size;
    Ok(Lowered::Op(match name {
        "size_of" => return Ok(Lowered::Value(layout(t(0)?)?.size, 8)),
        "min_align_of" | "align_of" | "pref_align_of" => return Ok(Lowered::Value(layout(t(0)?)?.align, 8)),
        "needs_drop" => return Ok(Lowered::Value(m.needs_drop(t(0)?) as u64, 1)),
        // Types are interned, so the index names the type; offset so that
        // no id is 0.
        "type_id" => return Ok(Lowered::Value(t(0)?.index() as u64 + 1, 8)),
        "size_of_val" | "min_align_of_val" | "align_of_val" => {
            let l = layout(t(0)?)?;
            let want_align = name != "size_of_val";
            if m.layouts.unsized_tail(t(0)?).is_some_and(|tail| matches!(m.tcx.kind(tail), TyKind::Dynamic { .. })) {
                // The dynamic tail's size and alignment are in the vtable.
                return Ok(Lowered::Op(Intrinsic::DynSizeOfVal { fixed: l.size, align: l.align, want_align }));
            }
            if !l.is_unsized || want_align {
                return Ok(Lowered::Value(if want_align { l.align } else { l.size }, 8));
            }
            match l.fields {
                ferrum_mir::layout::FieldsShape::Array { stride, .. } => {
                    Intrinsic::SizeOfVal { stride, fixed: 0, align: l.align }
                }
                // A struct ending in a slice (`RcBox<[T]>`): the tail starts
                // where the sized prefix ends.
                _ => match m.layouts.unsized_tail(t(0)?).map(|tail| layout(tail).map(|tl| tl.fields.clone())) {
                    Some(Ok(ferrum_mir::layout::FieldsShape::Array { stride, .. })) => {
                        Intrinsic::SizeOfVal { stride, fixed: l.size, align: l.align }
                    }
                    _ => return Err(format!("`{name}` of this unsized type is not supported yet")),
                },
            }
        }
        "call_once_by_ptr" => {
            let fn_once = m.prog.krate.lang_item("fn_once").ok_or("missing `FnOnce` lang item")?;
            let method = ferrum_ty::impls::assoc_item(&m.prog.krate, fn_once, ferrum_span::Symbol::intern("call_once"))
                .ok_or("missing `FnOnce::call_once`")?;
            match m.by_ptr_target(method, &[t(0)?, t(1)?])? {
                crate::vtable::ByPtrTarget::Direct(inst) => Intrinsic::CallInstance(inst),
                crate::vtable::ByPtrTarget::Slot(slot) => Intrinsic::CallVirtual { slot },
            }
        }
        "drop_in_place" => {
            let ty = t(0)?;
            if let TyKind::Dynamic { .. } = m.tcx.kind(ty) {
                return Ok(Lowered::Op(Intrinsic::DropVirtual));
            }
            if !m.needs_drop(ty) {
                return Ok(Lowered::Value(0, 0));
            }
            Intrinsic::DropInPlace(m.instances.intern(InstanceKey::DropGlue(ty)))
        }
        "forget" | "assume" => return Ok(Lowered::Value(0, 0)),
        // The length word of a wide pointer to a slice or `str`.
        "ptr_metadata" => Intrinsic::SizeOfVal { stride: 1, fixed: 0, align: 1 },
        "copy" | "copy_nonoverlapping" => {
            let l = layout(t(0)?)?;
            Intrinsic::Copy { elem: l.size, align: l.align, nonoverlapping: name == "copy_nonoverlapping" }
        }
        "write_bytes" => {
            let l = layout(t(0)?)?;
            Intrinsic::WriteBytes { elem: l.size, align: l.align }
        }
        "read" | "read_via_copy" | "volatile_load" | "unaligned_volatile_load" => {
            let ty = t(0)?;
            let l = layout(ty)?;
            let align = if name.starts_with("unaligned") { 1 } else { l.align };
            Intrinsic::Read { size: l.size, align, valid: validity(m, ty), tag: enum_tag_check(&l) }
        }
        "write" | "write_via_move" | "volatile_store" | "unaligned_volatile_store" => {
            let l = layout(t(0)?)?;
            let align = if name.starts_with("unaligned") { 1 } else { l.align };
            Intrinsic::Write { size: l.size, align }
        }
        "transmute" | "transmute_unchecked" => {
            let src = args.first().copied().ok_or("transmute needs an argument")?;
            let (ss, ds) = (layout(src)?.size, dest_size);
            if ss != ds {
                return Err(format!("transmute between types of different sizes ({ss} and {ds} bytes)"));
            }
            Intrinsic::Move { size: ds, valid: validity(m, dest) }
        }
        "black_box" | "likely" | "unlikely" => Intrinsic::Move { size: dest_size, valid: Validity::Raw },
        "offset" | "arith_offset" => {
            // The stride is the size of what the pointer argument points to
            // (the generic argument may itself be a pointer type, `&str`).
            let ptr = match args.first() {
                Some(&a) => a,
                None => t(0)?,
            };
            let pointee = m.tcx.pointee(ptr).unwrap_or(ptr);
            Intrinsic::Offset { stride: layout(pointee)?.size, inbounds: name == "offset" }
        }
        "ptr_offset_from" => Intrinsic::OffsetFrom { stride: layout(t(0)?)?.size },
        "discriminant_value" => Intrinsic::DiscriminantValue { layout: layout(t(0)?)?, size: dest_size as u8 },
        "abort" => Intrinsic::Abort,
        "unreachable" => Intrinsic::Unreachable,
        "caller_location" => {
            let l = layout(dest)?;
            Intrinsic::CallerLocation {
                file: l.field_offset(None, 0),
                line: l.field_offset(None, 1),
                col: l.field_offset(None, 2),
            }
        }
        "float_to_digits" => {
            Intrinsic::FloatDigits { f64: matches!(m.tcx.kind(t(0)?), TyKind::Float(ferrum_ty::ty::FloatTy::F64)) }
        }
        _ => {
            if let Some((kind, op)) = int_intrinsic(name) {
                let ty = num(m, t(0)?);
                let kind = match kind {
                    IntKind::Overflowing(_) => IntKind::Overflowing(layout(dest)?.field_offset(None, 1) as u32),
                    k => k,
                };
                let rty = args.get(1).map_or(ty, |&a| num(m, a));
                Intrinsic::Int { kind, op, ty, rty }
            } else if name == "rotate_left" || name == "rotate_right" {
                Intrinsic::Rotate { left: name == "rotate_left", ty: num(m, t(0)?) }
            } else if let Some(op) = bit_op(name) {
                Intrinsic::Bits { op, ty: num(m, t(0)?), out: dest_size as u8 }
            } else if let Some(op) = float_op(base) {
                let is_f64 = if name.ends_with("f64") {
                    true
                } else if name.ends_with("f32") {
                    false
                } else {
                    matches!(m.tcx.kind(t(0)?), TyKind::Float(ferrum_ty::ty::FloatTy::F64))
                };
                Intrinsic::Float { op, f64: is_f64 }
            } else {
                return Err(format!("unknown intrinsic `{name}` (no interpreter implementation)"));
            }
        }
    }))
}

/// Typed reads and transmutes check their value like typed copies: scalars
/// must be initialised (thin pointers included), bools and chars valid.
/// The layout of an enum with a tag, whose loads check the tag.
fn enum_tag_check(l: &Rc<Layout>) -> Option<Rc<Layout>> {
    matches!(l.variants, ferrum_mir::layout::Variants::Multiple { .. }).then(|| l.clone())
}

fn validity(m: &Machine<'_>, ty: Ty) -> Validity {
    match m.num_of(ty) {
        Num::Bool => Validity::Bool,
        Num::Char => Validity::Char,
        Num::Int { .. } | Num::F32 | Num::F64 | Num::Ptr => Validity::Init,
        _ => Validity::Raw,
    }
}

fn int_intrinsic(name: &str) -> Option<(IntKind, BinOp)> {
    let (kind, op) = match name {
        "wrapping_add" => (IntKind::Wrapping, BinOp::Add),
        "wrapping_sub" => (IntKind::Wrapping, BinOp::Sub),
        "wrapping_mul" => (IntKind::Wrapping, BinOp::Mul),
        "add_with_overflow" => (IntKind::Overflowing(0), BinOp::Add),
        "sub_with_overflow" => (IntKind::Overflowing(0), BinOp::Sub),
        "mul_with_overflow" => (IntKind::Overflowing(0), BinOp::Mul),
        "saturating_add" => (IntKind::Saturating, BinOp::Add),
        "saturating_sub" => (IntKind::Saturating, BinOp::Sub),
        "unchecked_add" => (IntKind::Unchecked, BinOp::Add),
        "unchecked_sub" => (IntKind::Unchecked, BinOp::Sub),
        "unchecked_mul" => (IntKind::Unchecked, BinOp::Mul),
        "unchecked_div" => (IntKind::Unchecked, BinOp::Div),
        "unchecked_rem" => (IntKind::Unchecked, BinOp::Rem),
        "unchecked_shl" => (IntKind::Unchecked, BinOp::Shl),
        "unchecked_shr" => (IntKind::Unchecked, BinOp::Shr),
        "exact_div" => (IntKind::Exact, BinOp::Div),
        _ => return None,
    };
    Some((kind, op))
}

fn bit_op(name: &str) -> Option<BitOp> {
    Some(match name {
        "ctpop" => BitOp::Ctpop,
        "ctlz" | "ctlz_nonzero" => BitOp::Ctlz,
        "cttz" | "cttz_nonzero" => BitOp::Cttz,
        "bswap" => BitOp::Bswap,
        "bitreverse" => BitOp::Bitreverse,
        _ => return None,
    })
}

fn float_op(name: &str) -> Option<FloatOp> {
    Some(match name {
        "sqrt" => FloatOp::Sqrt,
        "powi" => FloatOp::Powi,
        "pow" | "powf" => FloatOp::Powf,
        "exp" => FloatOp::Exp,
        "exp2" => FloatOp::Exp2,
        "ln" | "log" => FloatOp::Ln,
        "log10" => FloatOp::Log10,
        "log2" => FloatOp::Log2,
        "sin" => FloatOp::Sin,
        "cos" => FloatOp::Cos,
        "tan" => FloatOp::Tan,
        "floor" => FloatOp::Floor,
        "ceil" => FloatOp::Ceil,
        "trunc" => FloatOp::Trunc,
        "round" => FloatOp::Round,
        "fabs" | "abs" => FloatOp::Fabs,
        "copysign" => FloatOp::Copysign,
        "fma" | "mul_add" => FloatOp::Fma,
        "minnum" | "min" => FloatOp::Minnum,
        "maxnum" | "max" => FloatOp::Maxnum,
        "asin" => FloatOp::Asin,
        "acos" => FloatOp::Acos,
        "atan" => FloatOp::Atan,
        "atan2" => FloatOp::Atan2,
        "sinh" => FloatOp::Sinh,
        "cosh" => FloatOp::Cosh,
        "tanh" => FloatOp::Tanh,
        "asinh" => FloatOp::Asinh,
        "acosh" => FloatOp::Acosh,
        "atanh" => FloatOp::Atanh,
        "cbrt" => FloatOp::Cbrt,
        "exp_m1" => FloatOp::ExpM1,
        "ln_1p" => FloatOp::Ln1p,
        "hypot" => FloatOp::Hypot,
        _ => return None,
    })
}

/// Whether the fast path handles an intrinsic (in its common forms).
pub fn has_fast_path(which: &Intrinsic) -> bool {
    matches!(
        which,
        Intrinsic::Offset { .. }
            | Intrinsic::Write { .. }
            | Intrinsic::Read { tag: None, .. }
            | Intrinsic::Move { .. }
            | Intrinsic::SizeOfVal { .. }
    )
}

impl Machine<'_> {
    /// Executes an intrinsic; returns an instance to call (drop glue) if any.
    pub fn exec_intrinsic(
        &mut self,
        fx: Fx,
        code: &Code,
        which: &Intrinsic,
        args: &[OpRef],
        dest: PlaceRef,
        pc: Pc,
    ) -> Res<Option<InstId>> {
        let arg = |i: usize| -> Res<OpRef> {
            args.get(i)
                .copied()
                .ok_or_else(|| Stop::error(format!("intrinsic {which:?} called with too few arguments")))
        };
        match which {
            Intrinsic::DropInPlace(inst) | Intrinsic::CallInstance(inst) => return Ok(Some(*inst)),
            Intrinsic::DropVirtual => {
                return self.vtable_entry(fx, code, arg(0)?, crate::vtable::DROP_ENTRY as u32).map(Some)
            }
            &Intrinsic::CallVirtual { slot } => return self.vtable_entry(fx, code, arg(0)?, slot).map(Some),
            &Intrinsic::DynSizeOfVal { fixed, align, want_align } => {
                let vtable = self.read_op_vtable(fx, code, arg(0)?)?;
                let entry = |i: usize| Loc::Mem(vtable.offset(i as u64 * 8));
                let size = self.load(entry(crate::vtable::SIZE_ENTRY), 8, 8)? as u64;
                let tail_align = self.load(entry(crate::vtable::ALIGN_ENTRY), 8, 8)? as u64;
                let align = align.max(tail_align).max(1);
                let value = if want_align {
                    align
                } else {
                    (fixed.div_ceil(tail_align.max(1)) * tail_align.max(1) + size).div_ceil(align) * align
                };
                self.write_place(fx, code, dest, 8, value as u128)?;
            }
            &Intrinsic::Copy { elem, align, nonoverlapping } => {
                let src = self.read_op_ptr(fx, code, arg(0)?)?;
                let dst = self.read_op_ptr(fx, code, arg(1)?)?;
                let n = self.read_op(fx, code, arg(2)?, 8)? as u64;
                let bytes =
                    n.checked_mul(elem).ok_or_else(|| UbError::new(UbKind::OutOfBounds, "copy size overflows"))?;
                if nonoverlapping && bytes > 0 && src.addr < dst.addr + bytes && dst.addr < src.addr + bytes {
                    return ub(UbKind::OutOfBounds, "copy_nonoverlapping called with overlapping ranges");
                }
                if bytes > 0 {
                    self.copy(Loc::Mem(src), align, Loc::Mem(dst), align, bytes as usize)?;
                } else {
                    check_aligned(src, align)?;
                    check_aligned(dst, align)?;
                }
            }
            &Intrinsic::WriteBytes { elem, align } => {
                let dst = self.read_op_ptr(fx, code, arg(0)?)?;
                let v = self.read_op(fx, code, arg(1)?, 1)? as u8;
                let n = self.read_op(fx, code, arg(2)?, 8)? as u64;
                let bytes = (n * elem) as usize;
                check_aligned(dst, align)?;
                self.write_mem(dst, &vec![v; bytes])?;
            }
            Intrinsic::Read { size, align, valid, tag } => {
                let (size, align, valid) = (*size, *align, *valid);
                let src = self.read_op_ptr(fx, code, arg(0)?)?;
                if let Some(layout) = tag {
                    self.discr_at(Loc::Mem(src), layout)?;
                }
                let (dloc, _, dalign) = self.eval_place(fx, code, dest)?;
                if valid != Validity::Raw {
                    let v = self.load(Loc::Mem(src), size as usize, align)?;
                    crate::exec::check_valid(valid, v)?;
                }
                if size == 0 {
                    check_aligned(src, align)?;
                }
                self.copy(Loc::Mem(src), align, dloc, dalign, size as usize)?;
            }
            &Intrinsic::Write { size, align } => {
                let dst = self.read_op_ptr(fx, code, arg(0)?)?;
                if size == 0 {
                    check_aligned(dst, align)?;
                }
                self.copy_op(fx, code, arg(1)?, Loc::Mem(dst), align, size as usize)?;
            }
            &Intrinsic::Move { size, valid } => {
                if valid != Validity::Raw {
                    let v = self.read_op(fx, code, arg(0)?, size as usize)?;
                    crate::exec::check_valid(valid, v)?;
                }
                let (dloc, _, dalign) = self.eval_place(fx, code, dest)?;
                self.copy_op(fx, code, arg(0)?, dloc, dalign, size as usize)?;
            }
            &Intrinsic::Offset { stride, inbounds } => {
                let p = self.read_op_ptr(fx, code, arg(0)?)?;
                let n = self.read_op(fx, code, arg(1)?, 8)? as u64;
                let bytes = n.wrapping_mul(stride);
                let q = p.offset(bytes);
                if inbounds {
                    self.check_inbounds(p, q, bytes)?;
                }
                self.write_place_ptr(fx, code, dest, q)?;
            }
            &Intrinsic::OffsetFrom { stride } => {
                let p = self.read_op_ptr(fx, code, arg(0)?)?;
                let base = self.read_op_ptr(fx, code, arg(1)?)?;
                let d = self.offset_from(p, base, stride)?;
                self.write_place(fx, code, dest, 8, d as u64 as u128)?;
            }
            &Intrinsic::SizeOfVal { stride, fixed, align } => {
                let v = self.read_op(fx, code, arg(0)?, 16)?;
                let meta = (v >> 64) as u64;
                self.write_place(fx, code, dest, 8, slice_tail_size(fixed, meta, stride, align) as u128)?;
            }
            Intrinsic::DiscriminantValue { layout, size } => {
                let p = self.read_op_ptr(fx, code, arg(0)?)?;
                let d = self.discr_at(Loc::Mem(p), layout)?;
                self.write_place(fx, code, dest, *size as usize, trunc(d as u128, *size as usize))?;
            }
            Intrinsic::Abort => {
                self.flush();
                return Err(Stop(Box::new(StopKind::Exit(134))));
            }
            Intrinsic::Unreachable => return ub(UbKind::Unreachable, "`unreachable` intrinsic was called"),
            &Intrinsic::Int { kind, op, ty, rty } => self.exec_int(fx, code, kind, op, (ty, rty), args, dest)?,
            &Intrinsic::Rotate { left, ty } => {
                let size = ty.size();
                let x = self.read_op(fx, code, arg(0)?, size)?;
                let s = self.read_op(fx, code, arg(1)?, 4)? as u32;
                let bits = size as u32 * 8;
                let s = s % bits;
                let r = if s == 0 {
                    x
                } else if left {
                    trunc((x << s) | (x >> (bits - s)), size)
                } else {
                    trunc((x >> s) | (x << (bits - s)), size)
                };
                self.write_place(fx, code, dest, size, r)?;
            }
            &Intrinsic::Bits { op, ty, out } => {
                let size = ty.size();
                let x = self.read_op(fx, code, arg(0)?, size)?;
                let bits = size as u32 * 8;
                let r: u128 = match op {
                    BitOp::Ctpop => x.count_ones() as u128,
                    BitOp::Ctlz => (x.leading_zeros() - (128 - bits)) as u128,
                    BitOp::Cttz => x.trailing_zeros().min(bits) as u128,
                    BitOp::Bswap => x.swap_bytes() >> (128 - bits),
                    BitOp::Bitreverse => x.reverse_bits() >> (128 - bits),
                };
                self.write_place(fx, code, dest, out as usize, trunc(r, out as usize))?;
            }
            &Intrinsic::Float { op, f64 } => self.exec_float(fx, code, op, f64, args, dest)?,
            &Intrinsic::CallerLocation { file, line, col } => {
                let span = self.caller_location(code.span(pc));
                let (name, lc) = match (self.sources.try_file(span.file), self.sources.line_col(span)) {
                    (Some(f), Some(lc)) => (f.name.clone(), (lc.line, lc.col)),
                    _ => ("<unknown>".to_string(), (0, 0)),
                };
                let p = self.literal(name.as_bytes());
                let (loc, _, _) = self.eval_place(fx, code, dest)?;
                self.store_ptr(loc.offset(file), p)?;
                self.store(loc.offset(file + 8), 8, 8, name.len() as u128)?;
                self.store(loc.offset(line), 4, 4, u128::from(lc.0))?;
                self.store(loc.offset(col), 4, 4, u128::from(lc.1))?;
            }
            &Intrinsic::FloatDigits { f64 } => {
                let bits = self.read_op(fx, code, arg(0)?, if f64 { 8 } else { 4 })?;
                let mode = self.read_op(fx, code, arg(1)?, 4)? as u32;
                let count = self.read_op(fx, code, arg(2)?, 8)? as usize;
                let buf = self.read_op_ptr(fx, code, arg(3)?)?;
                let buflen = self.read_op(fx, code, arg(4)?, 8)? as usize;
                let exp_ptr = self.read_op_ptr(fx, code, arg(5)?)?;
                let (digits, exp) = if f64 {
                    crate::float_digits::digits(f64::from_bits(bits as u64), mode, count)
                } else {
                    crate::float_digits::digits(f32::from_bits(bits as u32), mode, count)
                };
                let n = digits.len().min(buflen);
                self.write_mem(buf, &digits[..n])?;
                self.write_mem(exp_ptr, &exp.to_le_bytes())?;
                self.write_place(fx, code, dest, 8, n as u128)?;
            }
        }
        Ok(None)
    }

    #[allow(clippy::too_many_arguments)]
    fn exec_int(
        &mut self,
        fx: Fx,
        code: &Code,
        kind: IntKind,
        op: BinOp,
        (ty, rty): (Num, Num),
        args: &[OpRef],
        dest: PlaceRef,
    ) -> Res<()> {
        let Num::Int { size, signed } = ty else {
            return Err(Stop::error("integer intrinsic on a non-integer type"));
        };
        let size = size as usize;
        let (a, b) = match args {
            [a, b, ..] => (*a, *b),
            _ => return Err(Stop::error("integer intrinsic called with too few arguments")),
        };
        let rsize = rty.size();
        let x = self.read_op(fx, code, a, size)?;
        let y = self.read_op(fx, code, b, rsize)?;
        let (r, o) = ops::checked(op, ty, rty, x, y).map_err(crate::exec::arith_error)?;
        match kind {
            IntKind::Wrapping => self.write_place(fx, code, dest, size, r),
            IntKind::Overflowing(flag) => {
                let (loc, _, align) = self.eval_place(fx, code, dest)?;
                self.store(loc, size, align, r)?;
                self.store(loc.offset(flag as u64), 1, 1, o as u128)
            }
            IntKind::Saturating => {
                let v = if !o {
                    r
                } else if signed {
                    let neg = if op == BinOp::Add { sext(y, size) < 0 } else { sext(y, size) > 0 };
                    let bound = if neg { ops::min_signed(size) } else { ops::max_signed(size) };
                    trunc(bound as u128, size)
                } else if op == BinOp::Add {
                    trunc(u128::MAX, size)
                } else {
                    0
                };
                self.write_place(fx, code, dest, size, v)
            }
            IntKind::Unchecked => {
                if o {
                    return ub(UbKind::ArithmeticOverflow, format!("overflow in `unchecked_{op:?}`").to_lowercase());
                }
                self.write_place(fx, code, dest, size, r)
            }
            IntKind::Exact => {
                let rem = ops::binary(BinOp::Rem, ty, ty, x, y).map_err(crate::exec::arith_error)?;
                if o || rem != 0 {
                    return ub(UbKind::ArithmeticOverflow, "`exact_div` with a remainder or overflow");
                }
                self.write_place(fx, code, dest, size, r)
            }
        }
    }

    fn exec_float(
        &mut self,
        fx: Fx,
        code: &Code,
        op: FloatOp,
        is_f64: bool,
        args: &[OpRef],
        dest: PlaceRef,
    ) -> Res<()> {
        let size = if is_f64 { 8 } else { 4 };
        let mut vals = [0f64; 3];
        let arity = match op {
            FloatOp::Powi
            | FloatOp::Powf
            | FloatOp::Copysign
            | FloatOp::Minnum
            | FloatOp::Maxnum
            | FloatOp::Atan2
            | FloatOp::Hypot => 2,
            FloatOp::Fma => 3,
            _ => 1,
        };
        if args.len() < arity {
            return Err(Stop::error("float intrinsic called with too few arguments"));
        }
        let mut powi = 0i32;
        for i in 0..arity {
            if op == FloatOp::Powi && i == 1 {
                powi = self.read_op(fx, code, args[1], 4)? as u32 as i32;
                continue;
            }
            let bits = self.read_op(fx, code, args[i], size)?;
            vals[i] = if is_f64 { f64::from_bits(bits as u64) } else { f32::from_bits(bits as u32) as f64 };
        }
        let r = if is_f64 {
            float_op_f64(op, vals, powi).to_bits() as u128
        } else {
            let v = [vals[0] as f32, vals[1] as f32, vals[2] as f32];
            float_op_f32(op, v, powi).to_bits() as u128
        };
        self.write_place(fx, code, dest, size, r)
    }

    /// The discriminant of the enum at `loc`.
    pub fn discr_at(&mut self, loc: Loc, layout: &Layout) -> Res<i128> {
        use ferrum_mir::layout::Variants;
        match &layout.variants {
            Variants::Single { index } => Ok(layout.discrs.get(*index as usize).copied().unwrap_or(0)),
            Variants::Multiple { tag, .. } => {
                let raw = self.load(loc.offset(tag.offset), tag.size as usize, 1)?;
                match layout.variant_of_tag(raw) {
                    Some(v) => Ok(layout.discr_of(v)),
                    None => ub(UbKind::InvalidValue, format!("reading an enum whose tag {raw:#x} names no variant")),
                }
            }
        }
    }
}

fn check_aligned(p: Pointer, align: u64) -> Res<()> {
    if !p.addr.is_multiple_of(align.max(1)) || p.addr == 0 {
        let what = if p.addr == 0 { "a null pointer".to_string() } else { format!("{:#x}", p.addr) };
        let kind = if p.addr == 0 { UbKind::NoProvenance } else { UbKind::Misaligned };
        return ub(kind, format!("accessing {what} (required alignment {align})"));
    }
    Ok(())
}

/// The same operation table for both float widths, computed in that
/// width (as the compiled program would).
macro_rules! float_op_fn {
    ($name:ident, $t:ty) => {
        fn $name(op: FloatOp, v: [$t; 3], powi: i32) -> $t {
            let [a, b, c] = v;
            match op {
                FloatOp::Asin => a.asin(),
                FloatOp::Acos => a.acos(),
                FloatOp::Atan => a.atan(),
                FloatOp::Atan2 => a.atan2(b),
                FloatOp::Sinh => a.sinh(),
                FloatOp::Cosh => a.cosh(),
                FloatOp::Tanh => a.tanh(),
                FloatOp::Asinh => a.asinh(),
                FloatOp::Acosh => a.acosh(),
                FloatOp::Atanh => a.atanh(),
                FloatOp::Cbrt => a.cbrt(),
                FloatOp::ExpM1 => a.exp_m1(),
                FloatOp::Ln1p => a.ln_1p(),
                FloatOp::Hypot => a.hypot(b),
                FloatOp::Sqrt => a.sqrt(),
                FloatOp::Powi => a.powi(powi),
                FloatOp::Powf => a.powf(b),
                FloatOp::Exp => a.exp(),
                FloatOp::Exp2 => a.exp2(),
                FloatOp::Ln => a.ln(),
                FloatOp::Log10 => a.log10(),
                FloatOp::Log2 => a.log2(),
                FloatOp::Sin => a.sin(),
                FloatOp::Cos => a.cos(),
                FloatOp::Tan => a.tan(),
                FloatOp::Floor => a.floor(),
                FloatOp::Ceil => a.ceil(),
                FloatOp::Trunc => a.trunc(),
                FloatOp::Round => a.round(),
                FloatOp::Fabs => a.abs(),
                FloatOp::Copysign => a.copysign(b),
                FloatOp::Fma => a.mul_add(b, c),
                FloatOp::Minnum => a.min(b),
                FloatOp::Maxnum => a.max(b),
            }
        }
    };
}

float_op_fn!(float_op_f64, f64);
float_op_fn!(float_op_f32, f32);
