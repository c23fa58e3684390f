//! The execution loop: an explicit frame stack, a tight per-frame
//! instruction loop, calls and returns.
//!
//! [`Machine::step`] runs instructions of one frame until it must call or
//! return; [`Machine::run_until`] pushes and pops frames. No host recursion
//! happens per interpreted call, so deep recursion in the program cannot
//! overflow the interpreter's own stack.

use crate::code::{CallTarget, CastOp, Code, Fop, Inst, Num, OpRef, Pc, PlaceRef, Slot, Validity};
use crate::instance::InstId;
use crate::machine::{Frame, Machine};
use crate::memory::{AllocKind, Pointer};
use crate::ops;
use crate::place::{Fx, Loc};
use crate::ub::{ub, Res, Stop, StopKind, UbError, UbKind};
use std::rc::Rc;

/// Why [`Machine::step`] left its frame.
pub enum Transfer {
    /// Call this instance with the arguments of the instruction at `pc`.
    Call(InstId),
    Return,
    /// The next instruction can run on the fast path.
    Fast,
}

fn align16(n: usize) -> usize {
    (n + 15) & !15
}

impl<'a> Machine<'a> {
    /// Pushes a frame for `code` (arguments not yet written).
    pub fn push_frame(&mut self, code: Rc<Code>, inst: InstId) -> Res<()> {
        if self.frames.len() >= self.opts.max_call_depth {
            return Err(Stop(Box::new(StopKind::Exhausted(format!(
                "stack overflow in interpreted program: more than {} nested calls (while calling `{}`)",
                self.opts.max_call_depth, code.name
            )))));
        }
        let base = match self.frames.last() {
            Some(f) => align16(f.base as usize + self.frame_code(f).frame_size as usize),
            None => 0,
        };
        let size = code.frame_size as usize;
        if base + size > self.stack.len() {
            let want = (base + size).max(self.stack.len() * 2);
            self.stack.grow(want);
        }
        self.stack.uninit(base, size);
        let abase = self.stack_allocs.len();
        for al in &code.alloc_locals {
            let p = if al.at_entry {
                self.mem.allocate(al.size, al.align, AllocKind::Stack, al.span)
            } else {
                Pointer::default()
            };
            self.stack_allocs.push(p);
        }
        self.frames.push(Frame { inst, base: base as u32, pc: 0, abase: abase as u32 });
        Ok(())
    }

    /// Frees the stack allocations of the frame whose slots start at `abase`.
    fn free_frame_allocs(&mut self, abase: usize) {
        if abase == self.stack_allocs.len() {
            return;
        }
        for i in abase..self.stack_allocs.len() {
            let p = self.stack_allocs[i];
            if p.prov != 0 && self.mem.live(p.prov).is_some() {
                self.mem.free(p.prov, ferrum_span::Span::DUMMY);
            }
        }
        self.stack_allocs.truncate(abase);
    }

    /// Pops frames above `depth` after an error in a nested run.
    pub fn unwind_to(&mut self, depth: usize) {
        while self.frames.len() > depth {
            let f = self.frames.pop().expect("frame");
            self.free_frame_allocs(f.abase as usize);
        }
    }

    /// Runs until the frame stack is back to `depth` frames.
    pub fn run_until(&mut self, depth: usize) -> Res<()> {
        loop {
            self.run_fast_top(depth);
            let top = self.frames.len() - 1;
            let (code, fx, mut pc) = {
                let f = &self.frames[top];
                (self.frame_code_rc(f), Fx { base: f.base as usize, abase: f.abase as usize }, f.pc)
            };
            let r = self.step(&code, fx, &mut pc);
            self.frames[top].pc = pc;
            match r? {
                Transfer::Fast => {}
                Transfer::Call(id) => self.do_call(&code, fx, pc, id)?,
                Transfer::Return => {
                    if self.do_return(depth)? {
                        return Ok(());
                    }
                }
            }
        }
    }

    /// Runs the fast path on the top frame.
    fn run_fast_top(&mut self, depth: usize) {
        let Machine { stack, frames, instances, fuel, opts, stack_allocs, mem, .. } = self;
        let mut cx = crate::fast::FastCx {
            st: stack.slices(),
            frames,
            codes: &instances.entries,
            max_depth: opts.max_call_depth,
            depth,
            abase: stack_allocs.len() as u32,
            mem,
            stack_allocs,
        };
        crate::fast::run_fast(&mut cx, fuel);
    }

    fn do_call(&mut self, caller: &Code, fx: Fx, pc: Pc, id: InstId) -> Res<()> {
        let code = self.code_of(id)?;
        let args: &[OpRef] = match &caller.insts[pc as usize] {
            Inst::Call { args, .. } | Inst::Intrinsic { args, .. } => args,
            _ => &[],
        };
        if args.len() != code.args.len() {
            return Err(Stop::error(format!(
                "call of `{}` with {} arguments, but it takes {}",
                code.name,
                args.len(),
                code.args.len()
            )));
        }
        self.push_frame(code.clone(), id)?;
        let (base, abase) = {
            let f = self.frames.last().expect("frame");
            (f.base as usize, f.abase as usize)
        };
        for (i, &a) in args.iter().enumerate() {
            let (slot, size) = code.args[i];
            let dst = match (slot, a) {
                (Slot::Frame(off), OpRef::Frame(src)) => {
                    self.stack.copy_small(fx.base + src as usize, base + off as usize, size as usize);
                    continue;
                }
                (Slot::Frame(off), OpRef::Imm(v)) => {
                    self.stack.write_uint(base + off as usize, size as usize, v as u128);
                    continue;
                }
                (Slot::Frame(off), _) => Loc::Stack(base + off as usize),
                (Slot::Alloc(s), _) => Loc::Mem(self.stack_allocs[abase + s as usize]),
            };
            if let Err(e) = self.copy_op(fx, caller, a, dst, 1, size as usize) {
                let depth = self.frames.len() - 1;
                self.unwind_to(depth);
                return Err(e);
            }
        }
        Ok(())
    }

    /// Pops the top frame, writing its return value into the caller's
    /// destination. Returns true when the stack is back at `depth`.
    fn do_return(&mut self, depth: usize) -> Res<bool> {
        let frame = self.frames.pop().expect("frame");
        let fcode = self.frame_code_rc(&frame);
        let src = match fcode.ret {
            Slot::Frame(off) => Loc::Stack(frame.base as usize + off as usize),
            Slot::Alloc(s) => Loc::Mem(self.stack_allocs[frame.abase as usize + s as usize]),
        };
        let size = fcode.ret_size as usize;
        if self.frames.len() == depth {
            let value = self.read_bytes(src, size, 1);
            self.free_frame_allocs(frame.abase as usize);
            self.ret_value = Some(value?);
            return Ok(true);
        }
        let (ccode, cfx, cpc) = {
            let f = self.frames.last().expect("caller");
            (self.frame_code_rc(f), Fx { base: f.base as usize, abase: f.abase as usize }, f.pc)
        };
        let (dest, ret) = match &ccode.insts[cpc as usize] {
            Inst::Call { dest, ret, .. } => (Some(*dest), *ret),
            Inst::Intrinsic { dest, ret, .. } => (Some(*dest), *ret),
            _ => (None, None),
        };
        let copied = match (dest, src) {
            (Some(PlaceRef::Frame(d)), Loc::Stack(s)) => {
                self.stack.copy_small(s, cfx.base + d as usize, size);
                Ok(())
            }
            (Some(dest), _) if size > 0 => {
                self.eval_place(cfx, &ccode, dest).and_then(|(dloc, _, dalign)| self.copy(src, 1, dloc, dalign, size))
            }
            _ => Ok(()),
        };
        self.free_frame_allocs(frame.abase as usize);
        copied?;
        match ret {
            Some(t) => self.frames.last_mut().expect("caller").pc = t,
            None => return ub(UbKind::Unreachable, format!("`{}` returned, but it never returns", fcode.name)),
        }
        Ok(false)
    }

    /// Executes instructions of one frame until a call or return.
    fn step(&mut self, code: &Code, fx: Fx, pc: &mut Pc) -> Res<Transfer> {
        let mut fuel = self.fuel;
        let r = self.step_inner(code, fx, pc, &mut fuel);
        self.fuel = fuel;
        r
    }

    fn out_of_fuel(&self) -> Stop {
        let n = self.opts.fuel.unwrap_or(0);
        Stop(Box::new(StopKind::Exhausted(format!(
            "the interpreted program exceeded the step budget of {n} steps (--fuel)"
        ))))
    }

    #[inline(always)]
    fn step_inner(&mut self, code: &Code, fx: Fx, pc: &mut Pc, fuel: &mut u64) -> Res<Transfer> {
        let first = *pc;
        loop {
            if *pc != first && code.insts.get(*pc as usize).is_some_and(is_fast) {
                return Ok(Transfer::Fast);
            }
            if *fuel == 0 {
                return Err(self.out_of_fuel());
            }
            *fuel -= 1;
            let Some(inst) = code.insts.get(*pc as usize) else {
                return Err(Stop::error(format!("internal error: jump to a missing instruction in `{}`", code.name)));
            };
            match inst {
                &Inst::IntBin { op, size, signed, dst, a, b } => {
                    let x = self.fop(fx, code, a, size)?;
                    let y = self.fop(fx, code, b, size)?;
                    let r = ops::binary64(op, size, signed, x, y).map_err(arith_error)?;
                    let rsize = if op.is_comparison() { 1 } else { size as usize };
                    self.stack.write_small(fx.base + dst as usize, rsize, r);
                    *pc += 1;
                }
                &Inst::IntCmpIf { op, size, signed, dst, a, b, then, else_ } => {
                    let x = self.fop(fx, code, a, size)?;
                    let y = self.fop(fx, code, b, size)?;
                    let r = ops::binary64(op, size, signed, x, y).map_err(arith_error)?;
                    self.stack.write_small(fx.base + dst as usize, 1, r);
                    *pc = if r != 0 { then } else { else_ };
                }
                Inst::IntCheckedAssert { op, size, signed, dst, flag, a, b, msg, target, out } => {
                    let x = self.fop(fx, code, *a, *size)?;
                    let y = self.fop(fx, code, *b, *size)?;
                    let (r, o) = ops::checked64(*op, *size, *signed, x, y).map_err(arith_error)?;
                    if o {
                        let text = self.assert_message(fx, code, msg)?;
                        return Err(self.panic(&text, code.span(*pc)));
                    }
                    let d = fx.base + *dst as usize;
                    self.stack.write_small(d, *size as usize, r);
                    self.stack.write_small(d + *flag as usize, 1, 0);
                    if *out != u32::MAX {
                        self.stack.write_small(fx.base + *out as usize, *size as usize, r);
                    }
                    *pc = *target;
                }
                &Inst::IntShift { op, size, signed, bsize, dst, a, b } => {
                    let x = self.fop(fx, code, a, size)?;
                    let y = self.fop(fx, code, b, bsize)?;
                    let (ty, rty) = (Num::Int { size, signed }, Num::Int { size: bsize, signed: false });
                    let r = ops::binary(op, ty, rty, x as u128, y as u128).map_err(arith_error)?;
                    self.stack.write_uint(fx.base + dst as usize, size as usize, r);
                    *pc += 1;
                }
                &Inst::IntChecked { op, size, signed, dst, flag, a, b } => {
                    let x = self.fop(fx, code, a, size)?;
                    let y = self.fop(fx, code, b, size)?;
                    let (r, o) = ops::checked64(op, size, signed, x, y).map_err(arith_error)?;
                    let d = fx.base + dst as usize;
                    self.stack.write_small(d, size as usize, r);
                    self.stack.write_small(d + flag as usize, 1, o as u64);
                    *pc += 1;
                }
                &Inst::IntUn { op, size, is_bool, dst, a } => {
                    let x = self.fop(fx, code, a, size)?;
                    let ty = if is_bool { Num::Bool } else { Num::Int { size, signed: true } };
                    if is_bool && x > 1 {
                        return ub(UbKind::InvalidValue, "using a bool that is neither 0 nor 1");
                    }
                    let r = ops::unary(op, ty, x as u128).map_err(arith_error)?;
                    self.stack.write_uint(fx.base + dst as usize, size as usize, r);
                    *pc += 1;
                }
                &Inst::FltBin { op, f64, dst, a, b } => {
                    let (ty, size) = if f64 { (Num::F64, 8) } else { (Num::F32, 4) };
                    let x = self.fop(fx, code, a, size)?;
                    let y = self.fop(fx, code, b, size)?;
                    let r = ops::binary(op, ty, ty, x as u128, y as u128).map_err(arith_error)?;
                    let rsize = if op.is_comparison() { 1 } else { size as usize };
                    self.stack.write_uint(fx.base + dst as usize, rsize, r);
                    *pc += 1;
                }
                &Inst::IntCast { dst, src, from, signed, to } => {
                    let v = self.read_op(fx, code, OpRef::Frame(src), from as usize)?;
                    let from = Num::Int { size: from, signed };
                    let r = crate::cast::int_to_int(from, Num::Int { size: to, signed }, v).unwrap_or(0);
                    self.write_place(fx, code, PlaceRef::Frame(dst), to as usize, r)?;
                    *pc += 1;
                }
                &Inst::CopyFrame { dst, src, size, valid } => {
                    let (so, d) = (fx.base + src as usize, fx.base + dst as usize);
                    let size = size as usize;
                    if valid != Validity::Raw {
                        if !self.stack.is_init(so, size) {
                            return Err(self.uninit_local(code, src));
                        }
                        if valid != Validity::Init {
                            check_valid(valid, self.stack.read_uint(so, size))?;
                        }
                    }
                    self.stack.copy_small(so, d, size);
                    *pc += 1;
                }
                &Inst::Copy { dst, src, size, valid } => {
                    self.exec_copy(fx, code, dst, src, size as usize, valid)?;
                    *pc += 1;
                }
                &Inst::Bin { op, ty, rty, dst, a, b } => {
                    let x = self.read_op(fx, code, a, ty.size())?;
                    let y = self.read_op(fx, code, b, rty.size())?;
                    if ty == Num::Bool && (x > 1 || y > 1) {
                        return ub(UbKind::InvalidValue, "using a bool that is neither 0 nor 1");
                    }
                    let r = ops::binary(op, ty, rty, x, y).map_err(arith_error)?;
                    self.write_place(fx, code, dst, ops::result_size(op, ty), r)?;
                    *pc += 1;
                }
                &Inst::Checked { op, ty, rty, dst, flag, a, b } => {
                    let x = self.read_op(fx, code, a, ty.size())?;
                    let y = self.read_op(fx, code, b, rty.size())?;
                    let (r, o) = ops::checked(op, ty, rty, x, y).map_err(arith_error)?;
                    let (loc, _, align) = self.eval_place(fx, code, dst)?;
                    self.store(loc, ty.size(), align, r)?;
                    self.store(loc.offset(flag as u64), 1, 1, o as u128)?;
                    *pc += 1;
                }
                &Inst::If { cond, then, else_ } => {
                    let c = self.read_op(fx, code, cond, 1)?;
                    if c > 1 {
                        return ub(UbKind::InvalidValue, format!("branching on a bool with value {c}"));
                    }
                    *pc = if c != 0 { then } else { else_ };
                }
                Inst::Goto(t) => *pc = *t,
                Inst::Switch { discr, size, targets, otherwise } => {
                    let v = self.read_op(fx, code, *discr, *size as usize)?;
                    *pc = targets.iter().find(|(val, _)| *val == v).map_or(*otherwise, |(_, t)| *t);
                }
                Inst::Assert { cond, expected, msg, target } => {
                    let c = self.read_op(fx, code, *cond, 1)?;
                    if (c != 0) == *expected {
                        *pc = *target;
                    } else {
                        let text = self.assert_message(fx, code, msg)?;
                        return Err(self.panic(&text, code.span(*pc)));
                    }
                }
                Inst::Call { callee, .. } => {
                    let id = match *callee {
                        CallTarget::Direct(id) => id,
                        CallTarget::Indirect(op) => {
                            let p = self.read_op_ptr(fx, code, op)?;
                            self.fn_of_ptr(p)?
                        }
                        CallTarget::Virtual { receiver, slot } => self.vtable_entry(fx, code, receiver, slot)?,
                    };
                    return Ok(Transfer::Call(id));
                }
                Inst::Return => return Ok(Transfer::Return),
                &Inst::PtrOffset { dst, ptr, count, stride, wide } => {
                    self.exec_ptr_offset(fx, code, dst, ptr, count, stride, wide)?;
                    *pc += 1;
                }
                &Inst::Un { op, ty, dst, a } => {
                    let x = self.read_op(fx, code, a, ty.size())?;
                    if ty == Num::Bool && x > 1 {
                        return ub(UbKind::InvalidValue, "using a bool that is neither 0 nor 1");
                    }
                    let r = ops::unary(op, ty, x).map_err(arith_error)?;
                    self.write_place(fx, code, dst, ty.size(), r)?;
                    *pc += 1;
                }
                &Inst::Meta { dst, a } => {
                    let v = self.read_op(fx, code, a, 16)?;
                    self.write_place(fx, code, dst, 8, v >> 64)?;
                    *pc += 1;
                }
                Inst::Cast { op, from, to, dst, src, size } => {
                    self.exec_cast(fx, code, *op, *from, *to, *dst, *src, *size as usize)?;
                    *pc += 1;
                }
                &Inst::Ref { dst, place, wide } => {
                    let (loc, meta, _) = self.eval_place(fx, code, place)?;
                    let Loc::Mem(p) = loc else {
                        return Err(Stop::error("internal error: reference to a local without an allocation"));
                    };
                    let (dloc, _, _) = self.eval_place(fx, code, dst)?;
                    self.store_ptr(dloc, p)?;
                    if wide {
                        self.store(dloc.offset(8), 8, 8, meta as u128)?;
                    }
                    *pc += 1;
                }
                &Inst::Len { dst, place, len } => {
                    let n = match len {
                        crate::code::LenOf::Const(n) => n,
                        crate::code::LenOf::Meta => self.eval_place(fx, code, place)?.1,
                    };
                    self.write_place(fx, code, dst, 8, n as u128)?;
                    *pc += 1;
                }
                Inst::Discr { dst, size, place, layout } => {
                    let d = self.read_discr(fx, code, *place, layout)?;
                    self.write_place(fx, code, *dst, *size as usize, ops::trunc(d as u128, *size as usize))?;
                    *pc += 1;
                }
                Inst::CheckTag { place, layout } => {
                    self.read_discr(fx, code, *place, layout)?;
                    *pc += 1;
                }
                Inst::SetDiscr { place, layout, variant } => {
                    if let (Some(v), ferrum_mir::layout::Variants::Multiple { tag, .. }) =
                        (layout.tag_value(*variant), &layout.variants)
                    {
                        let (loc, _, _) = self.eval_place(fx, code, *place)?;
                        self.store(loc.offset(tag.offset), tag.size as usize, 1, v)?;
                    }
                    *pc += 1;
                }
                &Inst::Repeat { dst, src, elem, count } => {
                    self.exec_repeat(fx, code, dst, src, elem as usize, count)?;
                    *pc += 1;
                }
                &Inst::Live { slot } => {
                    let i = fx.abase + slot as usize;
                    let old = self.stack_allocs[i];
                    if old.prov != 0 && self.mem.live(old.prov).is_some() {
                        self.mem.free(old.prov, ferrum_span::Span::DUMMY);
                    }
                    let al = &code.alloc_locals[slot as usize];
                    self.stack_allocs[i] = self.mem.allocate(al.size, al.align, AllocKind::Stack, al.span);
                    *pc += 1;
                }
                &Inst::Dead { slot } => {
                    let p = self.stack_allocs[fx.abase + slot as usize];
                    if p.prov != 0 && self.mem.live(p.prov).is_some() {
                        self.mem.free(p.prov, code.span(*pc));
                    }
                    *pc += 1;
                }
                Inst::Intrinsic { which, args, dest, ret } => {
                    if let Some(id) = self.exec_intrinsic(fx, code, which, args, *dest, *pc)? {
                        return Ok(Transfer::Call(id));
                    }
                    *pc = self.continue_at(*ret, code, *pc)?;
                }
                Inst::Builtin { which, args, dest, ret } => {
                    self.exec_builtin(fx, code, *which, args, *dest, *pc)?;
                    *pc = self.continue_at(*ret, code, *pc)?;
                }
                Inst::Unreachable => return ub(UbKind::Unreachable, "entering unreachable code"),
                Inst::Error(msg) => return Err(Stop::error(msg.to_string())),
            }
        }
    }

    /// Reads a fast-instruction operand of `size` bytes.
    #[inline(always)]
    fn fop(&self, fx: Fx, code: &Code, f: Fop, size: u8) -> Res<u64> {
        match f {
            Fop::Imm(v) => Ok(v),
            Fop::Frame(off) => {
                let o = fx.base + off as usize;
                let size = size as usize;
                if !self.stack.is_init(o, size) {
                    return Err(self.uninit_local(code, off));
                }
                Ok(self.stack.read_small(o, size))
            }
        }
    }

    fn continue_at(&self, ret: Option<Pc>, code: &Code, pc: Pc) -> Res<Pc> {
        match ret {
            Some(t) => Ok(t),
            None => ub(UbKind::Unreachable, format!("a call that never returns returned in `{}` at {pc}", code.name)),
        }
    }

    fn exec_copy(&mut self, fx: Fx, code: &Code, dst: PlaceRef, src: OpRef, size: usize, valid: Validity) -> Res<()> {
        if let (PlaceRef::Frame(d), OpRef::Frame(s)) = (dst, src) {
            let (so, dof) = (fx.base + s as usize, fx.base + d as usize);
            if valid != Validity::Raw {
                if !self.stack.is_init(so, size) {
                    return Err(self.uninit_local(code, s));
                }
                if valid != Validity::Init {
                    check_valid(valid, self.stack.read_uint(so, size))?;
                }
            }
            self.stack.copy_within(so, dof, size);
            return Ok(());
        }
        if let (PlaceRef::Frame(d), OpRef::Imm(v)) = (dst, src) {
            check_valid(valid, v as u128)?;
            self.stack.write_uint(fx.base + d as usize, size, v as u128);
            return Ok(());
        }
        let (dloc, _, dalign) = self.eval_place(fx, code, dst)?;
        match valid {
            Validity::Raw => self.copy_op(fx, code, src, dloc, dalign, size),
            Validity::Init => {
                if let crate::place::OpLoc::Loc(sloc, salign) = self.op_loc(fx, code, src)? {
                    self.check_init(sloc, size, salign)?;
                }
                self.copy_op(fx, code, src, dloc, dalign, size)
            }
            Validity::Bool | Validity::Char => {
                let v = self.read_op(fx, code, src, size)?;
                check_valid(valid, v)?;
                self.store(dloc, size, dalign, v)
            }
        }
    }

    fn exec_repeat(&mut self, fx: Fx, code: &Code, dst: PlaceRef, src: OpRef, elem: usize, count: u64) -> Res<()> {
        if elem == 0 || count == 0 {
            return Ok(());
        }
        let (loc, _, align) = self.eval_place(fx, code, dst)?;
        self.copy_op(fx, code, src, loc, align, elem)?;
        let total = elem as u64 * count;
        let mut filled = elem as u64;
        while filled < total {
            let n = filled.min(total - filled);
            self.copy(loc, 1, loc.offset(filled), 1, n as usize)?;
            filled += n;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn exec_ptr_offset(
        &mut self,
        fx: Fx,
        code: &Code,
        dst: PlaceRef,
        ptr: OpRef,
        count: OpRef,
        stride: u64,
        wide: bool,
    ) -> Res<()> {
        let p = self.read_op_ptr(fx, code, ptr)?;
        let n = self.read_op(fx, code, count, 8)? as u64;
        let bytes = n.wrapping_mul(stride);
        let q = p.offset(bytes);
        self.check_inbounds(p, q, bytes)?;
        let (loc, _, _) = self.eval_place(fx, code, dst)?;
        self.store_ptr(loc, q)?;
        if wide {
            let meta = self.read_op(fx, code, ptr, 16)? >> 64;
            self.store(loc.offset(8), 8, 8, meta)?;
        }
        Ok(())
    }

    /// In-bounds pointer arithmetic: the result must stay inside (or one
    /// past the end of) the allocation.
    pub fn check_inbounds(&self, p: Pointer, q: Pointer, bytes: u64) -> Res<()> {
        if bytes == 0 || p.prov == 0 {
            return Ok(());
        }
        let Some(a) = self.mem.live(p.prov) else {
            return Err(self.mem.dead_error(p.prov, "offsetting").into());
        };
        if q.addr < a.base || q.addr > a.base + a.size() {
            return Err(UbError::new(
                UbKind::OutOfBounds,
                format!(
                    "pointer arithmetic moves the pointer to offset {} of a {}-byte {} allocation",
                    q.addr as i128 - a.base as i128,
                    a.size(),
                    a.kind.name()
                ),
            )
            .label(a.span, "allocated here")
            .into());
        }
        Ok(())
    }

    /// `ptr.offset_from(base)` in elements of `stride` bytes: both pointers
    /// must point into (or one past) the same live allocation, and their
    /// distance must be a multiple of the element size.
    pub fn offset_from(&self, p: Pointer, base: Pointer, stride: u64) -> Res<i64> {
        let diff = p.addr.wrapping_sub(base.addr) as i64;
        if p.prov != base.prov && diff != 0 {
            return Err(UbError::new(
                UbKind::OutOfBounds,
                "`offset_from` called on pointers into different allocations",
            )
            .into());
        }
        if p.prov != 0 && diff != 0 {
            self.check_inbounds(base, p, diff as u64)?;
        }
        if stride == 0 || diff % stride as i64 != 0 {
            return Err(UbError::new(
                UbKind::OutOfBounds,
                format!("`offset_from` distance of {diff} bytes is not a multiple of the element size {stride}"),
            )
            .into());
        }
        Ok(diff / stride as i64)
    }

    fn read_discr(&mut self, fx: Fx, code: &Code, place: PlaceRef, layout: &ferrum_mir::layout::Layout) -> Res<i128> {
        use ferrum_mir::layout::Variants;
        match &layout.variants {
            Variants::Single { index } => Ok(layout.discrs.get(*index as usize).copied().unwrap_or(0)),
            Variants::Multiple { tag, .. } => {
                let (loc, _, _) = self.eval_place(fx, code, place)?;
                let raw = self.load(loc.offset(tag.offset), tag.size as usize, 1)?;
                match layout.variant_of_tag(raw) {
                    Some(v) => Ok(layout.discr_of(v)),
                    None => ub(UbKind::InvalidValue, format!("reading an enum whose tag {raw:#x} names no variant")),
                }
            }
        }
    }

    /// The function allocation for an instance (created once).
    pub fn fn_ptr(&mut self, id: InstId) -> Pointer {
        if let Some(p) = self.instances.entries[id as usize].fn_ptr {
            return p;
        }
        let p = self.mem.allocate(0, 1, AllocKind::Function, ferrum_span::Span::DUMMY);
        if let Some(a) = self.mem.live_mut(p.prov) {
            a.func = id;
        }
        self.instances.entries[id as usize].fn_ptr = Some(p);
        p
    }

    /// The function in slot `slot` of the vtable `receiver` (a trait object
    /// pointer) carries.
    pub fn vtable_entry(&mut self, fx: Fx, code: &Code, receiver: OpRef, slot: u32) -> Res<InstId> {
        let vtable = self.read_op_vtable(fx, code, receiver)?;
        let p = self.load_ptr(Loc::Mem(vtable.offset(slot as u64 * 8)))?;
        self.fn_of_ptr(p)
    }

    pub fn fn_of_ptr(&self, p: Pointer) -> Res<InstId> {
        match self.mem.live(p.prov) {
            Some(a) if a.kind == AllocKind::Function && p.addr == a.base => Ok(a.func),
            _ => ub(UbKind::InvalidCall, format!("calling {:#x}, which is not a function pointer", p.addr)),
        }
    }
}

/// Instructions the fast path handles (at least in their common forms).
fn is_fast(inst: &Inst) -> bool {
    matches!(
        inst,
        Inst::IntBin { .. }
            | Inst::IntShift { .. }
            | Inst::IntChecked { .. }
            | Inst::IntUn { .. }
            | Inst::FltBin { .. }
            | Inst::Assert { cond: OpRef::Frame(_), .. }
            | Inst::Switch { discr: OpRef::Frame(_), .. }
            | Inst::IntCast { .. }
            | Inst::Copy { .. }
            | Inst::Ref { dst: PlaceRef::Frame(_), .. }
            | Inst::Len { dst: PlaceRef::Frame(_), .. }
            | Inst::IntCmpIf { .. }
            | Inst::IntCheckedAssert { .. }
            | Inst::CopyFrame { .. }
            | Inst::Goto(_)
            | Inst::If { cond: OpRef::Frame(_), .. }
            | Inst::Call { callee: CallTarget::Direct(_), .. }
            | Inst::Return
            | Inst::Cast { op: CastOp::Copy | CastOp::Unsize(_), .. }
            | Inst::Discr { dst: PlaceRef::Frame(_), .. }
            | Inst::CheckTag { .. }
            | Inst::SetDiscr { .. }
    ) || matches!(inst, Inst::Intrinsic { which, ret: Some(_), .. } if crate::intrinsics::has_fast_path(which))
}

pub fn check_valid(valid: Validity, v: u128) -> Res<()> {
    match valid {
        Validity::Bool if v > 1 => ub(UbKind::InvalidValue, format!("constructing an invalid bool: {v:#x}")),
        Validity::Char if char::from_u32(v as u32).is_none() || v > u32::MAX as u128 => {
            ub(UbKind::InvalidValue, format!("constructing an invalid char: {v:#x}"))
        }
        _ => Ok(()),
    }
}

pub fn arith_error(e: ops::ArithError) -> Stop {
    match e {
        ops::ArithError::DivisionByZero => UbError::new(UbKind::ArithmeticOverflow, "division by zero").into(),
        ops::ArithError::Unsupported => Stop::error("unsupported operand types for an arithmetic operation"),
    }
}
