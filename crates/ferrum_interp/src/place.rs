//! Evaluating places and operands, and checked loads, stores and copies
//! on the frame stack and in allocations.

use crate::alloc::Bytes;
use crate::code::{Code, ComplexPlace, LenOf, OpRef, PlaceRef, Proj, Root};
use crate::machine::Machine;
use crate::memory::Pointer;
use crate::ub::{ub, Res, UbError, UbKind};

/// The current frame's position: its byte offset in the frame stack and
/// the index of its first address-taken local slot.
#[derive(Clone, Copy, Debug)]
pub struct Fx {
    pub base: usize,
    pub abase: usize,
}

/// A resolved location.
#[derive(Clone, Copy, Debug)]
pub enum Loc {
    /// Absolute offset in the frame stack.
    Stack(usize),
    Mem(Pointer),
}

impl Loc {
    pub fn offset(self, by: u64) -> Loc {
        match self {
            Loc::Stack(o) => Loc::Stack(o + by as usize),
            Loc::Mem(p) => Loc::Mem(p.offset(by)),
        }
    }
}

impl<'a> Machine<'a> {
    /// Resolves a place to a location and the metadata of its pointer (for
    /// unsized places; 0 otherwise) and its alignment.
    #[inline]
    pub fn eval_place(&mut self, fx: Fx, code: &Code, p: PlaceRef) -> Res<(Loc, u64, u64)> {
        match p {
            PlaceRef::Frame(off) => Ok((Loc::Stack(fx.base + off as usize), 0, 1)),
            PlaceRef::Complex(i) => {
                let cp = &code.places[i as usize];
                let (loc, meta) = self.eval_complex(fx, code, cp)?;
                Ok((loc, meta, cp.align))
            }
        }
    }

    fn eval_complex(&mut self, fx: Fx, code: &Code, cp: &ComplexPlace) -> Res<(Loc, u64)> {
        let mut loc = match cp.root {
            Root::Frame(off) => Loc::Stack(fx.base + off as usize),
            Root::Alloc(slot) => Loc::Mem(self.stack_allocs[fx.abase + slot as usize]),
        };
        let mut meta = 0u64;
        for proj in cp.projs.iter() {
            match *proj {
                Proj::Offset(n) => loc = loc.offset(n),
                Proj::Deref { wide } => {
                    let ptr = self.load_ptr(loc)?;
                    if wide {
                        meta = self.load(loc.offset(8), 8, 8)? as u64;
                    }
                    loc = Loc::Mem(ptr);
                }
                Proj::Index { index, stride, len } => {
                    let i = self.read_op(fx, code, index, 8)? as u64;
                    let n = len_of(len, meta);
                    if i >= n {
                        return ub(
                            UbKind::OutOfBounds,
                            format!("index {i} is out of bounds of an array of length {n}"),
                        );
                    }
                    loc = loc.offset(i * stride);
                }
                Proj::ConstIndex { offset, from_end, stride, len } => {
                    let n = len_of(len, meta);
                    let i = if from_end { n.wrapping_sub(offset) } else { offset };
                    if i >= n {
                        return ub(
                            UbKind::OutOfBounds,
                            format!("index {i} is out of bounds of an array of length {n}"),
                        );
                    }
                    loc = loc.offset(i * stride);
                }
                Proj::Subslice { from, to, from_end, stride, len } => {
                    let n = len_of(len, meta);
                    let end = if from_end { n.wrapping_sub(to) } else { to };
                    if from > end || end > n {
                        return ub(UbKind::OutOfBounds, format!("subslice {from}..{end} of a slice of length {n}"));
                    }
                    loc = loc.offset(from * stride);
                    meta = end - from;
                }
            }
        }
        Ok((loc, meta))
    }

    /// Reads an integer-like operand of `size` bytes (zero-extended).
    #[inline]
    pub fn read_op(&mut self, fx: Fx, code: &Code, op: OpRef, size: usize) -> Res<u128> {
        match op {
            OpRef::Imm(v) => Ok(v as u128),
            OpRef::Frame(off) => {
                let o = fx.base + off as usize;
                if !self.stack.is_init(o, size) {
                    return Err(self.uninit_local(code, off));
                }
                Ok(self.stack.read_uint(o, size))
            }
            OpRef::Const(i) => Ok(code.consts[i as usize].bytes.read_uint(0, size)),
            OpRef::Place(i) => {
                let cp = &code.places[i as usize];
                let (loc, _) = self.eval_complex(fx, code, cp)?;
                self.load(loc, size, cp.align)
            }
        }
    }

    /// Reads a thin pointer operand with its provenance.
    #[inline]
    pub fn read_op_ptr(&mut self, fx: Fx, code: &Code, op: OpRef) -> Res<Pointer> {
        match op {
            OpRef::Imm(v) => Ok(Pointer::new(v, 0)),
            OpRef::Frame(off) => {
                let o = fx.base + off as usize;
                if !self.stack.is_init(o, 8) {
                    return Err(self.uninit_local(code, off));
                }
                Ok(Pointer::new(self.stack.read_uint(o, 8) as u64, self.stack.read_prov(o)))
            }
            OpRef::Const(i) => {
                let b = &code.consts[i as usize].bytes;
                Ok(Pointer::new(b.read_uint(0, 8) as u64, b.read_prov(0)))
            }
            OpRef::Place(i) => {
                let (loc, _) = self.eval_complex(fx, code, &code.places[i as usize])?;
                self.load_ptr(loc)
            }
        }
    }

    /// The location of an operand held in memory; constants are materialised.
    /// The vtable a trait object pointer operand carries. Places keep
    /// pointer metadata as plain integers, so the vtable is found by its
    /// address (which also catches metadata that is not a vtable).
    pub fn read_op_vtable(&mut self, fx: Fx, code: &Code, op: OpRef) -> Res<Pointer> {
        let addr = (self.read_op(fx, code, op, 16)? >> 64) as u64;
        match self.vtables_by_addr.get(&addr) {
            Some(&p) => Ok(p),
            None => ub(
                UbKind::InvalidValue,
                format!("using {addr:#x} as a trait object's vtable pointer, but it is not one"),
            ),
        }
    }

    pub fn op_loc(&mut self, fx: Fx, code: &Code, op: OpRef) -> Res<OpLoc> {
        Ok(match op {
            OpRef::Imm(v) => OpLoc::Imm(v),
            OpRef::Frame(off) => OpLoc::Loc(Loc::Stack(fx.base + off as usize), 1),
            OpRef::Const(i) => OpLoc::Const(i),
            OpRef::Place(i) => {
                let cp = &code.places[i as usize];
                let (loc, _) = self.eval_complex(fx, code, cp)?;
                OpLoc::Loc(loc, cp.align)
            }
        })
    }

    /// Copies operand `src` (of `size` bytes) to `dst`.
    pub fn copy_op(&mut self, fx: Fx, code: &Code, src: OpRef, dst: Loc, dst_align: u64, size: usize) -> Res<()> {
        match self.op_loc(fx, code, src)? {
            OpLoc::Imm(v) => self.store(dst, size, dst_align, v as u128),
            OpLoc::Const(i) => self.copy_from_bytes(&code.consts[i as usize].bytes, dst, dst_align, size),
            OpLoc::Loc(src, src_align) => self.copy(src, src_align, dst, dst_align, size),
        }
    }

    #[inline]
    pub fn write_place(&mut self, fx: Fx, code: &Code, dst: PlaceRef, size: usize, v: u128) -> Res<()> {
        match dst {
            PlaceRef::Frame(off) => {
                self.stack.write_uint(fx.base + off as usize, size, v);
                Ok(())
            }
            PlaceRef::Complex(_) => {
                let (loc, _, align) = self.eval_place(fx, code, dst)?;
                self.store(loc, size, align, v)
            }
        }
    }

    pub fn write_place_ptr(&mut self, fx: Fx, code: &Code, dst: PlaceRef, ptr: Pointer) -> Res<()> {
        let (loc, _, _) = self.eval_place(fx, code, dst)?;
        self.store_ptr(loc, ptr)
    }

    /// A checked load of `size` bytes.
    #[inline]
    pub fn load(&mut self, loc: Loc, size: usize, align: u64) -> Res<u128> {
        match loc {
            Loc::Stack(o) => {
                if !self.stack.is_init(o, size) {
                    return ub(UbKind::UninitRead, format!("reading {size} bytes of uninitialized memory"));
                }
                Ok(self.stack.read_uint(o, size))
            }
            Loc::Mem(ptr) => {
                if size == 0 {
                    return Ok(0);
                }
                let (id, off) = self.mem.resolve(ptr, size as u64, align, "reading through")?;
                let a = self.mem.live(id).expect("resolved");
                if !a.bytes.is_init(off, size) {
                    return Err(self.uninit_mem(id, off, size));
                }
                Ok(a.bytes.read_uint(off, size))
            }
        }
    }

    pub fn load_ptr(&mut self, loc: Loc) -> Res<Pointer> {
        match loc {
            Loc::Stack(o) => {
                if !self.stack.is_init(o, 8) {
                    return ub(UbKind::UninitRead, "reading a pointer from uninitialized memory");
                }
                Ok(Pointer::new(self.stack.read_uint(o, 8) as u64, self.stack.read_prov(o)))
            }
            Loc::Mem(ptr) => {
                let (id, off) = self.mem.resolve(ptr, 8, 8, "reading through")?;
                let a = self.mem.live(id).expect("resolved");
                if !a.bytes.is_init(off, 8) {
                    return Err(self.uninit_mem(id, off, 8));
                }
                Ok(Pointer::new(a.bytes.read_uint(off, 8) as u64, a.bytes.read_prov(off)))
            }
        }
    }

    #[inline]
    pub fn store(&mut self, loc: Loc, size: usize, align: u64, v: u128) -> Res<()> {
        match loc {
            Loc::Stack(o) => self.stack.write_uint(o, size, v),
            Loc::Mem(ptr) => {
                if size == 0 {
                    return Ok(());
                }
                let (id, off) = self.mem.resolve(ptr, size as u64, align, "writing through")?;
                self.mem.live_mut(id).expect("resolved").bytes.write_uint(off, size, v);
            }
        }
        Ok(())
    }

    pub fn store_ptr(&mut self, loc: Loc, p: Pointer) -> Res<()> {
        match loc {
            Loc::Stack(o) => self.stack.write_ptr(o, p.addr, p.prov),
            Loc::Mem(ptr) => {
                let (id, off) = self.mem.resolve(ptr, 8, 8, "writing through")?;
                self.mem.live_mut(id).expect("resolved").bytes.write_ptr(off, p.addr, p.prov);
            }
        }
        Ok(())
    }

    /// Copies `size` raw bytes (with init mask and provenance).
    pub fn copy(&mut self, src: Loc, src_align: u64, dst: Loc, dst_align: u64, size: usize) -> Res<()> {
        if size == 0 {
            return Ok(());
        }
        match (src, dst) {
            (Loc::Stack(s), Loc::Stack(d)) => self.stack.copy_within(s, d, size),
            (Loc::Stack(s), Loc::Mem(p)) => {
                let (id, off) = self.mem.resolve(p, size as u64, dst_align, "writing through")?;
                self.mem.live_mut(id).expect("resolved").bytes.copy_from(off, &self.stack, s, size);
            }
            (Loc::Mem(p), Loc::Stack(d)) => {
                let (id, off) = self.mem.resolve(p, size as u64, src_align, "reading through")?;
                self.stack.copy_from(d, &self.mem.live(id).expect("resolved").bytes, off, size);
            }
            (Loc::Mem(sp), Loc::Mem(dp)) => {
                let (sid, soff) = self.mem.resolve(sp, size as u64, src_align, "reading through")?;
                let (did, doff) = self.mem.resolve(dp, size as u64, dst_align, "writing through")?;
                if sid == did {
                    self.mem.live_mut(sid).expect("resolved").bytes.copy_within(soff, doff, size);
                } else {
                    let (s, d) = self.mem.two_mut(sid, did);
                    d.bytes.copy_from(doff, &s.bytes, soff, size);
                }
            }
        }
        Ok(())
    }

    pub fn copy_from_bytes(&mut self, src: &Bytes, dst: Loc, dst_align: u64, size: usize) -> Res<()> {
        let size = size.min(src.len());
        match dst {
            Loc::Stack(d) => self.stack.copy_from(d, src, 0, size),
            Loc::Mem(p) => {
                if size == 0 {
                    return Ok(());
                }
                let (id, off) = self.mem.resolve(p, size as u64, dst_align, "writing through")?;
                self.mem.live_mut(id).expect("resolved").bytes.copy_from(off, src, 0, size);
            }
        }
        Ok(())
    }

    /// Reads `size` bytes at `loc` into a fresh buffer (init mask and provenance kept).
    pub fn read_bytes(&mut self, loc: Loc, size: usize, align: u64) -> Res<Bytes> {
        let mut out = Bytes::new(size);
        match loc {
            Loc::Stack(s) => out.copy_from(0, &self.stack, s, size),
            Loc::Mem(p) => {
                if size > 0 {
                    let (id, off) = self.mem.resolve(p, size as u64, align, "reading through")?;
                    out.copy_from(0, &self.mem.live(id).expect("resolved").bytes, off, size);
                }
            }
        }
        Ok(out)
    }

    /// Requires `size` initialised bytes at `loc`.
    pub fn check_init(&mut self, loc: Loc, size: usize, align: u64) -> Res<()> {
        match loc {
            Loc::Stack(o) => {
                if !self.stack.is_init(o, size) {
                    return ub(UbKind::UninitRead, format!("reading {size} bytes of uninitialized memory"));
                }
            }
            Loc::Mem(p) => {
                if size > 0 {
                    let (id, off) = self.mem.resolve(p, size as u64, align, "reading through")?;
                    if !self.mem.live(id).expect("resolved").bytes.is_init(off, size) {
                        return Err(self.uninit_mem(id, off, size));
                    }
                }
            }
        }
        Ok(())
    }

    pub fn uninit_local(&self, code: &Code, off: u32) -> crate::ub::Stop {
        let what = match code.local_at(off) {
            Some(name) => {
                format!("reading uninitialized memory: local `{name}` is not initialized")
            }
            None => "reading uninitialized memory (a temporary that was never written)".to_string(),
        };
        UbError::new(UbKind::UninitRead, what).into()
    }

    pub fn uninit_mem(&self, id: u64, off: usize, size: usize) -> crate::ub::Stop {
        let a = self.mem.live(id).expect("live");
        let first = a.bytes.first_uninit(off, size).unwrap_or(0);
        UbError::new(
            UbKind::UninitRead,
            format!(
                "reading {} at offset {off} of a {}-byte {} allocation, but byte {} is uninitialized",
                crate::ub::n_bytes(size as u64),
                a.size(),
                a.kind.name(),
                off + first
            ),
        )
        .label(a.span, "allocated here")
        .into()
    }
}

/// Where an operand's bytes are.
#[derive(Clone, Copy, Debug)]
pub enum OpLoc {
    Imm(u64),
    Const(u32),
    Loc(Loc, u64),
}

fn len_of(len: LenOf, meta: u64) -> u64 {
    match len {
        LenOf::Const(n) => n,
        LenOf::Meta => meta,
    }
}
