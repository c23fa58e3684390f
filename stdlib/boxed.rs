//! `Box<T>`: a value on the heap, owned.
//!
//! The compiler knows `Box` (lang item `owned_box`) only for what Rust
//! builds into it: `*b` is a place (moving out of it frees the allocation
//! through `box_free`); allocation and freeing are ordinary library code
//! over the allocator builtins.

use crate::builtins::{__ferrum_alloc, __ferrum_dealloc};
use crate::intrinsics;

#[lang = "owned_box"]
pub struct Box<T: ?Sized> {
    ptr: *mut T,
}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T> {
        let size = crate::mem::size_of::<T>();
        let align = crate::mem::align_of::<T>();
        let ptr = if size == 0 { align as *mut T } else { unsafe { __ferrum_alloc(size, align) as *mut T } };
        unsafe { intrinsics::write(ptr, x) };
        Box { ptr }
    }
}

impl<T: ?Sized> Box<T> {
    pub fn into_raw(b: Box<T>) -> *mut T {
        let ptr = b.ptr;
        crate::mem::forget(b);
        ptr
    }

    pub unsafe fn from_raw(raw: *mut T) -> Box<T> {
        Box { ptr: raw }
    }

    pub fn leak<'a>(b: Box<T>) -> &'a mut T {
        unsafe { &mut *Box::into_raw(b) }
    }

    pub fn as_ref(&self) -> &T {
        unsafe { &*self.ptr }
    }

    pub fn as_mut(&mut self) -> &mut T {
        unsafe { &mut *self.ptr }
    }
}

/// Frees a box's allocation without dropping its contents (they were
/// moved out with `*b`).
#[lang = "box_free"]
pub fn box_free<T: ?Sized>(b: Box<T>) {
    let ptr = Box::into_raw(b);
    free_raw(ptr);
}

fn free_raw<T: ?Sized>(ptr: *mut T) {
    let size = unsafe { intrinsics::size_of_val(ptr as *const T) };
    if size != 0 {
        unsafe { __ferrum_dealloc(ptr as *mut u8, size, intrinsics::min_align_of_val(ptr as *const T)) };
    }
}

impl<T: ?Sized, U: ?Sized> crate::ops::CoerceUnsized<Box<U>> for Box<T> {}

impl<T: ?Sized> Drop for Box<T> {
    fn drop(&mut self) {
        unsafe { intrinsics::drop_in_place(self.ptr) };
        free_raw(self.ptr);
    }
}

impl<T: ?Sized> crate::ops::Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.ptr }
    }
}

impl<T: ?Sized> crate::ops::DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.ptr }
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T> {
        Box::new((**self).clone())
    }
}

impl<T: PartialEq + ?Sized> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool {
        PartialEq::eq(&**self, &**other)
    }
}

impl<T: Eq + ?Sized> Eq for Box<T> {}

impl<T: PartialOrd + ?Sized> PartialOrd for Box<T> {
    fn partial_cmp(&self, other: &Box<T>) -> Option<crate::cmp::Ordering> {
        PartialOrd::partial_cmp(&**self, &**other)
    }
}

impl<T: Ord + ?Sized> Ord for Box<T> {
    fn cmp(&self, other: &Box<T>) -> crate::cmp::Ordering {
        Ord::cmp(&**self, &**other)
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Box<T> {
        Box::new(T::default())
    }
}

impl<T: crate::fmt::Debug + ?Sized> crate::fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&**self, f)
    }
}

impl<T: crate::fmt::Display + ?Sized> crate::fmt::Display for Box<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&**self, f)
    }
}

impl<T: crate::hash::Hash + ?Sized> crate::hash::Hash for Box<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized> crate::convert::AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> crate::convert::AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T> From<T> for Box<T> {
    fn from(t: T) -> Box<T> {
        Box::new(t)
    }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(s: &[T]) -> Box<[T]> {
        s.to_vec().into_boxed_slice()
    }
}

impl<T> From<crate::vec::Vec<T>> for Box<[T]> {
    fn from(v: crate::vec::Vec<T>) -> Box<[T]> {
        v.into_boxed_slice()
    }
}

impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        crate::string::String::from(s).into_boxed_str()
    }
}

impl From<crate::string::String> for Box<str> {
    fn from(s: crate::string::String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl<T> From<Box<[T]>> for crate::vec::Vec<T> {
    fn from(b: Box<[T]>) -> crate::vec::Vec<T> {
        crate::vec::from_boxed_slice(b)
    }
}

impl From<Box<str>> for crate::string::String {
    fn from(b: Box<str>) -> crate::string::String {
        let bytes = Box::into_raw(b) as *mut [u8];
        unsafe { crate::string::String::from_utf8_unchecked(crate::vec::from_boxed_slice(Box::from_raw(bytes))) }
    }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Box<[T]> {
        self.to_vec().into_boxed_slice()
    }
}

impl Clone for Box<str> {
    fn clone(&self) -> Box<str> {
        Box::from(&**self)
    }
}

impl<Args, F: FnOnce<Args> + ?Sized> FnOnce<Args> for Box<F> {
    type Output = F::Output;
    fn call_once(self, args: Args) -> F::Output {
        let raw = Box::into_raw(self);
        let out = unsafe { intrinsics::call_once_by_ptr(raw, args) };
        free_raw(raw);
        out
    }
}

impl<Args, F: FnMut<Args> + ?Sized> FnMut<Args> for Box<F> {
    fn call_mut(&mut self, args: Args) -> F::Output {
        (**self).call_mut(args)
    }
}

impl<Args, F: Fn<Args> + ?Sized> Fn<Args> for Box<F> {
    fn call(&self, args: Args) -> F::Output {
        (**self).call(args)
    }
}

impl<I: crate::iter::Iterator + ?Sized> crate::iter::Iterator for Box<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }
}

impl<I: crate::iter::DoubleEndedIterator + ?Sized> crate::iter::DoubleEndedIterator for Box<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}
