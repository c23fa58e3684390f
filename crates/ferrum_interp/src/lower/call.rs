//! Lowering calls: user functions to instances, builtins and intrinsics by
//! name to enums (never looked up by string at run time), formatting calls.

use super::{LResult, Lowerer};
use crate::builtins::Builtin;
use crate::code::{CallTarget, Inst, OpRef};
use crate::instance::InstanceKey;
use crate::intrinsics::{resolve_intrinsic, Lowered};
use ferrum_hir::hir::{Abi, DefKind};
use ferrum_mir::mir::{BasicBlock, BodyOwner, Callee, Operand, Place};
use ferrum_ty::traits::Instance;
use ferrum_ty::ty::Ty;

impl Lowerer<'_, '_, '_> {
    pub fn lower_call(
        &mut self,
        func: &Callee,
        args: &[Operand],
        dest: &Place,
        target: Option<BasicBlock>,
    ) -> LResult<()> {
        let ret = target.map(|b| b.0);
        let mut ops = Vec::with_capacity(args.len());
        let mut tys = Vec::with_capacity(args.len());
        for a in args {
            let (op, ty) = self.lower_operand(a)?;
            ops.push(op);
            tys.push(ty);
        }
        self.forward_call_args(args, &mut ops);
        let args: Box<[OpRef]> = ops.into_boxed_slice();
        match func {
            Callee::Indirect(f) => {
                let (f, _) = self.lower_operand(f)?;
                let (dest, _) = self.lower_place(dest)?;
                self.emit(Inst::Call { callee: CallTarget::Indirect(f), args, dest, ret });
            }
            Callee::Fn(def, substs) => {
                let substs: ferrum_ty::ty::Substs = substs.iter().map(|&t| self.mono(t)).collect();
                let (def, substs) = match self.m.prog.resolve_instance(*def, &substs) {
                    Instance::Item(def, substs) => (def, substs),
                    other => {
                        let key = match other {
                            Instance::Closure { owner, expr, substs } => {
                                InstanceKey::Body(BodyOwner::Closure(owner, expr), substs)
                            }
                            Instance::Shim(shim) => InstanceKey::Shim(shim),
                            Instance::Virtual { index, .. } => {
                                let receiver = *args.first().ok_or("a virtual call without a receiver")?;
                                let slot = (crate::vtable::HEADER + index) as u32;
                                let (dest, _) = self.lower_place(dest)?;
                                let callee = CallTarget::Virtual { receiver, slot };
                                self.emit(Inst::Call { callee, args, dest, ret });
                                return Ok(());
                            }
                            Instance::Item(..) => unreachable!(),
                        };
                        let inst = self.m.instances.intern(key);
                        let (dest, _) = self.lower_place(dest)?;
                        self.emit(Inst::Call { callee: CallTarget::Direct(inst), args, dest, ret });
                        return Ok(());
                    }
                };
                let (dest, dest_ty) = self.lower_place(dest)?;
                let abi = match &self.m.prog.krate.defs[def].kind {
                    DefKind::Fn(f) => f.abi,
                    _ => Abi::Rust,
                };
                let name = self.m.prog.krate.defs[def].name.as_str();
                match abi {
                    Abi::Intrinsic => {
                        let lowered = resolve_intrinsic(self.m, name, &substs, &tys, dest_ty)?;
                        match lowered {
                            Lowered::Value(v, size) => {
                                if size > 0 {
                                    self.emit(Inst::Copy {
                                        dst: dest,
                                        src: OpRef::Imm(v),
                                        size,
                                        valid: crate::code::Validity::Raw,
                                    });
                                }
                                match ret {
                                    Some(t) => self.emit(Inst::Goto(t)),
                                    None => self.emit(Inst::Unreachable),
                                }
                            }
                            Lowered::Op(which) => {
                                if !self.try_fast_intrinsic(&which, &args, &tys, dest, dest_ty, ret)? {
                                    self.emit(Inst::Intrinsic { which: Box::new(which), args, dest, ret });
                                }
                            }
                        }
                    }
                    Abi::Builtin => {
                        let which = Builtin::from_name(name)
                            .ok_or_else(|| format!("unknown builtin `{name}` (no interpreter implementation)"))?;
                        self.emit(Inst::Builtin { which, args, dest, ret });
                    }
                    Abi::Rust => {
                        let inst = self.m.fn_instance(def, &substs);
                        self.emit(Inst::Call { callee: CallTarget::Direct(inst), args, dest, ret });
                    }
                }
            }
        }
        Ok(())
    }

    /// Wrapping and overflowing integer intrinsics become fast instructions.
    fn try_fast_intrinsic(
        &mut self,
        which: &crate::intrinsics::Intrinsic,
        args: &[OpRef],
        tys: &[Ty],
        dest: crate::code::PlaceRef,
        dest_ty: Ty,
        ret: Option<u32>,
    ) -> LResult<bool> {
        use crate::intrinsics::{IntKind, Intrinsic};
        let (Intrinsic::Int { kind, op, .. }, [a, b], [aty, bty], Some(ret)) = (which, args, tys, ret) else {
            return Ok(false);
        };
        let done = match kind {
            IntKind::Wrapping => self.try_fast_bin(*op, (*aty, *bty), *a, *b, dest)?,
            IntKind::Overflowing(_) => self.try_fast_checked(*op, (*aty, *bty), *a, *b, dest, dest_ty)?,
            _ => false,
        };
        if done {
            self.emit(Inst::Goto(ret));
        }
        Ok(done)
    }

    /// `_t = copy x; f(move _t)`: passes `x` directly and drops the copy
    /// (the temporary is dead after the move), for the copies ending the block.
    fn forward_call_args(&mut self, args: &[Operand], ops: &mut [OpRef]) {
        let mut written: Vec<(u32, u32)> = Vec::new();
        // Arguments already forwarded no longer hold the moved temporary.
        let mut forwarded = vec![false; ops.len()];
        while let Some(&Inst::CopyFrame { dst, src, size, valid }) = self.last_in_block() {
            if valid != crate::code::Validity::Raw && valid != crate::code::Validity::Init {
                break;
            }
            let size = size as u32;
            // The size check matters: a zero-sized local shares its offset
            // with the local after it, which is not the copy's target.
            let layouts = &self.local_layouts;
            let moved = |a: &Operand, op: &OpRef| {
                matches!(a, Operand::Move(p) if p.projection.is_empty() && layouts[p.local.index()].size == size as u64)
                    && matches!(op, OpRef::Frame(o) if *o == dst)
            };
            let Some(j) = (0..ops.len().min(args.len())).position(|j| !forwarded[j] && moved(&args[j], &ops[j])) else {
                break;
            };
            let uses = ops.iter().filter(|o| matches!(o, OpRef::Frame(o) if *o == dst)).count();
            let clobbered = written.iter().any(|&(d, n)| src < d + n && d < src + size);
            if uses != 1 || clobbered {
                break;
            }
            ops[j] = OpRef::Frame(src);
            forwarded[j] = true;
            written.push((dst, size));
            self.insts.pop();
            self.spans.pop();
        }
    }
}
