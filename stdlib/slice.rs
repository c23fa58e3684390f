//! Methods of slices `[T]`.

use crate::intrinsics;

impl<T> [T] {
    pub fn len(&self) -> usize {
        unsafe { intrinsics::ptr_metadata(self) }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }
}

/// Bounds-checks `start..end` against a slice of `len` elements, with the
/// library's panic messages.
#[track_caller]
fn check_range(start: usize, end: usize, len: usize) {
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
    if end > len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
}

#[track_caller]
fn check_range_from(start: usize, len: usize) {
    if start > len {
        panic!("range start index {} out of range for slice of length {}", start, len);
    }
}

/// The subslice `start..end` of `s` (already checked).
unsafe fn subslice<T>(s: *const [T], start: usize, end: usize) -> *const [T] {
    let data = s as *const T;
    let sub = intrinsics::offset(data, start as isize);
    intrinsics::transmute((sub, end - start))
}

macro_rules! index_by_range {
    ($index:ident, $index_mut:ident, $range:ty, |$r:ident, $len:ident| $bounds:expr) => {
        impl<T> [T] {
            #[track_caller]
            pub fn $index(&self, $r: $range) -> &[T] {
                let $len = self.len();
                let (start, end) = $bounds;
                unsafe { &*subslice(self as *const [T], start, end) }
            }

            #[track_caller]
            pub fn $index_mut(&mut self, $r: $range) -> &mut [T] {
                let $len = self.len();
                let (start, end) = $bounds;
                unsafe { &mut *(subslice(self as *const [T], start, end) as *mut [T]) }
            }
        }
    };
}

index_by_range!(index_range, index_range_mut, crate::ops::Range<usize>, |r, len| {
    check_range(r.start, r.end, len);
    (r.start, r.end)
});
index_by_range!(index_range_from, index_range_from_mut, crate::ops::RangeFrom<usize>, |r, len| {
    check_range_from(r.start, len);
    (r.start, len)
});
index_by_range!(index_range_to, index_range_to_mut, crate::ops::RangeTo<usize>, |r, len| {
    check_range(0, r.end, len);
    (0, r.end)
});
index_by_range!(index_range_full, index_range_full_mut, crate::ops::RangeFull, |r, len| (0, len));
index_by_range!(index_range_inclusive, index_range_inclusive_mut, crate::ops::RangeInclusive<usize>, |r, len| {
    if r.end == usize::MAX {
        panic!("attempted to index slice up to maximum usize");
    }
    check_range(r.start, r.end + 1, len);
    (r.start, r.end + 1)
});
index_by_range!(index_range_to_inclusive, index_range_to_inclusive_mut, crate::ops::RangeToInclusive<usize>, |r, len| {
    if r.end == usize::MAX {
        panic!("attempted to index slice up to maximum usize");
    }
    check_range(0, r.end + 1, len);
    (0, r.end + 1)
});
