//! Memory on the fast path: places through pointers and indexes, copies
//! between the frame, allocations and constants, references.
//!
//! Every check the full machine makes (liveness, bounds, alignment,
//! initialisation, validity, index bounds) is made here too; any failure
//! returns `None`, and the full machine re-executes the instruction and
//! reports it. Nothing is modified before all checks have passed.

use super::view::FrameView;
use super::FastCx;
use crate::alloc::Prov;
use crate::code::{Code, ComplexPlace, LenOf, OpRef, PlaceRef, Proj, Root, Validity};
use crate::memory::Pointer;

/// An unresolved location: a frame offset or a pointer.
#[derive(Clone, Copy)]
pub enum L {
    Frame(u64),
    Ptr(Pointer),
}

impl L {
    fn add(self, n: u64) -> L {
        match self {
            L::Frame(o) => L::Frame(o.wrapping_add(n)),
            L::Ptr(p) => L::Ptr(p.offset(n)),
        }
    }
}

/// Raw access to bytes of some storage (the frame stack, an allocation or
/// a constant): pointers to the first byte, and the storage's provenance
/// words (null when it has none) with the byte's position in the storage.
#[derive(Clone, Copy)]
struct Raw {
    data: *mut u8,
    init: *mut u8,
    prov: *mut Prov,
    pos: usize,
}

/// The frame and memory context of one fast instruction.
pub struct Mx<'a, 'm> {
    pub cx: &'a mut FastCx<'m>,
    pub cur: &'a Code,
    pub fv: FrameView,
    pub abase: usize,
}

impl Mx<'_, '_> {
    /// Evaluates a complex place without accessing it: its location and
    /// the metadata of the last wide pointer dereferenced.
    pub fn place(&mut self, cp: &ComplexPlace) -> Option<(L, u64)> {
        let mut loc = match cp.root {
            Root::Frame(o) => L::Frame(o as u64),
            Root::Alloc(slot) => L::Ptr(*self.cx.stack_allocs.get(self.abase + slot as usize)?),
        };
        let mut meta = 0u64;
        for proj in cp.projs.iter() {
            match *proj {
                Proj::Offset(n) => loc = loc.add(n),
                Proj::Deref { wide } => {
                    let (p, m) = self.read_ptr(loc, wide)?;
                    loc = L::Ptr(p);
                    meta = m;
                }
                Proj::Index { index, stride, len } => {
                    let i = match index {
                        OpRef::Frame(o) if o as u64 + 8 <= self.cur.frame_size as u64 => self.fv.read::<8>(o)?,
                        OpRef::Imm(v) => v,
                        _ => return None,
                    };
                    if i >= len_of(len, meta) {
                        return None;
                    }
                    loc = loc.add(i.checked_mul(stride)?);
                }
                Proj::ConstIndex { offset, from_end, stride, len } => {
                    let n = len_of(len, meta);
                    let i = if from_end { n.checked_sub(offset)? } else { offset };
                    if i >= n {
                        return None;
                    }
                    loc = loc.add(i.checked_mul(stride)?);
                }
                Proj::Subslice { from, to, from_end, stride, len } => {
                    let n = len_of(len, meta);
                    let end = if from_end { n.checked_sub(to)? } else { to };
                    if from > end || end > n {
                        return None;
                    }
                    loc = loc.add(from.checked_mul(stride)?);
                    meta = end - from;
                }
            }
        }
        Some((loc, meta))
    }

    /// Reads a thin (or wide) pointer stored at `l`, with its provenance.
    fn read_ptr(&mut self, l: L, wide: bool) -> Option<(Pointer, u64)> {
        let n = if wide { 16 } else { 8 };
        let r = self.raw(l, n, 8)?;
        // SAFETY: `raw` checked that `n` bytes are accessible.
        unsafe {
            if !all_init(r.init, n as usize) {
                return None;
            }
            let addr = u64::from_le(std::ptr::read_unaligned(r.data as *const u64));
            let prov = if !r.prov.is_null() && r.pos.is_multiple_of(8) { *r.prov.add(r.pos / 8) } else { 0 };
            let meta = if wide { u64::from_le(std::ptr::read_unaligned(r.data.add(8) as *const u64)) } else { 0 };
            Some((Pointer::new(addr, prov), meta))
        }
    }

    /// Checks an access of `n` bytes at `l` and gives raw access to it.
    fn raw(&mut self, l: L, n: u64, align: u64) -> Option<Raw> {
        match l {
            L::Frame(o) => {
                if o.checked_add(n)? > self.cur.frame_size as u64 {
                    return None;
                }
                // SAFETY: `o + n` lies inside the frame.
                unsafe {
                    Some(Raw {
                        data: self.fv.data.add(o as usize),
                        init: self.fv.init.add(o as usize),
                        prov: self.fv.prov,
                        pos: o as usize,
                    })
                }
            }
            L::Ptr(p) => {
                let (a, off) = self.cx.mem.access(p, n, align)?;
                let b = &mut a.bytes;
                if off + n as usize > b.data.len() || off + n as usize > b.init.len() {
                    return None;
                }
                let prov = if b.prov.is_empty() { std::ptr::null_mut() } else { b.prov.as_mut_ptr() };
                // SAFETY: `off + n <= len` (checked by `resolve` and above).
                unsafe {
                    Some(Raw { data: b.data.as_mut_ptr().add(off), init: b.init.as_mut_ptr().add(off), prov, pos: off })
                }
            }
        }
    }

    /// Raw access to the source operand of a copy of `n` bytes.
    fn src_raw(&mut self, src: OpRef, n: u64) -> Option<Raw> {
        match src {
            OpRef::Frame(o) => self.raw(L::Frame(o as u64), n, 1),
            OpRef::Const(i) => {
                let b = &self.cur.consts.get(i as usize)?.bytes;
                if (b.data.len() as u64) < n {
                    return None;
                }
                let prov = if b.prov.is_empty() { std::ptr::null_mut() } else { b.prov.as_ptr() as *mut Prov };
                // The constant is only read through these pointers.
                Some(Raw { data: b.data.as_ptr() as *mut u8, init: b.init.as_ptr() as *mut u8, prov, pos: 0 })
            }
            OpRef::Place(i) => {
                let cp = self.cur.places.get(i as usize)?;
                let (l, _) = self.place(cp)?;
                self.raw(l, n, cp.align)
            }
            OpRef::Imm(_) => None,
        }
    }

    fn dst_raw(&mut self, dst: PlaceRef, n: u64) -> Option<Raw> {
        match dst {
            PlaceRef::Frame(d) => self.raw(L::Frame(d as u64), n, 1),
            PlaceRef::Complex(i) => {
                let cp = self.cur.places.get(i as usize)?;
                let (l, _) = self.place(cp)?;
                self.raw(l, n, cp.align)
            }
        }
    }

    /// `dst = src` for `size` bytes with the checks of `valid`.
    pub fn copy(&mut self, dst: PlaceRef, src: OpRef, size: u32, valid: Validity) -> Option<()> {
        let n = size as usize;
        if n == 0 {
            return Some(());
        }
        if let OpRef::Imm(v) = src {
            if n > 8 || !valid_value(valid, v) {
                return None;
            }
            let d = self.dst_raw(dst, n as u64)?;
            // SAFETY: `dst_raw` checked `n` accessible bytes.
            unsafe { write_imm(d, n, v) };
            return Some(());
        }
        let s = self.src_raw(src, n as u64)?;
        let d = self.dst_raw(dst, n as u64)?;
        // SAFETY: both ranges were checked accessible.
        unsafe {
            match valid {
                Validity::Raw => {}
                Validity::Init => {
                    if !all_init(s.init, n) {
                        return None;
                    }
                }
                Validity::Bool | Validity::Char => {
                    if !all_init(s.init, n) || n > 8 {
                        return None;
                    }
                    let mut buf = [0u8; 8];
                    std::ptr::copy_nonoverlapping(s.data, buf.as_mut_ptr(), n);
                    if !valid_value(valid, u64::from_le_bytes(buf)) {
                        return None;
                    }
                }
            }
            copy_raw(s, d, n)
        }
    }

    /// `dst = &place` (or `&raw`), with `dst` in the frame.
    pub fn reference(&mut self, d: u32, place: PlaceRef, wide: bool) -> Option<()> {
        let PlaceRef::Complex(i) = place else {
            return None;
        };
        let cp = self.cur.places.get(i as usize)?;
        let (L::Ptr(p), meta) = self.place(cp)? else {
            return None;
        };
        let n = if wide { 16 } else { 8 };
        if d as u64 + n > self.cur.frame_size as u64 || !d.is_multiple_of(8) || (p.prov != 0 && self.fv.prov.is_null())
        {
            return None;
        }
        self.fv.write::<8>(d, p.addr);
        if p.prov != 0 {
            // SAFETY: `d` is 8-aligned inside the frame, whose words have provenance slots.
            unsafe { *self.fv.prov.add(d as usize / 8) = p.prov };
        }
        if wide {
            self.fv.write::<8>(d + 8, meta);
        }
        Some(())
    }

    /// `dst = Len(place)` with `dst` in the frame.
    pub fn len(&mut self, d: u32, place: PlaceRef, len: LenOf) -> Option<()> {
        let n = match (len, place) {
            (LenOf::Const(n), _) => n,
            (LenOf::Meta, PlaceRef::Complex(i)) => {
                let cp = self.cur.places.get(i as usize)?;
                self.place(cp)?.1
            }
            _ => return None,
        };
        if d as u64 + 8 > self.cur.frame_size as u64 {
            return None;
        }
        self.fv.write::<8>(d, n);
        Some(())
    }
}

fn len_of(len: LenOf, meta: u64) -> u64 {
    match len {
        LenOf::Const(n) => n,
        LenOf::Meta => meta,
    }
}

fn valid_value(valid: Validity, v: u64) -> bool {
    match valid {
        Validity::Bool => v <= 1,
        Validity::Char => char::from_u32(v as u32).is_some() && v <= u32::MAX as u64,
        _ => true,
    }
}

/// Whether `n` init bytes at `p` are all set.
///
/// # Safety
/// `p..p + n` must be readable.
unsafe fn all_init(p: *const u8, n: usize) -> bool {
    if n == 8 {
        return std::ptr::read_unaligned(p as *const u64) == 0x0101_0101_0101_0101;
    }
    std::slice::from_raw_parts(p, n).iter().all(|&b| b == 1)
}

/// Writes the low `n` (≤ 8) bytes of `v` as initialised data without provenance.
///
/// # Safety
/// `d` must give access to `n` bytes.
unsafe fn write_imm(d: Raw, n: usize, v: u64) {
    match n {
        8 => {
            std::ptr::write_unaligned(d.data as *mut u64, v.to_le());
            std::ptr::write_unaligned(d.init as *mut u64, 0x0101_0101_0101_0101);
        }
        4 => {
            std::ptr::write_unaligned(d.data as *mut u32, (v as u32).to_le());
            std::ptr::write_unaligned(d.init as *mut u32, 0x0101_0101);
        }
        1 => {
            *d.data = v as u8;
            *d.init = 1;
        }
        _ => {
            std::ptr::copy_nonoverlapping(v.to_le_bytes().as_ptr(), d.data, n);
            std::ptr::write_bytes(d.init, 1, n);
        }
    }
    clear_prov(d, n);
}

/// Clears the provenance words covering `n` bytes at `d`.
///
/// # Safety
/// `d` must give access to `n > 0` bytes.
unsafe fn clear_prov(d: Raw, n: usize) {
    if !d.prov.is_null() {
        for w in d.pos / 8..=(d.pos + n - 1) / 8 {
            *d.prov.add(w) = 0;
        }
    }
}

/// Copies `n > 0` bytes with their init mask and the provenance of fully
/// covered, equally aligned words. `None` (nothing copied) when the source
/// holds pointers that the destination cannot record, or when the ranges
/// overlap and hold pointers.
///
/// # Safety
/// Both must give access to `n` bytes.
unsafe fn copy_raw(s: Raw, d: Raw, n: usize) -> Option<()> {
    let src_has_prov = !s.prov.is_null() && (s.pos / 8..=(s.pos + n - 1) / 8).any(|w| *s.prov.add(w) != 0);
    if src_has_prov {
        let overlap = s.data < d.data.add(n) && d.data < s.data.add(n);
        if d.prov.is_null() || overlap {
            return None;
        }
    }
    match n {
        8 => {
            std::ptr::write_unaligned(d.data as *mut u64, std::ptr::read_unaligned(s.data as *const u64));
            std::ptr::write_unaligned(d.init as *mut u64, std::ptr::read_unaligned(s.init as *const u64));
        }
        4 => {
            std::ptr::write_unaligned(d.data as *mut u32, std::ptr::read_unaligned(s.data as *const u32));
            std::ptr::write_unaligned(d.init as *mut u32, std::ptr::read_unaligned(s.init as *const u32));
        }
        1 => {
            *d.data = *s.data;
            *d.init = *s.init;
        }
        _ => {
            std::ptr::copy(s.data, d.data, n);
            std::ptr::copy(s.init, d.init, n);
        }
    }
    clear_prov(d, n);
    if src_has_prov && s.pos % 8 == d.pos % 8 {
        let first = s.pos.div_ceil(8) * 8;
        let mut w = first;
        while w + 8 <= s.pos + n {
            *d.prov.add((w - s.pos + d.pos) / 8) = *s.prov.add(w / 8);
            w += 8;
        }
    }
    Some(())
}
