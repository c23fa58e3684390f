//! Memory allocation: `Layout` and the global allocator's functions, over
//! the allocator builtins.

use crate::builtins;
use crate::result::Result::{self, Err, Ok};

/// The size and alignment of a block of memory.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Layout {
    size: usize,
    align: usize,
}

/// The parameters given to a `Layout` constructor violate its constraints.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LayoutError;

impl Layout {
    /// Fails unless `align` is a power of two and `size`, rounded up to a
    /// multiple of `align`, does not exceed `isize::MAX`.
    pub const fn from_size_align(size: usize, align: usize) -> Result<Layout, LayoutError> {
        if align == 0 || (align & (align - 1)) != 0 {
            return Err(LayoutError);
        }
        if size > isize::MAX as usize - (align - 1) {
            return Err(LayoutError);
        }
        Ok(Layout { size, align })
    }

    pub const unsafe fn from_size_align_unchecked(size: usize, align: usize) -> Layout {
        Layout { size, align }
    }

    pub const fn size(&self) -> usize {
        self.size
    }

    pub const fn align(&self) -> usize {
        self.align
    }

    pub const fn new<T>() -> Layout {
        Layout { size: crate::mem::size_of::<T>(), align: crate::mem::align_of::<T>() }
    }

    /// The layout of `[T; n]`.
    pub fn array<T>(n: usize) -> Result<Layout, LayoutError> {
        let elem = crate::mem::size_of::<T>();
        let align = crate::mem::align_of::<T>();
        match elem.checked_mul(n) {
            Some(size) => Layout::from_size_align(size, align),
            None => Err(LayoutError),
        }
    }
}

/// Allocates `layout.size()` uninitialised bytes (a zero size is undefined
/// behaviour, as with the real global allocator).
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    builtins::__ferrum_alloc(layout.size, layout.align)
}

/// Allocates `layout.size()` bytes set to zero.
pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 {
    let p = builtins::__ferrum_alloc(layout.size, layout.align);
    if !p.is_null() {
        crate::intrinsics::write_bytes(p, 0u8, layout.size);
    }
    p
}

/// Frees a block; `layout` must be the one it was allocated with.
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
    builtins::__ferrum_dealloc(ptr, layout.size, layout.align)
}

/// Resizes a block to `new_size` bytes, keeping its contents up to the
/// smaller size; `layout` must be the one it was allocated with.
pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    builtins::__ferrum_realloc(ptr, layout.size, new_size, layout.align)
}
