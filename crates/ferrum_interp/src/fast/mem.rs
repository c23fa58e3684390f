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
use crate::code::{CastOp, Code, ComplexPlace, LenOf, OpRef, PlaceRef, Proj, Root, Validity};
use crate::intrinsics::Intrinsic;
use crate::memory::Pointer;
use ferrum_mir::layout::{Layout, Variants};

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
    #[inline]
    pub fn place(&mut self, cp: &ComplexPlace) -> Option<(L, u64)> {
        // The common shapes `*p` and `(*p).field` with `p` a thin pointer in the frame.
        if let (Root::Frame(o), [Proj::Deref { wide: false }, rest @ ..]) = (cp.root, &*cp.projs) {
            let off = match rest {
                [] => 0,
                [Proj::Offset(n)] => *n,
                _ => return self.place_general(cp),
            };
            let (p, _) = self.read_ptr(L::Frame(o as u64), false)?;
            return Some((L::Ptr(p.offset(off)), 0));
        }
        self.place_general(cp)
    }

    fn place_general(&mut self, cp: &ComplexPlace) -> Option<(L, u64)> {
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
    #[inline(always)]
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
    #[inline(always)]
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
    #[inline(always)]
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

    #[inline(always)]
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
        unsafe { checked_copy(s, d, n, valid) }
    }

    /// `*ptr = src` for `size > 0` bytes (the `write` intrinsic: a raw copy).
    fn write_through(&mut self, ptr: OpRef, src: OpRef, size: u64, align: u64) -> Option<()> {
        let p = self.ptr_arg(ptr)?;
        let n = size as usize;
        if let OpRef::Imm(v) = src {
            if n > 8 {
                return None;
            }
            let d = self.raw(L::Ptr(p), size, align)?;
            // SAFETY: `raw` checked `n` accessible bytes.
            unsafe { write_imm(d, n, v) };
            return Some(());
        }
        let s = self.src_raw(src, size)?;
        let d = self.raw(L::Ptr(p), size, align)?;
        // SAFETY: both ranges were checked accessible.
        unsafe { checked_copy(s, d, n, Validity::Raw) }
    }

    /// `dst = *ptr` for `size > 0` bytes with the checks of `valid`.
    fn read_through(&mut self, dst: PlaceRef, ptr: OpRef, size: u64, align: u64, valid: Validity) -> Option<()> {
        let p = self.ptr_arg(ptr)?;
        let s = self.raw(L::Ptr(p), size, align)?;
        let d = self.dst_raw(dst, size)?;
        // SAFETY: both ranges were checked accessible.
        unsafe { checked_copy(s, d, size as usize, valid) }
    }

    /// A thin pointer operand held in the frame, with its provenance.
    fn ptr_arg(&mut self, a: OpRef) -> Option<Pointer> {
        match a {
            OpRef::Frame(o) => Some(self.read_ptr(L::Frame(o as u64), false)?.0),
            _ => None,
        }
    }

    /// An initialised 8-byte integer operand.
    fn word_arg(&self, a: OpRef) -> Option<u64> {
        match a {
            OpRef::Frame(o) if o as u64 + 8 <= self.cur.frame_size as u64 => self.fv.read::<8>(o),
            OpRef::Imm(v) => Some(v),
            _ => None,
        }
    }

    /// Writes a pointer (and the metadata word of a wide one) to frame offset `d`.
    fn write_ptr(&mut self, d: u32, p: Pointer, meta: Option<u64>) -> Option<()> {
        let n = if meta.is_some() { 16 } else { 8 };
        if d as u64 + n > self.cur.frame_size as u64 || !d.is_multiple_of(8) || (p.prov != 0 && self.fv.prov.is_null())
        {
            return None;
        }
        self.fv.write::<8>(d, p.addr);
        if p.prov != 0 {
            // SAFETY: `d` is 8-aligned inside the frame, whose words have provenance slots.
            unsafe { *self.fv.prov.add(d as usize / 8) = p.prov };
        }
        if let Some(m) = meta {
            self.fv.write::<8>(d + 8, m);
        }
        Some(())
    }

    /// `dst = ptr.offset(count)`, with the in-bounds check of `offset`.
    fn offset(&mut self, args: &[OpRef], dst: PlaceRef, stride: u64, inbounds: bool) -> Option<()> {
        let (&[ptr, count], PlaceRef::Frame(d)) = (args, dst) else {
            return None;
        };
        let p = self.ptr_arg(ptr)?;
        let bytes = self.word_arg(count)?.wrapping_mul(stride);
        let q = p.offset(bytes);
        if inbounds && bytes != 0 && p.prov != 0 {
            let a = self.cx.mem.live(p.prov)?;
            if q.addr < a.base || q.addr > a.base + a.size() {
                return None;
            }
        }
        self.write_ptr(d, q, None)
    }

    /// The common intrinsics on their fast path: pointer offsets, typed
    /// reads and writes through pointers, transmutes, slice lengths.
    pub fn intrinsic(&mut self, which: &Intrinsic, args: &[OpRef], dst: PlaceRef) -> Option<()> {
        match *which {
            Intrinsic::Offset { stride, inbounds } => self.offset(args, dst, stride, inbounds),
            Intrinsic::Write { size, align } if size > 0 => {
                let &[ptr, src] = args else { return None };
                self.write_through(ptr, src, size, align)
            }
            Intrinsic::Read { size, align, valid, tag: None } if size > 0 => {
                let &[ptr] = args else { return None };
                self.read_through(dst, ptr, size, align, valid)
            }
            Intrinsic::Move { size, valid } => {
                let &[src] = args else { return None };
                self.copy(dst, src, u32::try_from(size).ok()?, valid)
            }
            Intrinsic::SizeOfVal { stride, fixed, align } => {
                let (&[OpRef::Frame(o)], PlaceRef::Frame(d)) = (args, dst) else {
                    return None;
                };
                let fs = self.cur.frame_size as u64;
                if o as u64 + 16 > fs || d as u64 + 8 > fs {
                    return None;
                }
                self.fv.read::<8>(o)?;
                let meta = self.fv.read::<8>(o + 8)?;
                self.fv.write::<8>(d, crate::intrinsics::slice_tail_size(fixed, meta, stride, align));
                Some(())
            }
            _ => None,
        }
    }

    /// `dst = src as T` for the casts that copy bytes: pointer casts and
    /// unsizing a thin pointer to a wide one.
    pub fn cast(&mut self, op: CastOp, dst: PlaceRef, src: OpRef, size: u32) -> Option<()> {
        match op {
            CastOp::Copy => self.copy(dst, src, size, Validity::Raw),
            CastOp::Unsize(meta) => {
                let PlaceRef::Frame(d) = dst else { return None };
                let p = self.ptr_arg(src)?;
                self.write_ptr(d, p, Some(meta))
            }
            _ => None,
        }
    }

    /// Stores the tag of `variant` into the enum at `place` (nothing for
    /// single-variant layouts and a niche's untagged variant).
    pub fn set_discr(&mut self, place: PlaceRef, layout: &Layout, variant: u32) -> Option<()> {
        let (Some(v), Variants::Multiple { tag, .. }) = (layout.tag_value(variant), &layout.variants) else {
            return Some(());
        };
        let n = tag.size as usize;
        if n == 0 || n > 8 {
            return None;
        }
        let loc = match place {
            PlaceRef::Frame(o) => L::Frame(o as u64),
            PlaceRef::Complex(i) => {
                let cp = self.cur.places.get(i as usize)?;
                self.place(cp)?.0
            }
        };
        let d = self.raw(loc.add(tag.offset), n as u64, 1)?;
        // SAFETY: `raw` checked `n` accessible bytes.
        unsafe { write_imm(d, n, v as u64) };
        Some(())
    }

    /// `dst = discriminant(place)`, with the tag checked to name a variant.
    pub fn discr(&mut self, dst: Option<(u32, u8)>, place: PlaceRef, layout: &Layout) -> Option<()> {
        let d = match &layout.variants {
            Variants::Single { index } => layout.discrs.get(*index as usize).copied().unwrap_or(0),
            Variants::Multiple { tag, .. } => {
                let loc = match place {
                    PlaceRef::Frame(o) => L::Frame(o as u64),
                    PlaceRef::Complex(i) => {
                        let cp = self.cur.places.get(i as usize)?;
                        self.place(cp)?.0
                    }
                };
                let n = tag.size as usize;
                if n == 0 || n > 8 {
                    return None;
                }
                let r = self.raw(loc.add(tag.offset), n as u64, 1)?;
                let mut buf = [0u8; 8];
                // SAFETY: `raw` checked `n` accessible bytes.
                unsafe {
                    if !all_init(r.init, n) {
                        return None;
                    }
                    std::ptr::copy_nonoverlapping(r.data, buf.as_mut_ptr(), n);
                }
                layout.discr_of(layout.variant_of_tag(u64::from_le_bytes(buf) as u128)?)
            }
        };
        if let Some((o, size)) = dst {
            if o as u64 + size as u64 > self.cur.frame_size as u64 {
                return None;
            }
            match size {
                8 => self.fv.write::<8>(o, d as u64),
                4 => self.fv.write::<4>(o, d as u64),
                2 => self.fv.write::<2>(o, d as u64),
                1 => self.fv.write::<1>(o, d as u64),
                _ => return None,
            }
        }
        Some(())
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
        self.write_ptr(d, p, wide.then_some(meta))
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

/// Copies `n > 0` bytes after the checks of `valid` on the source.
///
/// # Safety
/// Both must give access to `n` bytes.
#[inline(always)]
unsafe fn checked_copy(s: Raw, d: Raw, n: usize, valid: Validity) -> Option<()> {
    if n == 8 && (s.pos | d.pos).is_multiple_of(8) && matches!(valid, Validity::Raw | Validity::Init) {
        return copy_word(s, d, valid == Validity::Init);
    }
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

/// [`copy_raw`] of one aligned 8-byte word (pointers, `usize`s), with the
/// init check of `Validity::Init` when `check_init`.
///
/// # Safety
/// Both must give access to 8 bytes at 8-aligned positions.
#[inline(always)]
unsafe fn copy_word(s: Raw, d: Raw, check_init: bool) -> Option<()> {
    let init = std::ptr::read_unaligned(s.init as *const u64);
    if check_init && init != 0x0101_0101_0101_0101 {
        return None;
    }
    let prov = if s.prov.is_null() { 0 } else { *s.prov.add(s.pos / 8) };
    if prov != 0 && (d.prov.is_null() || s.data == d.data) {
        return None;
    }
    std::ptr::write_unaligned(d.data as *mut u64, std::ptr::read_unaligned(s.data as *const u64));
    std::ptr::write_unaligned(d.init as *mut u64, init);
    if !d.prov.is_null() {
        *d.prov.add(d.pos / 8) = prov;
    }
    Some(())
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
