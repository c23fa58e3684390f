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

use crate::code::{CallTarget, Code, Fop, Inst, OpRef, Pc, PlaceRef, Slot, Validity};
use crate::instance::{Entry, InstId};
use crate::machine::Frame;
use crate::ops::{binary64, checked64};

mod mem;
mod view;

use view::FrameView;
pub use view::Slices;

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
    pub mem: &'m mut crate::memory::Memory,
    pub stack_allocs: &'m [crate::memory::Pointer],
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
    let mut abase = top.abase as usize;
    let mut f = *fuel;
    while f > 0 {
        let Some(inst) = cur.insts.get(p as usize) else {
            break;
        };
        let next = match *inst {
            Inst::IntBin { op, size, signed, dst, a, b } => {
                let r = match size {
                    8 => fv.bin::<8>(op, signed, dst, a, b),
                    4 => fv.bin::<4>(op, signed, dst, a, b),
                    1 => fv.bin::<1>(op, signed, dst, a, b),
                    2 => fv.bin::<2>(op, signed, dst, a, b),
                    _ => None,
                };
                r.map(|_| p + 1)
            }
            Inst::IntCmpIf { op, size, signed, dst, a, b, then, else_ } => {
                let r = match size {
                    8 => fv.bin::<8>(op, signed, dst, a, b),
                    4 => fv.bin::<4>(op, signed, dst, a, b),
                    1 => fv.bin::<1>(op, signed, dst, a, b),
                    2 => fv.bin::<2>(op, signed, dst, a, b),
                    _ => None,
                };
                r.map(|r| if r != 0 { then } else { else_ })
            }
            Inst::IntCheckedAssert { op, size, signed, dst, flag, a, b, target, out, .. } => {
                let r = match size {
                    8 => fv.checked::<8>(op, signed, (dst, flag, out), a, b),
                    4 => fv.checked::<4>(op, signed, (dst, flag, out), a, b),
                    1 => fv.checked::<1>(op, signed, (dst, flag, out), a, b),
                    2 => fv.checked::<2>(op, signed, (dst, flag, out), a, b),
                    _ => None,
                };
                r.map(|_| target)
            }
            Inst::CopyFrame { dst, src, size, valid: Validity::Init | Validity::Raw } => {
                let r = match size {
                    8 => fv.copy::<8>(src, dst),
                    16 => fv.copy16(src, dst),
                    4 => fv.copy::<4>(src, dst),
                    1 => fv.copy::<1>(src, dst),
                    2 => fv.copy::<2>(src, dst),
                    _ => None,
                };
                r.map(|_| p + 1)
            }
            Inst::CopyFrame { dst, src, size: 1, valid: Validity::Bool } => match fv.read::<1>(src) {
                Some(0 | 1) => {
                    fv.copy_from::<1>(dst, fv, src);
                    Some(p + 1)
                }
                _ => None,
            },
            Inst::IntCast { dst, src, from, signed, to } => {
                let v = match from {
                    8 => fv.read::<8>(src),
                    4 => fv.read::<4>(src),
                    1 => fv.read::<1>(src),
                    2 => fv.read::<2>(src),
                    _ => None,
                };
                v.map(|v| {
                    let v = if signed { crate::ops::sext64(v, from) as u64 } else { v };
                    fv.write_any(dst, to as u32, v);
                    p + 1
                })
            }
            Inst::IntShift { op, size, signed, bsize, dst, a, b } => {
                let (Some(x), Some(y)) = (fv.fop_any(a, size), fv.fop_any(b, bsize)) else {
                    break;
                };
                binary64(op, size, signed, x, y).ok().map(|r| {
                    fv.write_any(dst, size as u32, r);
                    p + 1
                })
            }
            Inst::IntChecked { op, size, signed, dst, flag, a, b } => {
                let (Some(x), Some(y)) = (fv.fop_any(a, size), fv.fop_any(b, size)) else {
                    break;
                };
                checked64(op, size, signed, x, y).ok().map(|(r, o)| {
                    fv.write_any(dst, size as u32, r);
                    fv.write::<1>(dst + flag, o as u64);
                    p + 1
                })
            }
            Inst::IntUn { op, size, is_bool, dst, a } => {
                let Some(x) = fv.fop_any(a, size) else { break };
                let r = match (op, is_bool) {
                    (_, true) if x > 1 => None,
                    (ferrum_mir::mir::UnOp::Not, true) => Some(x ^ 1),
                    (ferrum_mir::mir::UnOp::Not, false) => Some(!x),
                    (ferrum_mir::mir::UnOp::Neg, false) => Some(x.wrapping_neg()),
                    _ => None,
                };
                r.map(|r| {
                    fv.write_any(dst, size as u32, crate::ops::trunc64(r, size));
                    p + 1
                })
            }
            Inst::FltBin { op, f64, dst, a, b } => fv.flt_bin(op, f64, dst, a, b).map(|_| p + 1),
            Inst::Assert { cond: OpRef::Frame(c), expected, target, .. } => match fv.read::<1>(c) {
                Some(v @ (0 | 1)) if (v == 1) == expected => Some(target),
                _ => None,
            },
            Inst::Switch { discr: OpRef::Frame(o), size, ref targets, otherwise } => fv
                .fop_any(Fop::Frame(o), size)
                .map(|v| targets.iter().find(|(t, _)| *t == v as u128).map_or(otherwise, |&(_, pc)| pc)),
            Inst::Copy { dst, src, size, valid } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.copy(dst, src, size, valid).map(|_| p + 1)
            }
            Inst::Ref { dst: PlaceRef::Frame(d), place, wide } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.reference(d, place, wide).map(|_| p + 1)
            }
            Inst::Len { dst: PlaceRef::Frame(d), place, len } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.len(d, place, len).map(|_| p + 1)
            }
            Inst::Cast { op, dst, src, size, .. } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.cast(op, dst, src, size).map(|_| p + 1)
            }
            Inst::Intrinsic { ref which, ref args, dest, ret: Some(t) } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.intrinsic(which, args, dest).map(|_| t)
            }
            Inst::Discr { dst: PlaceRef::Frame(d), size, place, ref layout } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.discr(Some((d, size)), place, layout).map(|_| p + 1)
            }
            Inst::SetDiscr { place, ref layout, variant } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.set_discr(place, layout, variant).map(|_| p + 1)
            }
            Inst::CheckTag { place, ref layout } => {
                let mut mx = mem::Mx { cx: &mut *cx, cur, fv, abase };
                mx.discr(None, place, layout).map(|_| p + 1)
            }
            Inst::Goto(t) => Some(t),
            Inst::If { cond: OpRef::Frame(c), then, else_ } => match fv.read::<1>(c) {
                Some(0) => Some(else_),
                Some(1) => Some(then),
                _ => None,
            },
            Inst::Call { callee: CallTarget::Direct(id), ref args, .. } => {
                let Some((callee, nb, cfv)) = enter(cx, cur, base, fv, id, args) else {
                    break;
                };
                if let Some(top) = cx.frames.last_mut() {
                    top.pc = p;
                }
                cx.frames.push(Frame { inst: id, pc: 0, base: nb as u32, abase: cx.abase });
                cur = callee;
                base = nb;
                fv = cfv;
                p = 0;
                abase = cx.abase as usize;
                f -= 1;
                continue;
            }
            Inst::Return => {
                let Some((caller, cbase, cfv, t)) = leave(cx, cur, fv) else {
                    break;
                };
                cx.frames.pop();
                abase = cx.frames.last().map_or(0, |f| f.abase as usize);
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
    if !args.iter().all(|a| matches!(a, OpRef::Frame(_) | OpRef::Imm(_))) {
        return None;
    }
    let nb = align16(base + cur.frame_size as usize);
    let cfv = FrameView::new(&mut cx.st, nb, callee.frame_size as usize)?;
    cfv.clear(callee.frame_size);
    for (a, &(slot, sz)) in args.iter().zip(&callee.args) {
        let Slot::Frame(off) = slot else { return None };
        match *a {
            OpRef::Frame(s) if s.checked_add(sz)? <= cur.frame_size => cfv.copy_any_from(off, fv, s, sz),
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
fn leave<'m>(cx: &mut FastCx<'m>, cur: &Code, fv: FrameView) -> Option<(&'m Code, usize, FrameView, Pc)> {
    let n = cx.frames.len();
    if !cur.simple || n <= cx.depth + 1 {
        return None;
    }
    let caller = cx.frames[n - 2];
    let codes = cx.codes;
    let code = codes.get(caller.inst as usize)?.code.as_deref()?;
    let Inst::Call { dest: PlaceRef::Frame(d), ret: Some(t), .. } = *code.insts.get(caller.pc as usize)? else {
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
            Inst::IntBin { size, dst, a, b, op, .. } => {
                let r = if op.is_comparison() { 1 } else { size as u32 };
                ok(dst, r) && fop(a, size as u32) && fop(b, size as u32)
            }
            Inst::IntCmpIf { size, dst, a, b, .. } => ok(dst, 1) && fop(a, size as u32) && fop(b, size as u32),
            Inst::IntCheckedAssert { size, dst, flag, a, b, out, .. } => {
                (out == u32::MAX || ok(out, size as u32))
                    && ok(dst, size as u32)
                    && ok(dst.saturating_add(flag), 1)
                    && fop(a, size as u32)
                    && fop(b, size as u32)
            }
            Inst::CopyFrame { dst, src, size, .. } => ok(dst, size as u32) && ok(src, size as u32),
            Inst::IntCast { dst, src, from, to, .. } => ok(dst, to as u32) && ok(src, from as u32),
            Inst::IntShift { size, bsize, dst, a, b, .. } => {
                ok(dst, size as u32) && fop(a, size as u32) && fop(b, bsize as u32)
            }
            Inst::IntChecked { size, dst, flag, a, b, .. } => {
                ok(dst, size as u32) && ok(dst.saturating_add(flag), 1) && fop(a, size as u32) && fop(b, size as u32)
            }
            Inst::IntUn { size, dst, a, .. } => ok(dst, size as u32) && fop(a, size as u32),
            Inst::FltBin { op, f64, dst, a, b } => {
                let n = if f64 { 8 } else { 4 };
                ok(dst, if op.is_comparison() { 1 } else { n }) && fop(a, n) && fop(b, n)
            }
            Inst::Assert { cond: OpRef::Frame(c), .. } => ok(c, 1),
            Inst::Switch { discr: OpRef::Frame(o), size, .. } => ok(o, size as u32),
            Inst::If { cond: OpRef::Frame(c), .. } => ok(c, 1),
            // A zero-sized argument (a closure without captures) may sit
            // at the very end of the frame.
            Inst::Call { ref args, .. } => args.iter().all(|a| match *a {
                OpRef::Frame(o) => o <= fs,
                _ => true,
            }),
            _ => true,
        };
        if !valid {
            *inst = Inst::Error("internal error: a frame offset lies outside the frame".into());
        }
    }
}
