//! Single-threaded reference counting: `Rc` and `Weak`.
//!
//! The value lives in one heap allocation with its strong and weak counts
//! (`weak` counts the weak pointers plus one for all strong ones together,
//! as std does): the value is dropped when the last `Rc` goes, the
//! allocation freed when the last `Weak` goes too.

use crate::builtins::{__ferrum_alloc, __ferrum_dealloc};
use crate::cell::Cell;
use crate::intrinsics;
use crate::option::Option::{self, None, Some};

struct RcBox<T: ?Sized> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

pub struct Rc<T: ?Sized> {
    ptr: *mut RcBox<T>,
}

pub struct Weak<T: ?Sized> {
    ptr: *mut RcBox<T>,
}

fn layout_of<T>() -> (usize, usize) {
    (crate::mem::size_of::<RcBox<T>>(), crate::mem::align_of::<RcBox<T>>())
}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        let (size, align) = layout_of::<T>();
        let ptr = unsafe { __ferrum_alloc(size, align) as *mut RcBox<T> };
        unsafe { intrinsics::write(ptr, RcBox { strong: Cell::new(1), weak: Cell::new(1), value }) };
        Rc { ptr }
    }

    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if Rc::strong_count(&this) != 1 {
            return Err(this);
        }
        let value = unsafe { intrinsics::read(&(*this.ptr).value as *const T) };
        let inner = this.inner();
        inner.strong.set(0);
        let ptr = this.ptr;
        crate::mem::forget(this);
        release_weak(ptr);
        Ok(value)
    }
}

impl<T: ?Sized> Rc<T> {

    fn inner(&self) -> &RcBox<T> {
        unsafe { &*self.ptr }
    }

    pub fn strong_count(this: &Rc<T>) -> usize {
        this.inner().strong.get()
    }

    pub fn weak_count(this: &Rc<T>) -> usize {
        this.inner().weak.get() - 1
    }

    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        this.ptr == other.ptr
    }

    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        let inner = this.inner();
        inner.weak.set(inner.weak.get() + 1);
        Weak { ptr: this.ptr }
    }

    pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T> {
        if Rc::strong_count(this) == 1 && Rc::weak_count(this) == 0 {
            Some(unsafe { &mut (*this.ptr).value })
        } else {
            None
        }
    }

    pub fn as_ptr(this: &Rc<T>) -> *const T {
        unsafe { &(*this.ptr).value as *const T }
    }
}

impl<T: Clone> Rc<T> {
    pub fn make_mut(this: &mut Rc<T>) -> &mut T {
        if Rc::strong_count(this) != 1 || Rc::weak_count(this) != 0 {
            *this = Rc::new((**this).clone());
        }
        unsafe { &mut (*this.ptr).value }
    }

    pub fn unwrap_or_clone(this: Rc<T>) -> T {
        match Rc::try_unwrap(this) {
            Ok(v) => v,
            Err(rc) => (*rc).clone(),
        }
    }
}

/// Drops one unit of the weak count; frees the allocation at zero.
fn release_weak<T: ?Sized>(ptr: *mut RcBox<T>) {
    let inner = unsafe { &*ptr };
    let weak = inner.weak.get() - 1;
    inner.weak.set(weak);
    if weak == 0 {
        let (size, align) = unsafe { (intrinsics::size_of_val(ptr as *const RcBox<T>), intrinsics::min_align_of_val(ptr as *const RcBox<T>)) };
        unsafe { __ferrum_dealloc(ptr as *mut u8, size, align) };
    }
}

impl<T: ?Sized, U: ?Sized> crate::ops::CoerceUnsized<Rc<U>> for Rc<T> {}

impl<T: ?Sized, U: ?Sized> crate::ops::CoerceUnsized<Weak<U>> for Weak<T> {}

impl<T: ?Sized> Clone for Rc<T> {
    fn clone(&self) -> Rc<T> {
        let inner = self.inner();
        inner.strong.set(inner.strong.get() + 1);
        Rc { ptr: self.ptr }
    }
}

impl<T: ?Sized> Drop for Rc<T> {
    fn drop(&mut self) {
        let inner = self.inner();
        let strong = inner.strong.get() - 1;
        inner.strong.set(strong);
        if strong == 0 {
            unsafe { intrinsics::drop_in_place(&mut (*self.ptr).value as *mut T) };
            release_weak(self.ptr);
        }
    }
}

impl<T: ?Sized> crate::ops::Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: ?Sized> crate::convert::AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: PartialEq + ?Sized> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Rc<T> {}

impl<T: PartialOrd> PartialOrd for Rc<T> {
    fn partial_cmp(&self, other: &Rc<T>) -> Option<crate::cmp::Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: Ord> Ord for Rc<T> {
    fn cmp(&self, other: &Rc<T>) -> crate::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T> {
        Rc::new(T::default())
    }
}

impl<T: crate::hash::Hash> crate::hash::Hash for Rc<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: crate::fmt::Debug + ?Sized> crate::fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&**self, f)
    }
}

impl<T: crate::fmt::Display + ?Sized> crate::fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&**self, f)
    }
}

impl<T> From<T> for Rc<T> {
    fn from(value: T) -> Rc<T> {
        Rc::new(value)
    }
}

impl<T> Rc<[T]> {
    /// A new allocation holding the `len` values at `src`, moved bitwise.
    unsafe fn from_raw_elements(src: *const T, len: usize) -> Rc<[T]> {
        let (header, header_align) = layout_of::<()>();
        let elem_align = crate::mem::align_of::<T>();
        let align = if elem_align > header_align { elem_align } else { header_align };
        let offset = round_up(header, elem_align);
        let size = round_up(offset + crate::mem::size_of::<T>() * len, align);
        let mem = __ferrum_alloc(size, align);
        let ptr = intrinsics::transmute::<(*mut u8, usize), *mut RcBox<[T]>>((mem, len));
        intrinsics::write(&mut (*ptr).strong, Cell::new(1));
        intrinsics::write(&mut (*ptr).weak, Cell::new(1));
        intrinsics::copy_nonoverlapping(src, &mut (*ptr).value as *mut [T] as *mut T, len);
        Rc { ptr }
    }
}

fn round_up(n: usize, align: usize) -> usize {
    (n + align - 1) / align * align
}

impl<T> From<crate::vec::Vec<T>> for Rc<[T]> {
    fn from(v: crate::vec::Vec<T>) -> Rc<[T]> {
        let mut v = v;
        unsafe {
            let rc = Rc::from_raw_elements(v.as_ptr(), v.len());
            v.set_len(0);
            rc
        }
    }
}

impl<T: Clone> From<&[T]> for Rc<[T]> {
    fn from(s: &[T]) -> Rc<[T]> {
        Rc::from(s.to_vec())
    }
}

impl From<&str> for Rc<str> {
    fn from(s: &str) -> Rc<str> {
        let bytes: Rc<[u8]> = Rc::from(s.as_bytes());
        let ptr = bytes.ptr as *mut RcBox<str>;
        crate::mem::forget(bytes);
        Rc { ptr }
    }
}

impl From<crate::string::String> for Rc<str> {
    fn from(s: crate::string::String) -> Rc<str> {
        Rc::from(s.as_str())
    }
}

impl<T> Weak<T> {
    /// A `Weak` that never upgrades (std allocates nothing for it either;
    /// here the null pointer marks it).
    pub fn new() -> Weak<T> {
        Weak { ptr: crate::ptr::null_mut() }
    }
}

impl<T: ?Sized> Weak<T> {
    pub fn upgrade(&self) -> Option<Rc<T>> {
        if self.ptr.is_null() {
            return None;
        }
        let inner = unsafe { &*self.ptr };
        let strong = inner.strong.get();
        if strong == 0 {
            return None;
        }
        inner.strong.set(strong + 1);
        Some(Rc { ptr: self.ptr })
    }

    pub fn strong_count(&self) -> usize {
        if self.ptr.is_null() {
            0
        } else {
            unsafe { (*self.ptr).strong.get() }
        }
    }

    pub fn weak_count(&self) -> usize {
        if self.ptr.is_null() {
            return 0;
        }
        let inner = unsafe { &*self.ptr };
        if inner.strong.get() == 0 {
            0
        } else {
            inner.weak.get() - 1
        }
    }

    pub fn ptr_eq(&self, other: &Weak<T>) -> bool {
        self.ptr == other.ptr
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if !self.ptr.is_null() {
            let inner = unsafe { &*self.ptr };
            inner.weak.set(inner.weak.get() + 1);
        }
        Weak { ptr: self.ptr }
    }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        if !self.ptr.is_null() {
            release_weak(self.ptr);
        }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

impl<T> crate::fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("(Weak)")
    }
}
