//! Peephole rewrites on lowered code that save dispatches on hot paths:
//! jump threading, and a checked operation whose result is moved out at the start of its
//! (single-predecessor) success block writes it there directly.

use crate::code::{Inst, Pc};

/// How many places transfer control to each instruction (jumps and fall-through).
fn predecessors(insts: &[Inst]) -> Vec<u32> {
    let mut preds = vec![0u32; insts.len() + 1];
    let mut add = |t: Pc| {
        if let Some(p) = preds.get_mut(t as usize) {
            *p += 1;
        }
    };
    for (pc, inst) in insts.iter().enumerate() {
        let mut falls_through = true;
        match inst {
            Inst::Goto(t) => {
                add(*t);
                falls_through = false;
            }
            Inst::If { then, else_, .. } | Inst::IntCmpIf { then, else_, .. } => {
                add(*then);
                add(*else_);
                falls_through = false;
            }
            Inst::Switch { targets, otherwise, .. } => {
                targets.iter().for_each(|&(_, t)| add(t));
                add(*otherwise);
                falls_through = false;
            }
            Inst::Assert { target, .. } | Inst::IntCheckedAssert { target, .. } => {
                add(*target);
                falls_through = false;
            }
            Inst::Call { ret, .. } | Inst::Intrinsic { ret, .. } | Inst::Builtin { ret, .. } => {
                if let Some(t) = ret {
                    add(*t);
                }
                falls_through = false;
            }
            Inst::Return | Inst::Unreachable | Inst::Error(_) => falls_through = false,
            _ => {}
        }
        if falls_through {
            add(pc as Pc + 1);
        }
    }
    preds
}

/// Follows chains of `Goto`s from `t` (at most a few steps).
fn thread(insts: &[Inst], mut t: Pc) -> Pc {
    for _ in 0..8 {
        match insts.get(t as usize) {
            Some(Inst::Goto(u)) if *u != t => t = *u,
            _ => break,
        }
    }
    t
}

/// Jumps to jumps go straight to the final target; a jump to `Return` returns.
fn thread_jumps(insts: &mut [Inst]) {
    for pc in 0..insts.len() {
        let new = match &insts[pc] {
            Inst::Goto(t) => {
                let t = thread(insts, *t);
                if matches!(insts.get(t as usize), Some(Inst::Return)) {
                    Inst::Return
                } else {
                    Inst::Goto(t)
                }
            }
            Inst::IntCmpIf { op, size, signed, dst, a, b, then, else_ } => Inst::IntCmpIf {
                op: *op,
                size: *size,
                signed: *signed,
                dst: *dst,
                a: *a,
                b: *b,
                then: thread(insts, *then),
                else_: thread(insts, *else_),
            },
            Inst::If { cond, then, else_ } => {
                Inst::If { cond: *cond, then: thread(insts, *then), else_: thread(insts, *else_) }
            }
            _ => continue,
        };
        insts[pc] = new;
    }
}

/// Applies the rewrites.
pub fn run(insts: &mut [Inst]) {
    thread_jumps(insts);
    let preds = predecessors(insts);
    for pc in 0..insts.len() {
        let Inst::IntCheckedAssert { size, dst, target, out: u32::MAX, .. } = insts[pc] else {
            continue;
        };
        let Some(&Inst::CopyFrame { dst: x, src, size: n, .. }) = insts.get(target as usize) else {
            continue;
        };
        if src == dst && n == size && preds.get(target as usize) == Some(&1) {
            let next = thread(insts, target + 1);
            if let Inst::IntCheckedAssert { target, out, .. } = &mut insts[pc] {
                *out = x;
                *target = next;
            }
        }
    }
}
