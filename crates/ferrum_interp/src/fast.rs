//! The fast path: frame-only integer arithmetic, comparisons, branches,
//! small copies, and simple calls and returns, specialised by operand size
//! at compile time.
//!
//! Frame accesses are unchecked: every frame offset of a fast instruction
//! lies inside its code's frame (checked once per code by [`validate`] at
//! lowering), and a frame is entered only after checking that it lies
//! inside the frame stack. Any instruction that needs more (memory through
//! pointers, lowering a callee, panics, errors such as an uninitialised
//! read) makes [`run_fast`] return with the top frame's `pc` at it; the full
//! machine then executes it with all checks and reports any error.

use crate::alloc::Prov;
use crate::code::{CallTarget, Code, Fop, Inst, OpRef, Pc, PlaceRef, Slot, Validity};
use crate::instance::{Entry, InstId};
use crate::machine::Frame;
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
struct FrameView {
    data: *mut u8,
    init: *mut u8,
    /// Null when no pointer was ever stored on the frame stack.
    prov: *mut Prov,
}

/// `N` bytes of 1: the init mask of an initialised `N`-byte value.
#[inline(always)]
fn all_init<const N: usize>() -> u64 {
    0x0101_0101_0101_0101u64 >> (64 - 8 * N as u32)
}

/// Reads `N` (1, 2, 4 or 8) bytes little-endian.
///
/// # Safety
/// `p..p + N` must be readable.
#[inline(always)]
unsafe fn load<const N: usize>(p: *const u8) -> u64 {
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
unsafe fn store<const N: usize>(p: *mut u8, v: u64) {
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
    fn new(st: &mut Slices<'_>, base: usize, size: usize) -> Option<FrameView> {
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
        unsafe {
            Some(FrameView {
                data: st.data.as_mut_ptr().add(base),
                init: st.init.as_mut_ptr().add(base),
                prov,
            })
        }
    }

    /// Reads an initialised `N`-byte value at frame offset `o`.
    #[inline(always)]
    fn read<const N: usize>(self, o: u32) -> Option<u64> {
        // SAFETY: `o + N` lies inside the frame (the view's invariant).
        unsafe {
            if load::<N>(self.init.add(o as usize)) != all_init::<N>() {
                return None;
            }
            Some(load::<N>(self.data.add(o as usize)))
        }
    }

    #[inline(always)]
    fn fop<const N: usize>(self, f: Fop) -> Option<u64> {
        match f {
            Fop::Imm(v) => Some(v),
            Fop::Frame(off) => self.read::<N>(off),
        }
    }

    /// Clears the provenance of the words covering `o..o + n`.
    #[inline(always)]
    fn clear_prov(self, o: u32, n: u32) {
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
    fn write<const N: usize>(self, o: u32, v: u64) {
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
    fn copy_from<const N: usize>(self, d: u32, src: FrameView, s: u32) {
        // SAFETY: both ranges lie inside their frames.
        unsafe {
            store::<N>(
                self.data.add(d as usize),
                load::<N>(src.data.add(s as usize)),
            );
            store::<N>(
                self.init.add(d as usize),
                load::<N>(src.init.add(s as usize)),
            );
            if !self.prov.is_null() {
                let p = if N == 8 && (s | d).is_multiple_of(8) {
                    *src.prov.add(s as usize / 8)
                } else {
                    0
                };
                *self.prov.add(d as usize / 8) = p;
                *self.prov.add((d as usize + N - 1) / 8) = p;
            }
        }
    }

    /// Copies `n` raw bytes from another frame view (non-overlapping).
    #[inline(always)]
    fn copy_any_from(self, d: u32, src: FrameView, s: u32, n: u32) {
        match n {
            8 => self.copy_from::<8>(d, src, s),
            4 => self.copy_from::<4>(d, src, s),
            1 => self.copy_from::<1>(d, src, s),
            2 => self.copy_from::<2>(d, src, s),
            0 => {}
            _ => {
                // SAFETY: both ranges lie inside their frames; frames do not overlap.
                unsafe {
                    std::ptr::copy(
                        src.data.add(s as usize),
                        self.data.add(d as usize),
                        n as usize,
                    );
                    std::ptr::copy(
                        src.init.add(s as usize),
                        self.init.add(d as usize),
                        n as usize,
                    );
                    if !self.prov.is_null() {
                        for w in d / 8..=(d + n - 1) / 8 {
                            *self.prov.add(w as usize) = 0;
                        }
                        if (s | d | n).is_multiple_of(8) {
                            std::ptr::copy(
                                src.prov.add(s as usize / 8),
                                self.prov.add(d as usize / 8),
                                n as usize / 8,
                            );
                        }
                    }
                }
            }
        }
    }

    #[inline(always)]
    fn write_any(self, o: u32, size: u32, v: u64) {
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
    fn clear(self, size: u32) {
        // SAFETY: the frame is `size` bytes; `size` is a multiple of 16.
        unsafe {
            let mut o = 0;
            while o < size as usize {
                std::ptr::write_unaligned(self.init.add(o) as *mut u128, 0);
                o += 16;
            }
            if !self.prov.is_null() {
                for w in 0..size as usize / 8 {
                    *self.prov.add(w) = 0;
                }
            }
        }
    }

    #[inline(always)]
    fn bin<const N: usize>(self, op: BinOp, signed: bool, dst: u32, a: Fop, b: Fop) -> Option<u64> {
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
    fn checked<const N: usize>(
        self,
        op: BinOp,
        signed: bool,
        dst: u32,
        flag: u32,
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
        Some(())
    }

    /// Copies an initialised `N`-byte value within the frame.
    #[inline(always)]
    fn copy<const N: usize>(self, s: u32, d: u32) -> Option<()> {
        self.read::<N>(s)?;
        self.copy_from::<N>(d, self, s);
        Some(())
    }
}

/// What the fast loop may touch besides the frame stack.
pub struct FastCx<'m> {
    pub st: Slices<'m>,
    pub frames: &'m mut Vec<Frame>,
    pub codes: &'m [Entry],
    pub max_depth: usize,
    /// Frames at or below this depth belong to an outer run: never return into them.
    pub depth: usize,
    /// `stack_allocs.len()`: the slot base of frames without allocations.
    pub abase: u32,
}

fn align16(n: usize) -> usize {
    (n + 15) & !15
}

/// Runs fast instructions, simple calls and simple returns from the top
/// frame until something needs the full machine (or fuel runs out); leaves
/// the top frame's `pc` at that instruction.
#[inline(never)]
pub fn run_fast(cx: &mut FastCx<'_>, fuel: &mut u64) {
    let codes = cx.codes;
    let Some(&top) = cx.frames.last() else { return };
    let Some(mut cur) = codes.get(top.inst as usize).and_then(|e| e.code.as_deref()) else {
        return;
    };
    let mut base = top.base as usize;
    let Some(mut fv) = FrameView::new(&mut cx.st, base, cur.frame_size as usize) else {
        return;
    };
    let mut p = top.pc;
    let mut f = *fuel;
    while f > 0 {
        let Some(inst) = cur.insts.get(p as usize) else {
            break;
        };
        let next = match *inst {
            Inst::IntBin {
                op,
                size,
                signed,
                dst,
                a,
                b,
            } => {
                let r = match size {
                    8 => fv.bin::<8>(op, signed, dst, a, b),
                    4 => fv.bin::<4>(op, signed, dst, a, b),
                    1 => fv.bin::<1>(op, signed, dst, a, b),
                    2 => fv.bin::<2>(op, signed, dst, a, b),
                    _ => None,
                };
                r.map(|_| p + 1)
            }
            Inst::IntCmpIf {
                op,
                size,
                signed,
                dst,
                a,
                b,
                then,
                else_,
            } => {
                let r = match size {
                    8 => fv.bin::<8>(op, signed, dst, a, b),
                    4 => fv.bin::<4>(op, signed, dst, a, b),
                    1 => fv.bin::<1>(op, signed, dst, a, b),
                    2 => fv.bin::<2>(op, signed, dst, a, b),
                    _ => None,
                };
                r.map(|r| if r != 0 { then } else { else_ })
            }
            Inst::IntCheckedAssert {
                op,
                size,
                signed,
                dst,
                flag,
                a,
                b,
                target,
                ..
            } => {
                let r = match size {
                    8 => fv.checked::<8>(op, signed, dst, flag, a, b),
                    4 => fv.checked::<4>(op, signed, dst, flag, a, b),
                    1 => fv.checked::<1>(op, signed, dst, flag, a, b),
                    2 => fv.checked::<2>(op, signed, dst, flag, a, b),
                    _ => None,
                };
                r.map(|_| target)
            }
            Inst::CopyFrame {
                dst,
                src,
                size,
                valid: Validity::Init | Validity::Raw,
            } => {
                let r = match size {
                    8 => fv.copy::<8>(src, dst),
                    4 => fv.copy::<4>(src, dst),
                    1 => fv.copy::<1>(src, dst),
                    2 => fv.copy::<2>(src, dst),
                    _ => None,
                };
                r.map(|_| p + 1)
            }
            Inst::IntCast {
                dst,
                src,
                from,
                signed,
                to,
            } => {
                let v = match from {
                    8 => fv.read::<8>(src),
                    4 => fv.read::<4>(src),
                    1 => fv.read::<1>(src),
                    2 => fv.read::<2>(src),
                    _ => None,
                };
                v.map(|v| {
                    let v = if signed {
                        crate::ops::sext64(v, from) as u64
                    } else {
                        v
                    };
                    fv.write_any(dst, to as u32, v);
                    p + 1
                })
            }
            Inst::Goto(t) => Some(t),
            Inst::If {
                cond: OpRef::Frame(c),
                then,
                else_,
            } => match fv.read::<1>(c) {
                Some(0) => Some(else_),
                Some(1) => Some(then),
                _ => None,
            },
            Inst::Call {
                callee: CallTarget::Direct(id),
                ref args,
                ..
            } => {
                let Some((callee, nb, cfv)) = enter(cx, cur, base, fv, id, args) else {
                    break;
                };
                if let Some(top) = cx.frames.last_mut() {
                    top.pc = p;
                }
                cx.frames.push(Frame {
                    inst: id,
                    pc: 0,
                    base: nb as u32,
                    abase: cx.abase,
                });
                cur = callee;
                base = nb;
                fv = cfv;
                p = 0;
                f -= 1;
                continue;
            }
            Inst::Return => {
                let Some((caller, cbase, cfv, t)) = leave(cx, cur, fv) else {
                    break;
                };
                cx.frames.pop();
                cur = caller;
                base = cbase;
                fv = cfv;
                p = t;
                f -= 1;
                continue;
            }
            _ => None,
        };
        match next {
            Some(n) => {
                p = n;
                f -= 1;
            }
            None => break,
        }
    }
    if let Some(top) = cx.frames.last_mut() {
        top.pc = p;
    }
    *fuel = f;
}

/// Sets up a simple call: clears the callee's frame and copies the
/// arguments. Returns the callee's code, frame base and view, or `None` if
/// the call needs the full machine (nothing observable is changed then).
#[inline(always)]
fn enter<'m>(
    cx: &mut FastCx<'m>,
    cur: &Code,
    base: usize,
    fv: FrameView,
    id: InstId,
    args: &[OpRef],
) -> Option<(&'m Code, usize, FrameView)> {
    let codes = cx.codes;
    let callee = codes.get(id as usize)?.code.as_deref()?;
    if !callee.simple || cx.frames.len() >= cx.max_depth || args.len() != callee.args.len() {
        return None;
    }
    if !args
        .iter()
        .all(|a| matches!(a, OpRef::Frame(_) | OpRef::Imm(_)))
    {
        return None;
    }
    let nb = align16(base + cur.frame_size as usize);
    let cfv = FrameView::new(&mut cx.st, nb, callee.frame_size as usize)?;
    cfv.clear(callee.frame_size);
    for (a, &(slot, sz)) in args.iter().zip(&callee.args) {
        let Slot::Frame(off) = slot else { return None };
        match *a {
            OpRef::Frame(s) if s.checked_add(sz)? <= cur.frame_size => {
                cfv.copy_any_from(off, fv, s, sz)
            }
            OpRef::Imm(v) => cfv.write_any(off, sz, v),
            _ => return None,
        }
    }
    Some((callee, nb, cfv))
}

/// Returns from a simple frame into a caller that called it with a plain
/// `Call` whose destination is in the caller's frame: copies the return
/// value. Returns the caller's code, base, view and continuation.
#[inline(always)]
fn leave<'m>(
    cx: &mut FastCx<'m>,
    cur: &Code,
    fv: FrameView,
) -> Option<(&'m Code, usize, FrameView, Pc)> {
    let n = cx.frames.len();
    if !cur.simple || n <= cx.depth + 1 {
        return None;
    }
    let caller = cx.frames[n - 2];
    let codes = cx.codes;
    let code = codes.get(caller.inst as usize)?.code.as_deref()?;
    let Inst::Call {
        dest: PlaceRef::Frame(d),
        ret: Some(t),
        ..
    } = *code.insts.get(caller.pc as usize)?
    else {
        return None;
    };
    let Slot::Frame(off) = cur.ret else {
        return None;
    };
    if d.checked_add(cur.ret_size)? > code.frame_size {
        return None;
    }
    let cbase = caller.base as usize;
    let cfv = FrameView::new(&mut cx.st, cbase, code.frame_size as usize)?;
    cfv.copy_any_from(d, fv, off, cur.ret_size);
    Some((code, cbase, cfv, t))
}

/// Checks that every frame offset of the fast instructions (and of the
/// argument and return slots) lies inside the frame, so [`run_fast`] may
/// access them unchecked. Offending instructions become errors.
pub fn validate(code: &mut Code) {
    let fs = code.frame_size;
    let ok = |o: u32, n: u32| o.checked_add(n).is_some_and(|e| e <= fs);
    let fop = |f: Fop, n: u32| match f {
        Fop::Frame(o) => ok(o, n),
        Fop::Imm(_) => true,
    };
    let args_ok = code.args.iter().all(|&(s, n)| match s {
        Slot::Frame(o) => ok(o, n),
        Slot::Alloc(_) => true,
    });
    let ret_ok = match code.ret {
        Slot::Frame(o) => ok(o, code.ret_size),
        Slot::Alloc(_) => true,
    };
    if !args_ok || !ret_ok || !fs.is_multiple_of(16) {
        code.simple = false;
    }
    for inst in &mut code.insts {
        let valid = match *inst {
            Inst::IntBin {
                size,
                dst,
                a,
                b,
                op,
                ..
            } => {
                let r = if op.is_comparison() { 1 } else { size as u32 };
                ok(dst, r) && fop(a, size as u32) && fop(b, size as u32)
            }
            Inst::IntCmpIf {
                size, dst, a, b, ..
            } => ok(dst, 1) && fop(a, size as u32) && fop(b, size as u32),
            Inst::IntCheckedAssert {
                size,
                dst,
                flag,
                a,
                b,
                ..
            } => {
                ok(dst, size as u32)
                    && ok(dst.saturating_add(flag), 1)
                    && fop(a, size as u32)
                    && fop(b, size as u32)
            }
            Inst::CopyFrame { dst, src, size, .. } => ok(dst, size as u32) && ok(src, size as u32),
            Inst::IntCast {
                dst, src, from, to, ..
            } => ok(dst, to as u32) && ok(src, from as u32),
            Inst::If {
                cond: OpRef::Frame(c),
                ..
            } => ok(c, 1),
            Inst::Call { ref args, .. } => args.iter().all(|a| match *a {
                OpRef::Frame(o) => o < fs,
                _ => true,
            }),
            _ => true,
        };
        if !valid {
            *inst = Inst::Error("internal error: a frame offset lies outside the frame".into());
        }
    }
}
