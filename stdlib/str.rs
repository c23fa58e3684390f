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
