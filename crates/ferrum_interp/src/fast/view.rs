//! Unchecked access to the current frame: raw pointers to its bytes, init
//! mask and provenance, created only after checking that the frame lies
//! inside the frame stack (see [`FrameView::new`]).

use crate::alloc::Prov;
use crate::code::Fop;
use crate::ops::{binary64, checked64};
use ferrum_mir::mir::BinOp;

/// The frame stack's storage, borrowed.
pub struct Slices<'s> {
    pub data: &'s mut [u8],
    pub init: &'s mut [u8],
    pub prov: &'s mut [Prov],
}

/// Raw pointers to the current frame's bytes, init mask and provenance.
///
/// Invariant: the frame `[0, size)` lies inside the slices the pointers come
/// from, and every offset used lies inside the frame.
#[derive(Clone, Copy)]
pub struct FrameView {
    pub data: *mut u8,
    pub init: *mut u8,
    /// Null when no pointer was ever stored on the frame stack.
    pub prov: *mut Prov,
}

/// `N` bytes of 1: the init mask of an initialised `N`-byte value.
#[inline(always)]
pub fn all_init<const N: usize>() -> u64 {
    0x0101_0101_0101_0101u64 >> (64 - 8 * N as u32)
}

/// Reads `N` (1, 2, 4 or 8) bytes little-endian.
///
/// # Safety
/// `p..p + N` must be readable.
#[inline(always)]
pub unsafe fn load<const N: usize>(p: *const u8) -> u64 {
    match N {
        8 => u64::from_le(std::ptr::read_unaligned(p as *const u64)),
        4 => u32::from_le(std::ptr::read_unaligned(p as *const u32)) as u64,
        2 => u16::from_le(std::ptr::read_unaligned(p as *const u16)) as u64,
        _ => *p as u64,
    }
}

/// Writes the low `N` (1, 2, 4 or 8) bytes of `v`.
///
/// # Safety
/// `p..p + N` must be writable.
#[inline(always)]
pub unsafe fn store<const N: usize>(p: *mut u8, v: u64) {
    match N {
        8 => std::ptr::write_unaligned(p as *mut u64, v.to_le()),
        4 => std::ptr::write_unaligned(p as *mut u32, (v as u32).to_le()),
        2 => std::ptr::write_unaligned(p as *mut u16, (v as u16).to_le()),
        _ => *p = v as u8,
    }
}

impl FrameView {
    /// The view of frame `[base, base + size)`, if it lies inside the stack.
    #[inline(always)]
    pub fn new(st: &mut Slices<'_>, base: usize, size: usize) -> Option<FrameView> {
        let end = base.checked_add(size)?;
        if end > st.data.len() || end > st.init.len() {
            return None;
        }
        let prov = if st.prov.is_empty() {
            std::ptr::null_mut()
        } else {
            if end.div_ceil(8) > st.prov.len() || !base.is_multiple_of(8) {
                return None;
            }
            // SAFETY: `base / 8 <= prov.len()` (checked just above).
            unsafe { st.prov.as_mut_ptr().add(base / 8) }
        };
        // SAFETY: `base <= end <= len` for both slices.
        unsafe { Some(FrameView { data: st.data.as_mut_ptr().add(base), init: st.init.as_mut_ptr().add(base), prov }) }
    }

    /// Reads an initialised `N`-byte value at frame offset `o`.
    #[inline(always)]
    pub fn read<const N: usize>(self, o: u32) -> Option<u64> {
        // SAFETY: `o + N` lies inside the frame (the view's invariant).
        unsafe {
            if load::<N>(self.init.add(o as usize)) != all_init::<N>() {
                return None;
            }
            Some(load::<N>(self.data.add(o as usize)))
        }
    }

    #[inline(always)]
    pub fn fop<const N: usize>(self, f: Fop) -> Option<u64> {
        match f {
            Fop::Imm(v) => Some(v),
            Fop::Frame(off) => self.read::<N>(off),
        }
    }

    /// Clears the provenance of the words covering `o..o + n`.
    #[inline(always)]
    pub fn clear_prov(self, o: u32, n: u32) {
        if !self.prov.is_null() {
            // SAFETY: the frame is 8-aligned and its words are in the provenance array.
            unsafe {
                *self.prov.add(o as usize / 8) = 0;
                *self.prov.add((o + n - 1) as usize / 8) = 0;
            }
        }
    }

    /// Writes an `N`-byte value at frame offset `o`, marking it initialised.
    #[inline(always)]
    pub fn write<const N: usize>(self, o: u32, v: u64) {
        // SAFETY: `o + N` lies inside the frame (the view's invariant).
        unsafe {
            store::<N>(self.data.add(o as usize), v);
            store::<N>(self.init.add(o as usize), all_init::<N>());
        }
        self.clear_prov(o, N as u32);
    }

    /// Copies `N` raw bytes with their init mask from another frame view
    /// (provenance of an aligned word is kept).
    #[inline(always)]
    pub fn copy_from<const N: usize>(self, d: u32, src: FrameView, s: u32) {
        // SAFETY: both ranges lie inside their frames.
        unsafe {
            store::<N>(self.data.add(d as usize), load::<N>(src.data.add(s as usize)));
            store::<N>(self.init.add(d as usize), load::<N>(src.init.add(s as usize)));
            if !self.prov.is_null() {
                let p = if N == 8 && (s | d).is_multiple_of(8) { *src.prov.add(s as usize / 8) } else { 0 };
                *self.prov.add(d as usize / 8) = p;
                *self.prov.add((d as usize + N - 1) / 8) = p;
            }
        }
    }

    /// Copies `n` raw bytes from another frame view (non-overlapping).
    #[inline(always)]
    pub fn copy_any_from(self, d: u32, src: FrameView, s: u32, n: u32) {
        match n {
            8 => self.copy_from::<8>(d, src, s),
            4 => self.copy_from::<4>(d, src, s),
            1 => self.copy_from::<1>(d, src, s),
            2 => self.copy_from::<2>(d, src, s),
            0 => {}
            _ => {
                // SAFETY: both ranges lie inside their frames; frames do not overlap.
                unsafe {
                    std::ptr::copy(src.data.add(s as usize), self.data.add(d as usize), n as usize);
                    std::ptr::copy(src.init.add(s as usize), self.init.add(d as usize), n as usize);
                    if !self.prov.is_null() {
                        for w in d / 8..=(d + n - 1) / 8 {
                            *self.prov.add(w as usize) = 0;
                        }
                        if (s | d | n).is_multiple_of(8) {
                            std::ptr::copy(src.prov.add(s as usize / 8), self.prov.add(d as usize / 8), n as usize / 8);
                        }
                    }
                }
            }
        }
    }

    #[inline(always)]
    pub fn write_any(self, o: u32, size: u32, v: u64) {
        match size {
            8 => self.write::<8>(o, v),
            4 => self.write::<4>(o, v),
            1 => self.write::<1>(o, v),
            2 => self.write::<2>(o, v),
            _ => {}
        }
    }

    /// Marks a whole (16-byte multiple) frame uninitialised.
    #[inline(always)]
    pub fn clear(self, size: u32) {
        // SAFETY: the frame is `size` bytes; `size` is a multiple of 16.
        unsafe {
            // Volatile stores keep this a short inline loop instead of a
            // `memset` call, which costs more than the clearing of small frames.
            let mut o = 0;
            while o < size as usize {
                std::ptr::write_volatile(self.init.add(o) as *mut u128, 0);
                o += 16;
            }
            if !self.prov.is_null() {
                for w in 0..size as usize / 8 {
                    *self.prov.add(w) = 0;
                }
            }
        }
    }

    /// Reads an initialised operand of 1, 2, 4 or 8 bytes.
    #[inline(always)]
    pub fn fop_any(self, f: Fop, size: u8) -> Option<u64> {
        match size {
            8 => self.fop::<8>(f),
            4 => self.fop::<4>(f),
            1 => self.fop::<1>(f),
            2 => self.fop::<2>(f),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn flt_bin(self, op: BinOp, f64: bool, dst: u32, a: Fop, b: Fop) -> Option<()> {
        let size = if f64 { 8 } else { 4 };
        let x = self.fop_any(a, size)?;
        let y = self.fop_any(b, size)?;
        let (r, n) = if f64 {
            flt_op(op, f64::from_bits(x), f64::from_bits(y), |v: f64| v.to_bits())?
        } else {
            flt_op(op, f32::from_bits(x as u32), f32::from_bits(y as u32), |v: f32| v.to_bits() as u64)?
        };
        self.write_any(dst, if n { 1 } else { size as u32 }, r);
        Some(())
    }

    #[inline(always)]
    pub fn bin<const N: usize>(self, op: BinOp, signed: bool, dst: u32, a: Fop, b: Fop) -> Option<u64> {
        let x = self.fop::<N>(a)?;
        let y = self.fop::<N>(b)?;
        let r = binary64(op, N as u8, signed, x, y).ok()?;
        if op.is_comparison() {
            self.write::<1>(dst, r);
        } else {
            self.write::<N>(dst, r);
        }
        Some(r)
    }

    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub fn checked<const N: usize>(
        self,
        op: BinOp,
        signed: bool,
        (dst, flag, out): (u32, u32, u32),
        a: Fop,
        b: Fop,
    ) -> Option<()> {
        let x = self.fop::<N>(a)?;
        let y = self.fop::<N>(b)?;
        let (r, overflow) = checked64(op, N as u8, signed, x, y).ok()?;
        if overflow {
            return None;
        }
        self.write::<N>(dst, r);
        self.write::<1>(dst + flag, 0);
        if out != u32::MAX {
            self.write::<N>(out, r);
        }
        Some(())
    }

    /// Copies an initialised 16-byte value (a wide pointer) within the
    /// frame; partially overlapping ranges are left to the full machine.
    #[inline(always)]
    pub fn copy16(self, s: u32, d: u32) -> Option<()> {
        if s != d && s < d + 16 && d < s + 16 {
            return None;
        }
        self.read::<8>(s)?;
        self.read::<8>(s + 8)?;
        self.copy_from::<8>(d, self, s);
        self.copy_from::<8>(d + 8, self, s + 8);
        Some(())
    }

    /// Copies an initialised `N`-byte value within the frame.
    #[inline(always)]
    pub fn copy<const N: usize>(self, s: u32, d: u32) -> Option<()> {
        self.read::<N>(s)?;
        self.copy_from::<N>(d, self, s);
        Some(())
    }
}

/// Float arithmetic or comparison: (result bits, whether it is a bool).
#[inline(always)]
pub fn flt_op<
    F: Copy
        + PartialOrd
        + std::ops::Add<Output = F>
        + std::ops::Sub<Output = F>
        + std::ops::Mul<Output = F>
        + std::ops::Div<Output = F>
        + std::ops::Rem<Output = F>,
>(
    op: BinOp,
    x: F,
    y: F,
    bits: impl Fn(F) -> u64,
) -> Option<(u64, bool)> {
    use std::cmp::Ordering::*;
    let c = |b: bool| Some((b as u64, true));
    match op {
        BinOp::Add => Some((bits(x + y), false)),
        BinOp::Sub => Some((bits(x - y), false)),
        BinOp::Mul => Some((bits(x * y), false)),
        BinOp::Div => Some((bits(x / y), false)),
        BinOp::Rem => Some((bits(x % y), false)),
        BinOp::Eq => c(x == y),
        BinOp::Ne => c(x != y),
        BinOp::Lt => c(x.partial_cmp(&y) == Some(Less)),
        BinOp::Le => c(matches!(x.partial_cmp(&y), Some(Less | Equal))),
        BinOp::Gt => c(x.partial_cmp(&y) == Some(Greater)),
        BinOp::Ge => c(matches!(x.partial_cmp(&y), Some(Greater | Equal))),
        _ => None,
    }
}
