//! Methods of string slices.

use crate::intrinsics;

impl str {
    pub fn len(&self) -> usize {
        unsafe { intrinsics::ptr_metadata(self) }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl str {
    pub fn as_bytes(&self) -> &[u8] {
        unsafe { intrinsics::transmute(self) }
    }

    pub fn as_ptr(&self) -> *const u8 {
        self as *const str as *const u8
    }
}

/// The `str` of `v`'s bytes, which must be UTF-8.
pub unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
    intrinsics::transmute(v)
}
