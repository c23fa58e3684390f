//! Allocations and checked access to them.
//!
//! Every allocation has a unique, never reused integer address range (so a
//! dangling pointer can never alias a newer allocation) and an id made of a
//! slot index and a generation (slots are reused, generations are not).
//! A pointer is an address plus the id of the allocation it came from
//! ([`Pointer::prov`]); a pointer made from an integer has none and may only
//! access allocations whose address was exposed by a pointer-to-int cast.

use crate::alloc::{Bytes, Prov};
use crate::ub::{UbError, UbKind};
use ferrum_span::Span;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AllocKind {
    Stack,
    Heap,
    Static,
    /// A string or byte-string literal (read-only).
    Literal,
    /// The target of a function pointer (no bytes).
    Function,
    /// A trait object's vtable (read-only).
    Vtable,
}

impl AllocKind {
    pub fn name(self) -> &'static str {
        match self {
            AllocKind::Stack => "stack",
            AllocKind::Heap => "heap",
            AllocKind::Static => "static",
            AllocKind::Literal => "literal",
            AllocKind::Function => "function",
            AllocKind::Vtable => "vtable",
        }
    }
}

/// A pointer value: integer address plus provenance (0 for none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pointer {
    pub addr: u64,
    pub prov: Prov,
}

impl Pointer {
    pub fn new(addr: u64, prov: Prov) -> Pointer {
        Pointer { addr, prov }
    }

    pub fn offset(self, by: u64) -> Pointer {
        Pointer { addr: self.addr.wrapping_add(by), prov: self.prov }
    }
}

pub struct Allocation {
    pub bytes: Bytes,
    pub align: u64,
    pub kind: AllocKind,
    pub base: u64,
    /// Where it was allocated (user code), for `allocated here` notes.
    pub span: Span,
    pub exposed: bool,
    /// For `Function` allocations: the instance called through it.
    pub func: u32,
}

impl Allocation {
    pub fn size(&self) -> u64 {
        self.bytes.len() as u64
    }
}

/// What is remembered of a freed allocation.
#[derive(Clone, Copy, Debug)]
pub struct DeadInfo {
    pub kind: AllocKind,
    pub size: u64,
    pub alloc_span: Span,
    pub free_span: Span,
}

struct Slot {
    generation: u32,
    alloc: Option<Allocation>,
    /// What is known of the previous generation's allocation, once freed.
    dead: Option<(u32, DeadInfo)>,
    /// The bytes of a freed small allocation, reused by the next one.
    spare: Option<Bytes>,
}

/// Freed allocations up to this size keep their buffers for reuse.
const SPARE_MAX: usize = 4096;

/// Freed allocations remembered for `freed here` notes, at most this many.
const DEAD_HISTORY: usize = 1 << 20;

pub struct Memory {
    slots: Vec<Slot>,
    free_slots: Vec<u32>,
    next_addr: u64,
    dead: FxHashMap<Prov, DeadInfo>,
    /// Exposed allocations by base address, for pointers made from integers.
    exposed: BTreeMap<u64, Prov>,
    pub live_heap: usize,
}

/// Packs an allocation id: slot, 31-bit generation, and a tag bit for
/// stack allocations (so a dangling stack pointer is recognised as one even
/// when nothing else is remembered about its allocation).
pub fn pack(slot: u32, generation: u32, stack: bool) -> Prov {
    ((stack as u64) << 63) | (((generation & 0x7FFF_FFFF) as u64) << 32) | slot as u64
}

fn unpack(id: Prov) -> (usize, u32) {
    ((id & 0xFFFF_FFFF) as usize, ((id >> 32) & 0x7FFF_FFFF) as u32)
}

/// Whether an allocation id names a stack allocation.
pub fn is_stack_id(id: Prov) -> bool {
    id >> 63 == 1
}

impl Memory {
    pub fn new() -> Memory {
        // Slot 0 is never used, so a packed id is never 0.
        let slots = vec![Slot { generation: 1, alloc: None, dead: None, spare: None }];
        Memory {
            slots,
            free_slots: Vec::new(),
            next_addr: 0x1_0000,
            dead: FxHashMap::default(),
            exposed: BTreeMap::new(),
            live_heap: 0,
        }
    }

    /// Creates an allocation of `size` uninitialised bytes.
    pub fn allocate(&mut self, size: u64, align: u64, kind: AllocKind, span: Span) -> Pointer {
        // Reuse the buffer a freed allocation left in the next free slot.
        let spare = self.free_slots.last().and_then(|&slot| self.slots[slot as usize].spare.take());
        let bytes = match spare {
            Some(mut b) => {
                b.reset(size as usize);
                b
            }
            None => Bytes::new(size as usize),
        };
        self.allocate_bytes(bytes, align, kind, span)
    }

    pub fn allocate_bytes(&mut self, bytes: Bytes, align: u64, kind: AllocKind, span: Span) -> Pointer {
        let align = align.max(1);
        let base = self.next_addr.div_ceil(align.max(16)) * align.max(16);
        // A gap keeps one-past-the-end pointers distinct from the next allocation.
        self.next_addr = base + bytes.len() as u64 + 16;
        let alloc = Allocation { bytes, align, kind, base, span, exposed: false, func: u32::MAX };
        if kind == AllocKind::Heap {
            self.live_heap += 1;
        }
        let stack = kind == AllocKind::Stack;
        let id = if let Some(slot) = self.free_slots.pop() {
            let s = &mut self.slots[slot as usize];
            s.alloc = Some(alloc);
            pack(slot, s.generation, stack)
        } else {
            let slot = self.slots.len() as u32;
            self.slots.push(Slot { generation: 1, alloc: Some(alloc), dead: None, spare: None });
            pack(slot, 1, stack)
        };
        Pointer::new(base, id)
    }

    /// Frees allocation `id` (which must be live).
    pub fn free(&mut self, id: Prov, span: Span) {
        let (slot, generation) = unpack(id);
        let s = &mut self.slots[slot];
        if s.generation != generation {
            return;
        }
        if let Some(a) = s.alloc.take() {
            if a.kind == AllocKind::Heap {
                self.live_heap -= 1;
            }
            if a.exposed {
                self.exposed.remove(&a.base);
            }
            let info = DeadInfo { kind: a.kind, size: a.size(), alloc_span: a.span, free_span: span };
            s.dead = Some((generation, info));
            // Stack variables die by the million; only other kinds go to the
            // (bounded) history that outlives slot reuse.
            if a.kind != AllocKind::Stack && self.dead.len() < DEAD_HISTORY {
                self.dead.insert(id, info);
            }
            if a.bytes.data.capacity() <= SPARE_MAX {
                s.spare = Some(a.bytes);
            }
        }
        s.generation = (s.generation + 1) & 0x7FFF_FFFF;
        self.free_slots.push(slot as u32);
    }

    /// The live allocation `id`, if any.
    #[inline]
    pub fn live(&self, id: Prov) -> Option<&Allocation> {
        let (slot, generation) = unpack(id);
        let s = self.slots.get(slot)?;
        if s.generation != generation {
            return None;
        }
        s.alloc.as_ref()
    }

    #[inline]
    pub fn live_mut(&mut self, id: Prov) -> Option<&mut Allocation> {
        let (slot, generation) = unpack(id);
        let s = self.slots.get_mut(slot)?;
        if s.generation != generation {
            return None;
        }
        s.alloc.as_mut()
    }

    pub fn dead_info(&self, id: Prov) -> Option<DeadInfo> {
        let (slot, generation) = unpack(id);
        match self.slots.get(slot).and_then(|s| s.dead) {
            Some((g, info)) if g == generation => Some(info),
            _ => self.dead.get(&id).copied(),
        }
    }

    /// The error for an access through a pointer into freed allocation `id`.
    pub fn dead_error(&self, id: Prov, what: &str) -> UbError {
        match self.dead_info(id) {
            Some(info) if info.kind == AllocKind::Stack => UbError::new(
                UbKind::DanglingStack,
                format!("{what} a dangling pointer to a stack variable that is no longer live"),
            )
            .label(info.alloc_span, "the variable was declared here"),
            Some(info) => UbError::new(
                UbKind::UseAfterFree,
                format!("{what} a pointer to {} memory that was already freed ({} bytes)", info.kind.name(), info.size),
            )
            .label(info.alloc_span, "allocated here")
            .label(info.free_span, "freed here"),
            None if is_stack_id(id) => UbError::new(
                UbKind::DanglingStack,
                format!("{what} a dangling pointer to a stack variable that is no longer live"),
            ),
            None => UbError::new(UbKind::UseAfterFree, format!("{what} a pointer to memory that was already freed")),
        }
    }

    /// Resolves `ptr` for an access of `size` bytes with alignment `align`:
    /// the allocation id and the offset inside it. `what` describes the
    /// access in messages ("reading through", "writing through").
    pub fn resolve(&self, ptr: Pointer, size: u64, align: u64, what: &str) -> Result<(Prov, usize), UbError> {
        if !ptr.addr.is_multiple_of(align.max(1)) {
            return Err(UbError::new(
                UbKind::Misaligned,
                format!("{what} a pointer with address {:#x}, which is not aligned to {align} bytes", ptr.addr),
            ));
        }
        let id = if ptr.prov != 0 { ptr.prov } else { self.exposed_at(ptr.addr, what)? };
        let Some(alloc) = self.live(id) else {
            return Err(self.dead_error(id, what));
        };
        let off = ptr.addr.wrapping_sub(alloc.base);
        if ptr.addr < alloc.base || off.checked_add(size).is_none_or(|end| end > alloc.size()) {
            let rel = ptr.addr as i128 - alloc.base as i128;
            return Err(UbError::new(
                UbKind::OutOfBounds,
                format!(
                    "{} {} at offset {rel} of a {}-byte {} allocation",
                    what.trim_end_matches(" through"),
                    crate::ub::n_bytes(size),
                    alloc.size(),
                    alloc.kind.name()
                ),
            )
            .label(alloc.span, "allocated here"));
        }
        if alloc.kind == AllocKind::Function {
            return Err(UbError::new(UbKind::OutOfBounds, format!("{what} a function pointer as data")));
        }
        Ok((id, off as usize))
    }

    /// The fast path's access check: the allocation and offset for an access
    /// of `size` bytes with alignment `align` through a pointer with
    /// provenance, or `None` if [`Memory::resolve`] would report anything.
    #[inline(always)]
    pub fn access(&mut self, ptr: Pointer, size: u64, align: u64) -> Option<(&mut Allocation, usize)> {
        if !ptr.addr.is_multiple_of(align.max(1)) || ptr.prov == 0 {
            return None;
        }
        let (slot, generation) = unpack(ptr.prov);
        let s = self.slots.get_mut(slot)?;
        if s.generation != generation {
            return None;
        }
        let a = s.alloc.as_mut()?;
        let off = ptr.addr.wrapping_sub(a.base);
        if ptr.addr < a.base || off.checked_add(size)? > a.bytes.data.len() as u64 || a.kind == AllocKind::Function {
            return None;
        }
        Some((a, off as usize))
    }

    /// `ptr` with the provenance of the exposed allocation its address
    /// points into, if it has none of its own (a pointer made from an
    /// integer, as `dealloc(addr as *mut u8, ..)` receives).
    pub fn with_exposed_prov(&self, ptr: Pointer) -> Pointer {
        if ptr.prov != 0 || ptr.addr == 0 {
            return ptr;
        }
        match self.exposed_at(ptr.addr, "") {
            Ok(prov) => Pointer::new(ptr.addr, prov),
            Err(_) => ptr,
        }
    }

    fn exposed_at(&self, addr: u64, what: &str) -> Result<Prov, UbError> {
        if addr == 0 {
            return Err(UbError::new(UbKind::NoProvenance, format!("{what} a null pointer")));
        }
        if let Some((_, &id)) = self.exposed.range(..=addr).next_back() {
            if let Some(a) = self.live(id) {
                if addr <= a.base + a.size() {
                    return Ok(id);
                }
            }
        }
        Err(UbError::new(
            UbKind::NoProvenance,
            format!("{what} a pointer with address {addr:#x} that has no provenance (it was made from an integer)"),
        ))
    }

    /// Marks the allocation `ptr` points into as exposed (pointer-to-int cast).
    pub fn expose(&mut self, ptr: Pointer) {
        if let Some(a) = self.live_mut(ptr.prov) {
            if !a.exposed {
                a.exposed = true;
                let base = a.base;
                self.exposed.insert(base, ptr.prov);
            }
        }
    }

    /// Two distinct live allocations, mutably.
    pub fn two_mut(&mut self, a: Prov, b: Prov) -> (&mut Allocation, &mut Allocation) {
        let (sa, _) = unpack(a);
        let (sb, _) = unpack(b);
        assert_ne!(sa, sb);
        let (lo, hi) = if sa < sb { (sa, sb) } else { (sb, sa) };
        let (left, right) = self.slots.split_at_mut(hi);
        let x = left[lo].alloc.as_mut().expect("live allocation");
        let y = right[0].alloc.as_mut().expect("live allocation");
        if sa < sb {
            (x, y)
        } else {
            (y, x)
        }
    }

    /// Live heap allocations: (id, size, allocation site).
    /// The live heap allocations that no static reaches through pointers:
    /// a static's contents live for the whole program and are never
    /// dropped, so what they own is not a leak (as with Miri).
    pub fn heap_leaks(&self) -> Vec<(u64, u64, Span)> {
        let mut reached = vec![false; self.slots.len()];
        let mut work: Vec<usize> = Vec::new();
        for (i, s) in self.slots.iter().enumerate() {
            if s.alloc.as_ref().is_some_and(|a| a.kind == AllocKind::Static) {
                reached[i] = true;
                work.push(i);
            }
        }
        while let Some(i) = work.pop() {
            let Some(a) = &self.slots[i].alloc else { continue };
            for &prov in a.bytes.prov.iter().filter(|&&p| p != 0) {
                let (slot, _) = unpack(prov);
                if self.live(prov).is_some() && !reached[slot] {
                    reached[slot] = true;
                    work.push(slot);
                }
            }
        }
        let mut out = Vec::new();
        for (i, s) in self.slots.iter().enumerate() {
            if let Some(a) = &s.alloc {
                if a.kind == AllocKind::Heap && !reached[i] {
                    out.push((pack(i as u32, s.generation, false), a.size(), a.span));
                }
            }
        }
        out.sort_by_key(|&(_, _, span)| span);
        out
    }
}
