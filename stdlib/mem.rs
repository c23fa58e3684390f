//! Basic functions for dealing with memory.

use crate::intrinsics;

pub use crate::intrinsics::transmute;

pub fn size_of<T>() -> usize {
    unsafe { intrinsics::size_of::<T>() }
}

pub fn align_of<T>() -> usize {
    unsafe { intrinsics::align_of::<T>() }
}

pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::size_of_val(val as *const T) }
}

pub fn align_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::min_align_of_val(val as *const T) }
}

pub fn needs_drop<T>() -> bool {
    unsafe { intrinsics::needs_drop::<T>() }
}

/// Disposes of a value: it is moved in and dropped at the end of the call.
pub fn drop<T>(_x: T) {}

/// Takes ownership without running the value's destructor.
pub fn forget<T>(t: T) {
    unsafe { intrinsics::forget(t) }
}

pub fn swap<T>(x: &mut T, y: &mut T) {
    unsafe {
        let tmp = intrinsics::read(x as *const T);
        intrinsics::copy_nonoverlapping(y as *const T, x as *mut T, 1);
        intrinsics::write(y as *mut T, tmp);
    }
}

pub fn replace<T>(dest: &mut T, src: T) -> T {
    unsafe {
        let result = intrinsics::read(dest as *const T);
        intrinsics::write(dest as *mut T, src);
        result
    }
}

pub fn take<T: crate::default::Default>(dest: &mut T) -> T {
    replace(dest, T::default())
}

/// Memory for a `T` that may not be initialised yet; reading it before it
/// is written is undefined behaviour, which the interpreter reports.
#[repr(transparent)]
pub union MaybeUninit<T> {
    uninit: (),
    value: ManuallyDrop<T>,
}

impl<T> MaybeUninit<T> {
    pub const fn new(value: T) -> MaybeUninit<T> {
        MaybeUninit { value: ManuallyDrop::new(value) }
    }

    pub const fn uninit() -> MaybeUninit<T> {
        MaybeUninit { uninit: () }
    }

    pub fn zeroed() -> MaybeUninit<T> {
        let mut m = MaybeUninit::uninit();
        unsafe { intrinsics::write_bytes(m.as_mut_ptr(), 0, 1) };
        m
    }

    pub fn write(&mut self, value: T) -> &mut T {
        *self = MaybeUninit::new(value);
        unsafe { self.assume_init_mut() }
    }

    pub fn as_ptr(&self) -> *const T {
        self as *const MaybeUninit<T> as *const T
    }

    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut MaybeUninit<T> as *mut T
    }

    pub unsafe fn assume_init(self) -> T {
        ManuallyDrop::into_inner(self.value)
    }

    pub unsafe fn assume_init_read(&self) -> T {
        intrinsics::read(self.as_ptr())
    }

    pub unsafe fn assume_init_ref(&self) -> &T {
        &*self.as_ptr()
    }

    pub unsafe fn assume_init_mut(&mut self) -> &mut T {
        &mut *self.as_mut_ptr()
    }

    pub unsafe fn assume_init_drop(&mut self) {
        intrinsics::drop_in_place(self.as_mut_ptr())
    }
}

impl<T: crate::marker::Copy> crate::clone::Clone for MaybeUninit<T> {
    fn clone(&self) -> MaybeUninit<T> {
        *self
    }
}

impl<T: crate::marker::Copy> crate::marker::Copy for MaybeUninit<T> {}

/// A wrapper whose contents are never dropped automatically.
#[lang = "manually_drop"]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ManuallyDrop<T> {
    value: T,
}

impl<T> ManuallyDrop<T> {
    pub const fn new(value: T) -> ManuallyDrop<T> {
        ManuallyDrop { value }
    }

    pub fn into_inner(slot: ManuallyDrop<T>) -> T {
        slot.value
    }

    pub unsafe fn drop(slot: &mut ManuallyDrop<T>) {
        intrinsics::drop_in_place(&mut slot.value as *mut T)
    }
}

impl<T> crate::ops::Deref for ManuallyDrop<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> crate::ops::DerefMut for ManuallyDrop<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}
