//! Runtime builtins (`#[builtin] extern "ferrum"`): the heap, I/O, exit,
//! panics and program arguments. Resolved by name once, at lowering.

use crate::code::{Code, OpRef, Pc, PlaceRef};
use crate::machine::Machine;
use crate::memory::{AllocKind, Pointer};
use crate::place::{Fx, Loc};
use crate::ub::{Res, Stop, StopKind, UbError, UbKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Alloc,
    Realloc,
    Dealloc,
    Write,
    Read,
    Exit,
    Panic,
    /// `__ferrum_args_count() -> usize`
    ArgsCount,
    /// `__ferrum_arg_len(i: usize) -> usize`
    ArgLen,
    /// `__ferrum_arg_copy(i: usize, dst: *mut u8)`
    ArgCopy,
}

impl Builtin {
    pub fn from_name(name: &str) -> Option<Builtin> {
        Some(match name {
            "__ferrum_alloc" => Builtin::Alloc,
            "__ferrum_realloc" => Builtin::Realloc,
            "__ferrum_dealloc" => Builtin::Dealloc,
            "__ferrum_write" => Builtin::Write,
            "__ferrum_read" => Builtin::Read,
            "__ferrum_exit" => Builtin::Exit,
            "__ferrum_panic" => Builtin::Panic,
            "__ferrum_args_count" => Builtin::ArgsCount,
            "__ferrum_arg_len" => Builtin::ArgLen,
            "__ferrum_arg_copy" => Builtin::ArgCopy,
            _ => return None,
        })
    }
}

impl Machine<'_> {
    pub fn exec_builtin(
        &mut self,
        fx: Fx,
        code: &Code,
        which: Builtin,
        args: &[OpRef],
        dest: PlaceRef,
        pc: Pc,
    ) -> Res<()> {
        let word = |m: &mut Self, i: usize| -> Res<u64> {
            let op =
                *args.get(i).ok_or_else(|| Stop::error(format!("builtin {which:?} called with too few arguments")))?;
            Ok(m.read_op(fx, code, op, 8)? as u64)
        };
        let ptr = |m: &mut Self, i: usize| -> Res<Pointer> {
            let op =
                *args.get(i).ok_or_else(|| Stop::error(format!("builtin {which:?} called with too few arguments")))?;
            m.read_op_ptr(fx, code, op)
        };
        let span = self.user_span(code.span(pc));
        match which {
            Builtin::Alloc => {
                let (size, align) = (word(self, 0)?, word(self, 1)?);
                check_align(align)?;
                let p = self.mem.allocate(size, align, AllocKind::Heap, span);
                self.write_place_ptr(fx, code, dest, p)
            }
            Builtin::Realloc => {
                let p = ptr(self, 0)?;
                let p = self.mem.with_exposed_prov(p);
                let (old, new, align) = (word(self, 1)?, word(self, 2)?, word(self, 3)?);
                check_align(align)?;
                self.check_dealloc(p, old, align)?;
                let q = self.mem.allocate(new, align, AllocKind::Heap, span);
                let n = old.min(new) as usize;
                self.copy(Loc::Mem(p), 1, Loc::Mem(q), 1, n)?;
                self.mem.free(p.prov, span);
                self.write_place_ptr(fx, code, dest, q)
            }
            Builtin::Dealloc => {
                let p = ptr(self, 0)?;
                let p = self.mem.with_exposed_prov(p);
                let (size, align) = (word(self, 1)?, word(self, 2)?);
                self.check_dealloc(p, size, align)?;
                self.mem.free(p.prov, span);
                Ok(())
            }
            Builtin::Write => {
                let fd = self.read_op(fx, code, args[0], 4)? as i32;
                let (p, len) = (ptr(self, 1)?, word(self, 2)?);
                let bytes = self.read_mem(p, len)?;
                self.write_fd(fd, &bytes);
                self.write_place(fx, code, dest, 8, len as u128)
            }
            Builtin::Read => {
                let (p, len) = (ptr(self, 1)?, word(self, 2)?);
                let mut buf = vec![0u8; len as usize];
                self.flush();
                let n = std::io::Read::read(&mut std::io::stdin(), &mut buf).unwrap_or(0);
                self.write_mem(p, &buf[..n])?;
                self.write_place(fx, code, dest, 8, n as u128)
            }
            Builtin::Exit => {
                let c = self.read_op(fx, code, args[0], 4)? as i32;
                Err(Stop(Box::new(StopKind::Exit(c))))
            }
            Builtin::Panic => {
                let (mp, ml) = (ptr(self, 0)?, word(self, 1)?);
                let (fp, fl) = (ptr(self, 2)?, word(self, 3)?);
                let line = self.read_op(fx, code, args[4], 4)?;
                let col = self.read_op(fx, code, args[5], 4)?;
                let msg = String::from_utf8_lossy(&self.read_mem(mp, ml)?).into_owned();
                let file = String::from_utf8_lossy(&self.read_mem(fp, fl)?).into_owned();
                Err(self.panic_at(&msg, &format!("{file}:{line}:{col}")))
            }
            Builtin::ArgsCount => {
                let n = self.opts.args.len();
                self.write_place(fx, code, dest, 8, n as u128)
            }
            Builtin::ArgLen => {
                let i = word(self, 0)? as usize;
                let n = self.opts.args.get(i).map_or(0, |a| a.len());
                self.write_place(fx, code, dest, 8, n as u128)
            }
            Builtin::ArgCopy => {
                let i = word(self, 0)? as usize;
                let p = ptr(self, 1)?;
                let bytes = self.opts.args.get(i).map(|a| a.as_bytes().to_vec()).unwrap_or_default();
                self.write_mem(p, &bytes)
            }
        }
    }

    /// Checks that `p` may be deallocated with this size and alignment.
    fn check_dealloc(&self, p: Pointer, size: u64, align: u64) -> Res<()> {
        let invalid = |msg: String| -> Res<()> { Err(UbError::new(UbKind::InvalidFree, msg).into()) };
        if p.prov == 0 {
            return invalid(format!("deallocating {:#x}, which does not point to an allocation", p.addr));
        }
        let Some(a) = self.mem.live(p.prov) else {
            return Err(match self.mem.dead_info(p.prov) {
                Some(info) if info.kind == AllocKind::Heap => UbError::new(
                    UbKind::DoubleFree,
                    format!("deallocating {} bytes of heap memory that were already freed", info.size),
                )
                .label(info.alloc_span, "allocated here")
                .label(info.free_span, "first freed here"),
                _ => self.mem.dead_error(p.prov, "deallocating"),
            }
            .into());
        };
        if a.kind != AllocKind::Heap {
            return invalid(format!("deallocating {} memory, which was not allocated on the heap", a.kind.name()));
        }
        if p.addr != a.base {
            return Err(UbError::new(
                UbKind::InvalidFree,
                format!(
                    "deallocating a pointer to offset {} of an allocation, not its start",
                    p.addr as i128 - a.base as i128
                ),
            )
            .label(a.span, "allocated here")
            .into());
        }
        if a.size() != size || a.align != align {
            return Err(UbError::new(
                UbKind::InvalidFree,
                format!(
                    "deallocating with size {size} and alignment {align}, but it was allocated with size {} and alignment {}",
                    a.size(),
                    a.align
                ),
            )
            .label(a.span, "allocated here")
            .into());
        }
        Ok(())
    }

    /// Reads `len` initialised bytes at `p`.
    pub fn read_mem(&mut self, p: Pointer, len: u64) -> Res<Vec<u8>> {
        if len == 0 {
            return Ok(Vec::new());
        }
        let (id, off) = self.mem.resolve(p, len, 1, "reading through")?;
        let a = self.mem.live(id).expect("resolved");
        if !a.bytes.is_init(off, len as usize) {
            return Err(self.uninit_mem(id, off, len as usize));
        }
        Ok(a.bytes.data[off..off + len as usize].to_vec())
    }

    pub fn write_mem(&mut self, p: Pointer, bytes: &[u8]) -> Res<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        let (id, off) = self.mem.resolve(p, bytes.len() as u64, 1, "writing through")?;
        let a = self.mem.live_mut(id).expect("resolved");
        a.bytes.data[off..off + bytes.len()].copy_from_slice(bytes);
        a.bytes.set_init(off, bytes.len(), true);
        a.bytes.clear_prov(off, bytes.len());
        Ok(())
    }
}

fn check_align(align: u64) -> Res<()> {
    if !align.is_power_of_two() {
        return Err(UbError::new(UbKind::InvalidValue, format!("alignment {align} is not a power of two")).into());
    }
    Ok(())
}
