//! The fast path: frame-only integer arithmetic, comparisons, branches and
//! small copies, run on slices borrowed from the frame stack once (so the
//! compiler keeps their base pointers in registers), specialised by operand
//! size at compile time.
//!
//! Any instruction that needs more (memory, calls, panics, errors such as an
//! uninitialised read) makes [`run_fast`] return with `pc` at it; the full
//! machine then executes it, reporting any error with all checks.

use crate::alloc::Prov;
use crate::code::{CallTarget, Code, Fop, Inst, OpRef, Pc, PlaceRef, Slot, Validity};
use crate::instance::{Entry, InstId};
use crate::machine::Frame;
use crate::ops::{binary64, checked64};
use ferrum_mir::mir::BinOp;
use std::rc::Rc;

/// The frame stack's storage, borrowed.
pub struct Slices<'s> {
    pub data: &'s mut [u8],
    pub init: &'s mut [u8],
    pub prov: &'s mut [Prov],
}

/// `N` bytes of 1: the init mask of an initialised `N`-byte value.
#[inline(always)]
fn all_init<const N: usize>() -> u64 {
    0x0101_0101_0101_0101u64 >> (64 - 8 * N as u32)
}

#[inline(always)]
fn load<const N: usize>(bytes: &[u8], o: usize) -> Option<u64> {
    let chunk = bytes.get(o..o + N)?;
    let mut buf = [0u8; 8];
    buf[..N].copy_from_slice(chunk);
    Some(u64::from_le_bytes(buf))
}

#[inline(always)]
fn store<const N: usize>(bytes: &mut [u8], o: usize, v: u64) -> Option<()> {
    bytes.get_mut(o..o + N)?.copy_from_slice(&v.to_le_bytes()[..N]);
    Some(())
}

impl Slices<'_> {
    /// Reads an initialised `N`-byte value.
    #[inline(always)]
    fn read<const N: usize>(&self, o: usize) -> Option<u64> {
        if load::<N>(self.init, o)? != all_init::<N>() {
            return None;
        }
        load::<N>(self.data, o)
    }

    #[inline(always)]
    fn fop<const N: usize>(&self, base: usize, f: Fop) -> Option<u64> {
        match f {
            Fop::Imm(v) => Some(v),
            Fop::Frame(off) => self.read::<N>(base + off as usize),
        }
    }

    /// Writes an `N`-byte value, marking it initialised.
    #[inline(always)]
    fn write<const N: usize>(&mut self, o: usize, v: u64) -> Option<()> {
        store::<N>(self.data, o, v)?;
        store::<N>(self.init, o, all_init::<N>())?;
        if !self.prov.is_empty() {
            *self.prov.get_mut(o / 8)? = 0;
            *self.prov.get_mut((o + N - 1) / 8)? = 0;
        }
        Some(())
    }

    /// Copies an initialised `N`-byte value (keeping provenance of aligned words).
    #[inline(always)]
    fn copy<const N: usize>(&mut self, s: usize, d: usize) -> Option<()> {
        let v = self.read::<N>(s)?;
        self.write::<N>(d, v)?;
        if N == 8 && !self.prov.is_empty() && (s | d) % 8 == 0 {
            *self.prov.get_mut(d / 8)? = *self.prov.get(s / 8)?;
        }
        Some(())
    }

    #[inline(always)]
    fn bin<const N: usize>(&mut self, base: usize, op: BinOp, signed: bool, dst: u32, a: Fop, b: Fop) -> Option<u64> {
        let x = self.fop::<N>(base, a)?;
        let y = self.fop::<N>(base, b)?;
        let r = binary64(op, N as u8, signed, x, y).ok()?;
        if op.is_comparison() {
            self.write::<1>(base + dst as usize, r)?;
        } else {
            self.write::<N>(base + dst as usize, r)?;
        }
        Some(r)
    }

    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn checked<const N: usize>(&mut self, base: usize, op: BinOp, signed: bool, dst: u32, flag: u32, a: Fop, b: Fop) -> Option<()> {
        let x = self.fop::<N>(base, a)?;
        let y = self.fop::<N>(base, b)?;
        let (r, overflow) = checked64(op, N as u8, signed, x, y).ok()?;
        if overflow {
            return None;
        }
        let d = base + dst as usize;
        self.write::<N>(d, r)?;
        self.write::<1>(d + flag as usize, 0)
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

impl Slices<'_> {
    /// Marks a new frame's bytes uninitialised.
    #[inline(always)]
    fn clear(&mut self, o: usize, size: usize) -> Option<()> {
        self.init.get_mut(o..o + size)?.fill(0);
        if !self.prov.is_empty() && size > 0 {
            self.prov.get_mut(o / 8..=(o + size - 1) / 8)?.fill(0);
        }
        Some(())
    }

    /// Copies `size` raw bytes (data, init, aligned provenance) between
    /// non-overlapping frame ranges.
    #[inline(always)]
    fn copy_any(&mut self, s: usize, d: usize, size: usize) -> Option<()> {
        if size == 8 && (s | d) % 8 == 0 {
            let v = load::<8>(self.data, s)?;
            let i = load::<8>(self.init, s)?;
            store::<8>(self.data, d, v)?;
            store::<8>(self.init, d, i)?;
            if !self.prov.is_empty() {
                *self.prov.get_mut(d / 8)? = *self.prov.get(s / 8)?;
            }
            return Some(());
        }
        if size == 0 {
            return Some(());
        }
        self.data.get(s..s + size)?;
        self.data.get(d..d + size)?;
        self.data.copy_within(s..s + size, d);
        self.init.copy_within(s..s + size, d);
        if !self.prov.is_empty() {
            let (first, last) = (d / 8, (d + size - 1) / 8);
            self.prov.get_mut(first..=last)?.fill(0);
            if (s | d | size) % 8 == 0 {
                self.prov.copy_within(s / 8..(s + size) / 8, d / 8);
            }
        }
        Some(())
    }

    #[inline(always)]
    fn write_any(&mut self, o: usize, size: usize, v: u64) -> Option<()> {
        match size {
            8 => self.write::<8>(o, v),
            4 => self.write::<4>(o, v),
            1 => self.write::<1>(o, v),
            2 => self.write::<2>(o, v),
            0 => Some(()),
            _ => None,
        }
    }
}

fn align16(n: usize) -> usize {
    (n + 15) & !15
}

/// Runs fast instructions, simple calls and simple returns from the top
/// frame until something needs the full machine (or fuel runs out); leaves
/// the top frame's `pc` at that instruction.
#[inline(never)]
pub fn run_fast(cx: &mut FastCx<'_>, fuel: &mut u64) {
    let Some(top) = cx.frames.last() else { return };
    let mut cur: Rc<Code> = top.code.clone();
    let mut base = top.base as usize;
    let mut p = top.pc;
    let mut f = *fuel;
    while f > 0 {
        let Some(inst) = cur.insts.get(p as usize) else { break };
        let st = &mut cx.st;
        let next = match *inst {
            Inst::IntBin { op, size, signed, dst, a, b } => {
                let r = match size {
                    8 => st.bin::<8>(base, op, signed, dst, a, b),
                    4 => st.bin::<4>(base, op, signed, dst, a, b),
                    1 => st.bin::<1>(base, op, signed, dst, a, b),
                    2 => st.bin::<2>(base, op, signed, dst, a, b),
                    _ => None,
                };
                r.map(|_| p + 1)
            }
            Inst::IntCmpIf { op, size, signed, dst, a, b, then, else_ } => {
                let r = match size {
                    8 => st.bin::<8>(base, op, signed, dst, a, b),
                    4 => st.bin::<4>(base, op, signed, dst, a, b),
                    1 => st.bin::<1>(base, op, signed, dst, a, b),
                    2 => st.bin::<2>(base, op, signed, dst, a, b),
                    _ => None,
                };
                r.map(|r| if r != 0 { then } else { else_ })
            }
            Inst::IntCheckedAssert { op, size, signed, dst, flag, a, b, target, .. } => {
                let r = match size {
                    8 => st.checked::<8>(base, op, signed, dst, flag, a, b),
                    4 => st.checked::<4>(base, op, signed, dst, flag, a, b),
                    1 => st.checked::<1>(base, op, signed, dst, flag, a, b),
                    2 => st.checked::<2>(base, op, signed, dst, flag, a, b),
                    _ => None,
                };
                r.map(|_| target)
            }
            Inst::CopyFrame { dst, src, size, valid: Validity::Init | Validity::Raw } => {
                let (s, d) = (base + src as usize, base + dst as usize);
                let r = match size {
                    8 => st.copy::<8>(s, d),
                    4 => st.copy::<4>(s, d),
                    1 => st.copy::<1>(s, d),
                    2 => st.copy::<2>(s, d),
                    _ => None,
                };
                r.map(|_| p + 1)
            }
            Inst::Goto(t) => Some(t),
            Inst::If { cond: OpRef::Frame(c), then, else_ } => match st.read::<1>(base + c as usize) {
                Some(0) => Some(else_),
                Some(1) => Some(then),
                _ => None,
            },
            Inst::Call { callee: CallTarget::Direct(id), ref args, .. } => {
                let Some(callee) = enter(cx, &cur, base, id, args) else { break };
                if let Some(top) = cx.frames.last_mut() {
                    top.pc = p;
                }
                let nb = align16(base + cur.frame_size as usize);
                cx.frames.push(Frame { code: callee.clone(), base: nb as u32, pc: 0, abase: cx.abase });
                cur = callee;
                base = nb;
                p = 0;
                f -= 1;
                continue;
            }
            Inst::Return => {
                let Some((caller, cbase, t)) = leave(cx, &cur, base) else { break };
                cx.frames.pop();
                cur = caller;
                base = cbase;
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
/// arguments. Returns the callee's code, or `None` if the call needs the
/// full machine (nothing is changed then, apart from unused stack bytes).
#[inline(always)]
fn enter(cx: &mut FastCx<'_>, cur: &Code, base: usize, id: InstId, args: &[OpRef]) -> Option<Rc<Code>> {
    let callee = cx.codes.get(id as usize)?.code.as_ref()?;
    if !callee.simple || cx.frames.len() >= cx.max_depth || args.len() != callee.args.len() {
        return None;
    }
    if !args.iter().all(|a| matches!(a, OpRef::Frame(_) | OpRef::Imm(_))) {
        return None;
    }
    let nb = align16(base + cur.frame_size as usize);
    let size = callee.frame_size as usize;
    if nb + size > cx.st.data.len() {
        return None;
    }
    cx.st.clear(nb, size)?;
    for (a, &(slot, sz)) in args.iter().zip(&callee.args) {
        let Slot::Frame(off) = slot else { return None };
        let d = nb + off as usize;
        match *a {
            OpRef::Frame(s) => cx.st.copy_any(base + s as usize, d, sz as usize)?,
            OpRef::Imm(v) => cx.st.write_any(d, sz as usize, v)?,
            _ => return None,
        }
    }
    Some(callee.clone())
}

/// Returns from a simple frame into a caller that called it with a plain
/// `Call` whose destination is in the frame: copies the return value.
/// Returns the caller's code, base and continuation.
#[inline(always)]
fn leave(cx: &mut FastCx<'_>, cur: &Code, base: usize) -> Option<(Rc<Code>, usize, Pc)> {
    let n = cx.frames.len();
    if !cur.simple || n <= cx.depth + 1 {
        return None;
    }
    let caller = &cx.frames[n - 2];
    let Inst::Call { dest: PlaceRef::Frame(d), ret: Some(t), .. } = caller.code.insts[caller.pc as usize] else {
        return None;
    };
    let Slot::Frame(off) = cur.ret else { return None };
    let cbase = caller.base as usize;
    let code = caller.code.clone();
    cx.st.copy_any(base + off as usize, cbase + d as usize, cur.ret_size as usize)?;
    Some((code, cbase, t))
}
