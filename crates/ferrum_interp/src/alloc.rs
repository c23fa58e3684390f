//! Byte storage with an initialisation mask and pointer provenance, shared
//! by heap/stack/static allocations and by the flat frame stack.
//!
//! Provenance is tracked per 8-byte slot: a pointer stored at an 8-aligned
//! offset records the allocation it points into; any other write to the slot
//! clears it. A pointer copied at an offset that is not 8-aligned (or only
//! in part) loses its provenance, like a pointer that went through an
//! integer.

/// Provenance of a stored pointer: a packed allocation id, 0 for none.
pub type Prov = u64;

#[derive(Clone, Debug, Default)]
pub struct Bytes {
    pub data: Vec<u8>,
    /// One byte per data byte: 1 if initialised.
    pub init: Vec<u8>,
    /// One entry per 8-byte slot; empty until a pointer is stored.
    pub prov: Vec<Prov>,
}

const ALL_INIT_8: u64 = 0x0101_0101_0101_0101;

impl Bytes {
    pub fn new(size: usize) -> Bytes {
        Bytes { data: vec![0; size], init: vec![0; size], prov: Vec::new() }
    }

    /// Reuses this buffer for a fresh uninitialised allocation of `size` bytes.
    pub fn reset(&mut self, size: usize) {
        self.data.clear();
        self.data.resize(size, 0);
        self.init.clear();
        self.init.resize(size, 0);
        self.prov.clear();
    }

    pub fn from_init(data: Vec<u8>) -> Bytes {
        let init = vec![1; data.len()];
        Bytes { data, init, prov: Vec::new() }
    }

    /// The storage as slices, for the fast path.
    pub fn slices(&mut self) -> crate::fast::Slices<'_> {
        crate::fast::Slices { data: &mut self.data, init: &mut self.init, prov: &mut self.prov }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Grows to at least `size` bytes (new bytes uninitialised).
    pub fn grow(&mut self, size: usize) {
        if size > self.data.len() {
            self.data.resize(size, 0);
            self.init.resize(size, 0);
            if !self.prov.is_empty() {
                self.prov.resize(size.div_ceil(8), 0);
            }
        }
    }

    #[inline]
    pub fn is_init(&self, off: usize, len: usize) -> bool {
        match len {
            0 => true,
            1 => self.init[off] != 0,
            8 => u64::from_ne_bytes(self.init[off..off + 8].try_into().unwrap()) == ALL_INIT_8,
            _ => self.init[off..off + len].iter().all(|&b| b != 0),
        }
    }

    /// The first uninitialised byte in `off..off + len`, relative to `off`.
    pub fn first_uninit(&self, off: usize, len: usize) -> Option<usize> {
        self.init[off..off + len].iter().position(|&b| b == 0)
    }

    #[inline]
    pub fn set_init(&mut self, off: usize, len: usize, init: bool) {
        let v = init as u8;
        match len {
            1 => self.init[off] = v,
            8 => self.init[off..off + 8].copy_from_slice(&[v; 8]),
            _ => self.init[off..off + len].fill(v),
        }
    }

    /// Marks `off..off + len` uninitialised and without provenance.
    pub fn uninit(&mut self, off: usize, len: usize) {
        if len == 0 {
            return;
        }
        self.init[off..off + len].fill(0);
        if !self.prov.is_empty() {
            self.prov[off / 8..=(off + len - 1) / 8].fill(0);
        }
    }

    /// Reads `size` bytes little-endian, zero-extended (no init check).
    #[inline]
    pub fn read_uint(&self, off: usize, size: usize) -> u128 {
        let d = &self.data;
        match size {
            1 => d[off] as u128,
            2 => u16::from_le_bytes(d[off..off + 2].try_into().unwrap()) as u128,
            4 => u32::from_le_bytes(d[off..off + 4].try_into().unwrap()) as u128,
            8 => u64::from_le_bytes(d[off..off + 8].try_into().unwrap()) as u128,
            16 => u128::from_le_bytes(d[off..off + 16].try_into().unwrap()),
            _ => {
                let mut buf = [0u8; 16];
                let n = size.min(16);
                buf[..n].copy_from_slice(&d[off..off + n]);
                u128::from_le_bytes(buf)
            }
        }
    }

    /// Reads 1, 2, 4 or 8 bytes little-endian (no init check).
    #[inline(always)]
    pub fn read_small(&self, off: usize, size: usize) -> u64 {
        let d = &self.data;
        match size {
            8 => u64::from_le_bytes(d[off..off + 8].try_into().unwrap()),
            4 => u32::from_le_bytes(d[off..off + 4].try_into().unwrap()) as u64,
            1 => d[off] as u64,
            _ => u16::from_le_bytes(d[off..off + 2].try_into().unwrap()) as u64,
        }
    }

    /// Writes 1, 2, 4 or 8 bytes of `v`, marking them initialised.
    #[inline(always)]
    pub fn write_small(&mut self, off: usize, size: usize, v: u64) {
        let d = &mut self.data;
        match size {
            8 => {
                d[off..off + 8].copy_from_slice(&v.to_le_bytes());
                self.init[off..off + 8].copy_from_slice(&ALL_INIT_8.to_ne_bytes());
            }
            4 => {
                d[off..off + 4].copy_from_slice(&(v as u32).to_le_bytes());
                self.init[off..off + 4].copy_from_slice(&[1; 4]);
            }
            1 => {
                d[off] = v as u8;
                self.init[off] = 1;
            }
            _ => {
                d[off..off + 2].copy_from_slice(&(v as u16).to_le_bytes());
                self.init[off..off + 2].copy_from_slice(&[1; 2]);
            }
        }
        if !self.prov.is_empty() {
            self.prov[off / 8] = 0;
            let last = (off + size - 1) / 8;
            if last != off / 8 {
                self.prov[last] = 0;
            }
        }
    }

    /// Writes the low `size` bytes of `v`, marking them initialised.
    #[inline]
    pub fn write_uint(&mut self, off: usize, size: usize, v: u128) {
        let d = &mut self.data;
        match size {
            0 => return,
            1 => d[off] = v as u8,
            2 => d[off..off + 2].copy_from_slice(&(v as u16).to_le_bytes()),
            4 => d[off..off + 4].copy_from_slice(&(v as u32).to_le_bytes()),
            8 => d[off..off + 8].copy_from_slice(&(v as u64).to_le_bytes()),
            16 => d[off..off + 16].copy_from_slice(&v.to_le_bytes()),
            _ => {
                let n = size.min(16);
                d[off..off + n].copy_from_slice(&v.to_le_bytes()[..n]);
            }
        }
        self.set_init(off, size, true);
        self.clear_prov(off, size);
    }

    /// The provenance of the pointer stored at `off`, if any.
    #[inline]
    pub fn read_prov(&self, off: usize) -> Prov {
        if !off.is_multiple_of(8) {
            return 0;
        }
        self.prov.get(off / 8).copied().unwrap_or(0)
    }

    /// Writes an 8-byte pointer with its provenance.
    #[inline]
    pub fn write_ptr(&mut self, off: usize, addr: u64, prov: Prov) {
        self.write_uint(off, 8, addr as u128);
        if prov != 0 && off.is_multiple_of(8) {
            if self.prov.is_empty() {
                self.prov = vec![0; self.data.len().div_ceil(8)];
            }
            self.prov[off / 8] = prov;
        }
    }

    #[inline]
    pub fn clear_prov(&mut self, off: usize, len: usize) {
        if self.prov.is_empty() || len == 0 {
            return;
        }
        for slot in off / 8..=(off + len - 1) / 8 {
            self.prov[slot] = 0;
        }
    }

    /// Whether any pointer is stored in `off..off + len`.
    pub fn has_prov(&self, off: usize, len: usize) -> bool {
        !self.prov.is_empty() && len > 0 && self.prov[off / 8..=(off + len - 1) / 8].iter().any(|&p| p != 0)
    }

    /// Copies `len` bytes (data, init, provenance) from `src[src_off..]`.
    pub fn copy_from(&mut self, dst_off: usize, src: &Bytes, src_off: usize, len: usize) {
        if len == 0 {
            return;
        }
        self.data[dst_off..dst_off + len].copy_from_slice(&src.data[src_off..src_off + len]);
        self.init[dst_off..dst_off + len].copy_from_slice(&src.init[src_off..src_off + len]);
        self.clear_prov(dst_off, len);
        if src.has_prov(src_off, len) {
            self.copy_prov(dst_off, len, |slot| src.prov[slot], src_off);
        }
    }

    /// Copies 8 bytes between 8-aligned offsets (the hot case of locals).
    #[inline(always)]
    pub fn copy8(&mut self, s: usize, d: usize) {
        let v = u64::from_ne_bytes(*self.data[s..].first_chunk::<8>().expect("in bounds"));
        let i = u64::from_ne_bytes(*self.init[s..].first_chunk::<8>().expect("in bounds"));
        *self.data[d..].first_chunk_mut::<8>().expect("in bounds") = v.to_ne_bytes();
        *self.init[d..].first_chunk_mut::<8>().expect("in bounds") = i.to_ne_bytes();
        if !self.prov.is_empty() {
            self.prov[d / 8] = self.prov[s / 8];
        }
    }

    /// Copies a value of at most 16 bytes within the same storage.
    #[inline(always)]
    pub fn copy_small(&mut self, s: usize, d: usize, len: usize) {
        if len == 8 && (s | d).is_multiple_of(8) {
            self.copy8(s, d);
        } else {
            self.copy_within(s, d, len);
        }
    }

    /// Copies within the same storage; the ranges may overlap.
    #[inline]
    pub fn copy_within(&mut self, src_off: usize, dst_off: usize, len: usize) {
        if len == 0 || src_off == dst_off {
            return;
        }
        if len == 8 && (src_off | dst_off).is_multiple_of(8) {
            let (s, d) = (src_off, dst_off);
            let v: [u8; 8] = self.data[s..s + 8].try_into().unwrap();
            let i: [u8; 8] = self.init[s..s + 8].try_into().unwrap();
            self.data[d..d + 8].copy_from_slice(&v);
            self.init[d..d + 8].copy_from_slice(&i);
            if !self.prov.is_empty() {
                self.prov[d / 8] = self.prov[s / 8];
            }
            return;
        }
        self.data.copy_within(src_off..src_off + len, dst_off);
        self.init.copy_within(src_off..src_off + len, dst_off);
        if self.has_prov(src_off, len) {
            let saved: Vec<Prov> = self.prov[src_off / 8..=(src_off + len - 1) / 8].to_vec();
            let base_slot = src_off / 8;
            self.clear_prov(dst_off, len);
            self.copy_prov(dst_off, len, |slot| saved[slot - base_slot], src_off);
        } else {
            self.clear_prov(dst_off, len);
        }
    }

    /// Copies the provenance of fully covered, equally aligned slots.
    fn copy_prov(&mut self, dst_off: usize, len: usize, src_prov: impl Fn(usize) -> Prov, src_off: usize) {
        if (dst_off % 8) != (src_off % 8) {
            return;
        }
        let first = src_off.div_ceil(8) * 8;
        let mut s = first;
        while s + 8 <= src_off + len {
            let p = src_prov(s / 8);
            if p != 0 {
                if self.prov.is_empty() {
                    self.prov = vec![0; self.data.len().div_ceil(8)];
                }
                self.prov[(s - src_off + dst_off) / 8] = p;
            }
            s += 8;
        }
    }
}
