//! Numeric casts with Rust semantics: integer truncation and extension,
//! saturating float-to-int (NaN to 0), correctly rounded int-to-float,
//! float widening/narrowing.

use crate::code::Num;
use crate::ops::{sext, trunc};

/// The integer view of a scalar: (size, signed). Bools and chars are unsigned.
fn int_view(ty: Num) -> Option<(usize, bool)> {
    match ty {
        Num::Int { size, signed } => Some((size as usize, signed)),
        Num::Bool => Some((1, false)),
        Num::Char => Some((4, false)),
        Num::Ptr => Some((8, false)),
        _ => None,
    }
}

/// Integer (or bool/char) to integer (or char).
pub fn int_to_int(from: Num, to: Num, v: u128) -> Option<u128> {
    let (fs, fsigned) = int_view(from)?;
    let (ts, _) = int_view(to)?;
    let wide = if fsigned { sext(v, fs) as u128 } else { trunc(v, fs) };
    Some(trunc(wide, ts))
}

pub fn int_to_float(from: Num, to: Num, v: u128) -> Option<u128> {
    let (fs, signed) = int_view(from)?;
    Some(match (to, signed) {
        (Num::F32, true) => (sext(v, fs) as f32).to_bits() as u128,
        (Num::F32, false) => (trunc(v, fs) as f32).to_bits() as u128,
        (Num::F64, true) => (sext(v, fs) as f64).to_bits() as u128,
        (Num::F64, false) => (trunc(v, fs) as f64).to_bits() as u128,
        _ => return None,
    })
}

pub fn float_to_int(from: Num, to: Num, v: u128) -> Option<u128> {
    let f = match from {
        Num::F32 => f32::from_bits(v as u32) as f64,
        Num::F64 => f64::from_bits(v as u64),
        _ => return None,
    };
    // `f32 -> f64` is exact, so saturating through f64 matches `f32 as iN`.
    let Num::Int { size, signed } = to else {
        return None;
    };
    Some(if signed {
        let r: i128 = match size {
            1 => f as i8 as i128,
            2 => f as i16 as i128,
            4 => f as i32 as i128,
            8 => f as i64 as i128,
            _ => f as i128,
        };
        trunc(r as u128, size as usize)
    } else {
        match size {
            1 => f as u8 as u128,
            2 => f as u16 as u128,
            4 => f as u32 as u128,
            8 => f as u64 as u128,
            _ => f as u128,
        }
    })
}

pub fn float_to_float(from: Num, to: Num, v: u128) -> Option<u128> {
    Some(match (from, to) {
        (Num::F32, Num::F64) => (f32::from_bits(v as u32) as f64).to_bits() as u128,
        (Num::F64, Num::F32) => (f64::from_bits(v as u64) as f32).to_bits() as u128,
        (Num::F32, Num::F32) | (Num::F64, Num::F64) => v,
        _ => return None,
    })
}

impl crate::machine::Machine<'_> {
    /// Executes a cast instruction.
    #[allow(clippy::too_many_arguments)]
    pub fn exec_cast(
        &mut self,
        fx: crate::place::Fx,
        code: &crate::code::Code,
        op: crate::code::CastOp,
        from: Num,
        to: Num,
        dst: crate::code::PlaceRef,
        src: crate::code::OpRef,
        size: usize,
    ) -> crate::ub::Res<()> {
        use crate::code::CastOp;
        use crate::memory::Pointer;
        let numeric = |f: fn(Num, Num, u128) -> Option<u128>, v: u128| {
            f(from, to, v).ok_or_else(|| crate::ub::Stop::error(format!("unsupported cast from {from:?} to {to:?}")))
        };
        match op {
            CastOp::IntToInt | CastOp::IntToFloat | CastOp::FloatToInt | CastOp::FloatToFloat => {
                let v = self.read_op(fx, code, src, from.size())?;
                if from == Num::Bool && v > 1 {
                    return crate::ub::ub(crate::ub::UbKind::InvalidValue, format!("casting an invalid bool: {v:#x}"));
                }
                let r = match op {
                    CastOp::IntToInt => numeric(int_to_int, v)?,
                    CastOp::IntToFloat => numeric(int_to_float, v)?,
                    CastOp::FloatToInt => numeric(float_to_int, v)?,
                    _ => numeric(float_to_float, v)?,
                };
                if to == Num::Char {
                    crate::exec::check_valid(crate::code::Validity::Char, r)?;
                }
                self.write_place(fx, code, dst, size, r)
            }
            CastOp::Copy => {
                let (loc, _, align) = self.eval_place(fx, code, dst)?;
                self.copy_op(fx, code, src, loc, align, size)
            }
            CastOp::PtrToAddr => {
                let p = self.read_op_ptr(fx, code, src)?;
                self.mem.expose(p);
                self.write_place(fx, code, dst, size, p.addr as u128)
            }
            CastOp::AddrToPtr => {
                let v = self.read_op(fx, code, src, from.size())?;
                self.write_place_ptr(fx, code, dst, Pointer::new(v as u64, 0))
            }
            CastOp::Unsize(n) => {
                let p = self.read_op_ptr(fx, code, src)?;
                let (loc, _, _) = self.eval_place(fx, code, dst)?;
                self.store_ptr(loc, p)?;
                self.store(loc.offset(8), 8, 8, n as u128)
            }
            CastOp::UnsizeDyn(vtable) => {
                let p = self.read_op_ptr(fx, code, src)?;
                let (loc, _, _) = self.eval_place(fx, code, dst)?;
                self.store_ptr(loc, p)?;
                self.store_ptr(loc.offset(8), vtable)
            }
            CastOp::Upcast(slot) => {
                let p = self.read_op_ptr(fx, code, src)?;
                let vtable = self.read_op_vtable(fx, code, src)?;
                let sup = self.load_ptr(crate::place::Loc::Mem(vtable.offset(8 * u64::from(slot))))?;
                let (loc, _, _) = self.eval_place(fx, code, dst)?;
                self.store_ptr(loc, p)?;
                self.store_ptr(loc.offset(8), sup)
            }
            CastOp::FnToPtr(id) => {
                let p = self.fn_ptr(id);
                self.write_place_ptr(fx, code, dst, p)
            }
        }
    }
}
