//! Raw pointers: the free functions of `std::ptr`, the inherent methods of
//! `*const T` and `*mut T`, and `NonNull`.

use crate::intrinsics;
use crate::option::Option::{self, None, Some};

pub fn null<T>() -> *const T {
    0usize as *const T
}

pub fn null_mut<T>() -> *mut T {
    0usize as *mut T
}

pub unsafe fn read<T>(src: *const T) -> T {
    intrinsics::read(src)
}

pub unsafe fn write<T>(dst: *mut T, value: T) {
    intrinsics::write(dst, value)
}

pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize) {
    intrinsics::copy(src, dst, count)
}

pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
    intrinsics::copy_nonoverlapping(src, dst, count)
}

pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) {
    intrinsics::drop_in_place(to_drop)
}

pub unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize) {
    intrinsics::write_bytes(dst, val, count)
}

/// Swaps the values at `x` and `y`, which may overlap (as the real `swap`,
/// through a temporary copy).
pub unsafe fn swap<T>(x: *mut T, y: *mut T) {
    let tmp = intrinsics::read(x as *const T);
    intrinsics::copy(y as *const T, x, 1);
    intrinsics::write(y, tmp);
}

pub unsafe fn replace<T>(dst: *mut T, src: T) -> T {
    let old = intrinsics::read(dst as *const T);
    intrinsics::write(dst, src);
    old
}

impl<T: ?Sized> *const T {
    pub fn is_null(self) -> bool {
        self as *const u8 as usize == 0
    }

    pub fn cast<U>(self) -> *const U {
        self as *const U
    }

    pub fn cast_mut(self) -> *mut T {
        self as *mut T
    }

    pub fn addr(self) -> usize {
        self as *const u8 as usize
    }

    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> {
        if self.is_null() { None } else { Some(&*self) }
    }
}

impl<T> *const T {
    pub unsafe fn offset(self, count: isize) -> *const T {
        intrinsics::offset(self, count)
    }

    pub unsafe fn add(self, count: usize) -> *const T {
        intrinsics::offset(self, count as isize)
    }

    pub unsafe fn sub(self, count: usize) -> *const T {
        intrinsics::offset(self, 0isize.wrapping_sub(count as isize))
    }

    pub fn wrapping_offset(self, count: isize) -> *const T {
        unsafe { intrinsics::arith_offset(self, count) }
    }

    pub fn wrapping_add(self, count: usize) -> *const T {
        self.wrapping_offset(count as isize)
    }

    pub fn wrapping_sub(self, count: usize) -> *const T {
        self.wrapping_offset(0isize.wrapping_sub(count as isize))
    }

    pub unsafe fn offset_from(self, origin: *const T) -> isize {
        intrinsics::ptr_offset_from(self, origin)
    }

    pub unsafe fn read(self) -> T {
        intrinsics::read(self)
    }

    pub unsafe fn read_unaligned(self) -> T {
        intrinsics::unaligned_volatile_load(self)
    }

    pub unsafe fn copy_to(self, dest: *mut T, count: usize) {
        intrinsics::copy(self, dest, count)
    }

    pub unsafe fn copy_to_nonoverlapping(self, dest: *mut T, count: usize) {
        intrinsics::copy_nonoverlapping(self, dest, count)
    }
}

impl<T: ?Sized> *mut T {
    pub fn is_null(self) -> bool {
        self as *mut u8 as usize == 0
    }

    pub fn cast<U>(self) -> *mut U {
        self as *mut U
    }

    pub fn cast_const(self) -> *const T {
        self as *const T
    }

    pub fn addr(self) -> usize {
        self as *mut u8 as usize
    }

    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> {
        if self.is_null() { None } else { Some(&*self) }
    }

    pub unsafe fn as_mut<'a>(self) -> Option<&'a mut T> {
        if self.is_null() { None } else { Some(&mut *self) }
    }
}

impl<T> *mut T {
    pub unsafe fn offset(self, count: isize) -> *mut T {
        intrinsics::offset(self as *const T, count) as *mut T
    }

    pub unsafe fn add(self, count: usize) -> *mut T {
        intrinsics::offset(self as *const T, count as isize) as *mut T
    }

    pub unsafe fn sub(self, count: usize) -> *mut T {
        intrinsics::offset(self as *const T, 0isize.wrapping_sub(count as isize)) as *mut T
    }

    pub fn wrapping_offset(self, count: isize) -> *mut T {
        unsafe { intrinsics::arith_offset(self as *const T, count) as *mut T }
    }

    pub fn wrapping_add(self, count: usize) -> *mut T {
        self.wrapping_offset(count as isize)
    }

    pub fn wrapping_sub(self, count: usize) -> *mut T {
        self.wrapping_offset(0isize.wrapping_sub(count as isize))
    }

    pub unsafe fn offset_from(self, origin: *const T) -> isize {
        intrinsics::ptr_offset_from(self as *const T, origin)
    }

    pub unsafe fn read(self) -> T {
        intrinsics::read(self as *const T)
    }

    pub unsafe fn read_unaligned(self) -> T {
        intrinsics::unaligned_volatile_load(self as *const T)
    }

    pub unsafe fn write(self, value: T) {
        intrinsics::write(self, value)
    }

    pub unsafe fn write_unaligned(self, value: T) {
        intrinsics::unaligned_volatile_store(self, value)
    }

    pub unsafe fn write_bytes(self, val: u8, count: usize) {
        intrinsics::write_bytes(self, val, count)
    }

    pub unsafe fn replace(self, src: T) -> T {
        replace(self, src)
    }

    pub unsafe fn swap(self, with: *mut T) {
        swap(self, with)
    }

    pub unsafe fn drop_in_place(self) {
        intrinsics::drop_in_place(self)
    }

    pub unsafe fn copy_from(self, src: *const T, count: usize) {
        intrinsics::copy(src, self, count)
    }

    pub unsafe fn copy_from_nonoverlapping(self, src: *const T, count: usize) {
        intrinsics::copy_nonoverlapping(src, self, count)
    }
}

/// A `*mut T` that is never null.
pub struct NonNull<T: ?Sized> {
    pointer: *const T,
}

impl<T: ?Sized> NonNull<T> {
    pub fn new(ptr: *mut T) -> Option<NonNull<T>> {
        if ptr.is_null() { None } else { Some(NonNull { pointer: ptr as *const T }) }
    }

    pub const unsafe fn new_unchecked(ptr: *mut T) -> NonNull<T> {
        NonNull { pointer: ptr as *const T }
    }

    pub const fn as_ptr(self) -> *mut T {
        self.pointer as *mut T
    }

    pub unsafe fn as_ref<'a>(&self) -> &'a T {
        &*self.pointer
    }

    pub unsafe fn as_mut<'a>(&mut self) -> &'a mut T {
        &mut *(self.pointer as *mut T)
    }

    pub fn cast<U>(self) -> NonNull<U> {
        NonNull { pointer: self.pointer as *const U }
    }
}

impl<T> NonNull<T> {
    /// A well-aligned dangling pointer (its address is the alignment), for
    /// empty collections.
    pub fn dangling() -> NonNull<T> {
        NonNull { pointer: crate::mem::align_of::<T>() as *const T }
    }

    pub unsafe fn add(self, count: usize) -> NonNull<T> {
        NonNull { pointer: self.pointer.add(count) }
    }

    pub unsafe fn read(self) -> T {
        intrinsics::read(self.pointer)
    }

    pub unsafe fn write(self, value: T) {
        intrinsics::write(self.pointer as *mut T, value)
    }
}

impl<T: ?Sized> crate::clone::Clone for NonNull<T> {
    fn clone(&self) -> NonNull<T> {
        *self
    }
}

impl<T: ?Sized> crate::marker::Copy for NonNull<T> {}

impl<T: ?Sized> crate::cmp::PartialEq for NonNull<T> {
    fn eq(&self, other: &NonNull<T>) -> bool {
        self.pointer as *const u8 as usize == other.pointer as *const u8 as usize
    }
}

impl<T: ?Sized> crate::cmp::Eq for NonNull<T> {}

pub use crate::{addr_of, addr_of_mut};

/// `addr_of!(place)`: a raw pointer to a place without making a reference
/// first (`&raw const place`).
#[macro_export]
macro_rules! addr_of {
    ($place:expr) => {
        &raw const $place
    };
}

/// `addr_of_mut!(place)`: `&raw mut place`.
#[macro_export]
macro_rules! addr_of_mut {
    ($place:expr) => {
        &raw mut $place
    };
}
