//! Scalar arithmetic on raw bits: integers of every width (values are kept
//! zero-extended in a `u128`), floats through host `f32`/`f64`, bools,
//! chars and pointer addresses.

use crate::code::Num;
use ferrum_mir::mir::{BinOp, UnOp};

/// Sign-extends the low `size` bytes of `v`.
#[inline]
pub fn sext(v: u128, size: usize) -> i128 {
    if size >= 16 {
        return v as i128;
    }
    let shift = 128 - size * 8;
    ((v << shift) as i128) >> shift
}

/// Keeps the low `size` bytes of `v`.
#[inline]
pub fn trunc(v: u128, size: usize) -> u128 {
    if size >= 16 {
        v
    } else {
        v & ((1u128 << (size * 8)) - 1)
    }
}

/// Why an unchecked operation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithError {
    DivisionByZero,
    Unsupported,
}

/// The size in bytes of `op`'s result.
pub fn result_size(op: BinOp, ty: Num) -> usize {
    if op.is_comparison() {
        1
    } else {
        ty.size()
    }
}

/// A `BinaryOp`: wrapping integer arithmetic, masked shifts, comparisons,
/// IEEE float arithmetic.
#[inline]
pub fn binary(op: BinOp, ty: Num, rty: Num, a: u128, b: u128) -> Result<u128, ArithError> {
    match ty {
        Num::Int { size, signed } => int_binary(op, size as usize, signed, rty, a, b),
        Num::Bool => int_binary(op, 1, false, rty, a, b),
        Num::Char => int_binary(op, 4, false, rty, a, b),
        Num::Ptr => int_binary(op, 8, false, rty, a, b),
        Num::F32 => Ok(f32_binary(op, f32::from_bits(a as u32), f32::from_bits(b as u32))),
        Num::F64 => Ok(f64_binary(op, f64::from_bits(a as u64), f64::from_bits(b as u64))),
        Num::WidePtr => {
            // Compare (address, metadata) pairs.
            let key = |v: u128| ((v as u64 as u128) << 64) | (v >> 64);
            Ok(cmp(op, key(a).cmp(&key(b))).ok_or(ArithError::Unsupported)? as u128)
        }
        Num::Other => Err(ArithError::Unsupported),
    }
}

fn cmp(op: BinOp, ord: std::cmp::Ordering) -> Option<bool> {
    use std::cmp::Ordering::*;
    Some(match op {
        BinOp::Eq => ord == Equal,
        BinOp::Ne => ord != Equal,
        BinOp::Lt => ord == Less,
        BinOp::Le => ord != Greater,
        BinOp::Gt => ord == Greater,
        BinOp::Ge => ord != Less,
        _ => return None,
    })
}

fn shift_amount(rty: Num, b: u128) -> u128 {
    match rty {
        Num::Int { size, signed: true } => sext(b, size as usize) as u128,
        _ => b,
    }
}

#[inline]
fn int_binary(op: BinOp, size: usize, signed: bool, rty: Num, a: u128, b: u128) -> Result<u128, ArithError> {
    let bits = size as u32 * 8;
    let r = match op {
        BinOp::Add => a.wrapping_add(b),
        BinOp::Sub => a.wrapping_sub(b),
        BinOp::Mul => a.wrapping_mul(b),
        BinOp::Div | BinOp::Rem => {
            if trunc(b, size) == 0 {
                return Err(ArithError::DivisionByZero);
            }
            if signed {
                let (x, y) = (sext(a, size), sext(b, size));
                let r = if op == BinOp::Div { x.wrapping_div(y) } else { x.wrapping_rem(y) };
                r as u128
            } else if op == BinOp::Div {
                a / b
            } else {
                a % b
            }
        }
        BinOp::BitXor => a ^ b,
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::Shl => {
            let s = (shift_amount(rty, b) as u32) & (bits - 1);
            a << s
        }
        BinOp::Shr => {
            let s = (shift_amount(rty, b) as u32) & (bits - 1);
            if signed {
                (sext(a, size) >> s) as u128
            } else {
                a >> s
            }
        }
        BinOp::Offset => return Err(ArithError::Unsupported),
        _ => {
            let ord = if signed { sext(a, size).cmp(&sext(b, size)) } else { a.cmp(&b) };
            return Ok(cmp(op, ord).ok_or(ArithError::Unsupported)? as u128);
        }
    };
    Ok(trunc(r, size))
}

/// A `CheckedBinaryOp`: the wrapped result and whether it overflowed.
pub fn checked(op: BinOp, ty: Num, rty: Num, a: u128, b: u128) -> Result<(u128, bool), ArithError> {
    let (size, signed) = match ty {
        Num::Int { size, signed } => (size as usize, signed),
        _ => return Ok((binary(op, ty, rty, a, b)?, false)),
    };
    let bits = size as u32 * 8;
    let wrapped = int_binary(op, size, signed, rty, a, b)?;
    let overflow = match op {
        BinOp::Shl | BinOp::Shr => {
            let amount = shift_amount(rty, b);
            let negative = matches!(rty, Num::Int { signed: true, size } if sext(b, size as usize) < 0);
            negative || amount >= bits as u128
        }
        BinOp::Div | BinOp::Rem => signed && sext(a, size) == min_signed(size) && sext(b, size) == -1,
        BinOp::Add | BinOp::Sub | BinOp::Mul => {
            if signed {
                let (x, y) = (sext(a, size), sext(b, size));
                let (r, o) = match op {
                    BinOp::Add => x.overflowing_add(y),
                    BinOp::Sub => x.overflowing_sub(y),
                    _ => x.overflowing_mul(y),
                };
                o || sext(trunc(r as u128, size), size) != r
            } else {
                let (r, o) = match op {
                    BinOp::Add => a.overflowing_add(b),
                    BinOp::Sub => a.overflowing_sub(b),
                    _ => a.overflowing_mul(b),
                };
                o || trunc(r, size) != r
            }
        }
        _ => false,
    };
    Ok((wrapped, overflow))
}

pub fn min_signed(size: usize) -> i128 {
    if size >= 16 {
        i128::MIN
    } else {
        -(1i128 << (size * 8 - 1))
    }
}

pub fn max_signed(size: usize) -> i128 {
    if size >= 16 {
        i128::MAX
    } else {
        (1i128 << (size * 8 - 1)) - 1
    }
}

fn f32_binary(op: BinOp, x: f32, y: f32) -> u128 {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Rem => x % y,
        _ => return float_cmp(op, x.partial_cmp(&y)) as u128,
    };
    r.to_bits() as u128
}

fn f64_binary(op: BinOp, x: f64, y: f64) -> u128 {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Rem => x % y,
        _ => return float_cmp(op, x.partial_cmp(&y)) as u128,
    };
    r.to_bits() as u128
}

fn float_cmp(op: BinOp, ord: Option<std::cmp::Ordering>) -> bool {
    match ord {
        Some(o) => cmp(op, o).unwrap_or(false),
        None => op == BinOp::Ne,
    }
}

/// `!x` and `-x` (wrapping for integers).
pub fn unary(op: UnOp, ty: Num, a: u128) -> Result<u128, ArithError> {
    Ok(match (op, ty) {
        (UnOp::Not, Num::Bool) => (a == 0) as u128,
        (UnOp::Not, Num::Int { size, .. }) => trunc(!a, size as usize),
        (UnOp::Neg, Num::Int { size, .. }) => trunc(a.wrapping_neg(), size as usize),
        (UnOp::Neg, Num::F32) => (-f32::from_bits(a as u32)).to_bits() as u128,
        (UnOp::Neg, Num::F64) => (-f64::from_bits(a as u64)).to_bits() as u128,
        _ => return Err(ArithError::Unsupported),
    })
}

/// Sign-extends the low `size` bytes of `v` (`size` ≤ 8).
#[inline(always)]
pub fn sext64(v: u64, size: u8) -> i64 {
    let s = 64 - 8 * size as u32;
    ((v << s) as i64) >> s
}

/// Keeps the low `size` bytes of `v` (`size` ≤ 8).
#[inline(always)]
pub fn trunc64(v: u64, size: u8) -> u64 {
    if size >= 8 {
        v
    } else {
        v & ((1u64 << (size as u32 * 8)) - 1)
    }
}

/// [`binary`] for integers of at most 8 bytes, on `u64`s.
#[inline(always)]
pub fn binary64(op: BinOp, size: u8, signed: bool, a: u64, b: u64) -> Result<u64, ArithError> {
    let bits = size as u32 * 8;
    let r = match op {
        BinOp::Add => a.wrapping_add(b),
        BinOp::Sub => a.wrapping_sub(b),
        BinOp::Mul => a.wrapping_mul(b),
        BinOp::Div | BinOp::Rem => {
            if trunc64(b, size) == 0 {
                return Err(ArithError::DivisionByZero);
            }
            if signed {
                let (x, y) = (sext64(a, size), sext64(b, size));
                (if op == BinOp::Div { x.wrapping_div(y) } else { x.wrapping_rem(y) }) as u64
            } else if op == BinOp::Div {
                a / b
            } else {
                a % b
            }
        }
        BinOp::BitXor => a ^ b,
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::Shl => a << (b as u32 & (bits - 1)),
        BinOp::Shr => {
            let s = b as u32 & (bits - 1);
            if signed {
                (sext64(a, size) >> s) as u64
            } else {
                a >> s
            }
        }
        BinOp::Eq => return Ok((a == b) as u64),
        BinOp::Ne => return Ok((a != b) as u64),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let ord = if signed { sext64(a, size).cmp(&sext64(b, size)) } else { a.cmp(&b) };
            return Ok(cmp(op, ord).unwrap_or(false) as u64);
        }
        BinOp::Offset => return Err(ArithError::Unsupported),
    };
    Ok(trunc64(r, size))
}

/// [`checked`] for integers of at most 8 bytes (same-typed operands).
#[inline(always)]
pub fn checked64(op: BinOp, size: u8, signed: bool, a: u64, b: u64) -> Result<(u64, bool), ArithError> {
    let r = binary64(op, size, signed, a, b)?;
    let overflow = match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul if size == 8 => {
            if signed {
                let (x, y) = (a as i64, b as i64);
                match op {
                    BinOp::Add => x.overflowing_add(y).1,
                    BinOp::Sub => x.overflowing_sub(y).1,
                    _ => x.overflowing_mul(y).1,
                }
            } else {
                match op {
                    BinOp::Add => a.overflowing_add(b).1,
                    BinOp::Sub => a < b,
                    _ => a.overflowing_mul(b).1,
                }
            }
        }
        BinOp::Add | BinOp::Sub | BinOp::Mul => {
            // Exact in 64 bits: both operands have at most 32 significant bits.
            if signed {
                let (x, y) = (sext64(a, size), sext64(b, size));
                let exact = match op {
                    BinOp::Add => x + y,
                    BinOp::Sub => x - y,
                    _ => x * y,
                };
                sext64(r, size) != exact
            } else {
                match op {
                    BinOp::Add => a + b != r,
                    BinOp::Sub => a < b,
                    _ => a * b != r,
                }
            }
        }
        BinOp::Shl | BinOp::Shr => {
            if signed {
                sext64(b, size) < 0 || sext64(b, size) >= size as i64 * 8
            } else {
                b >= size as u64 * 8
            }
        }
        BinOp::Div | BinOp::Rem => {
            signed && sext64(a, size) == sext64(1 << (size * 8 - 1), size) && sext64(b, size) == -1
        }
        _ => false,
    };
    Ok((r, overflow))
}
