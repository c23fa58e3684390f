//! Shareable mutable containers: `Cell`, `RefCell` (with run-time borrow
//! tracking and std's panics), over `UnsafeCell`.

use crate::option::Option::{self, None, Some};

/// The one place where a shared reference may be used to mutate.
pub struct UnsafeCell<T> {
    value: T,
}

impl<T> UnsafeCell<T> {
    pub const fn new(value: T) -> UnsafeCell<T> {
        UnsafeCell { value }
    }

    pub fn get(&self) -> *mut T {
        &self.value as *const T as *mut T
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

/// A mutable memory location for `Copy` values (and swaps of others).
pub struct Cell<T> {
    value: UnsafeCell<T>,
}

impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T> {
        Cell { value: UnsafeCell::new(value) }
    }

    pub fn set(&self, value: T) {
        let old = self.replace(value);
        drop(old);
    }

    pub fn replace(&self, value: T) -> T {
        crate::mem::replace(unsafe { &mut *self.value.get() }, value)
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }

    pub fn get_mut(&mut self) -> &mut T {
        unsafe { &mut *self.value.get() }
    }

    pub fn swap(&self, other: &Cell<T>) {
        if self as *const Cell<T> == other as *const Cell<T> {
            return;
        }
        unsafe { crate::mem::swap(&mut *self.value.get(), &mut *other.value.get()) }
    }
}

impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T {
        unsafe { *self.value.get() }
    }

    pub fn update<F: FnOnce(T) -> T>(&self, f: F) -> T {
        let new = f(self.get());
        self.set(new);
        new
    }
}

impl<T: Default> Cell<T> {
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Copy> Clone for Cell<T> {
    fn clone(&self) -> Cell<T> {
        Cell::new(self.get())
    }
}

impl<T: Default> Default for Cell<T> {
    fn default() -> Cell<T> {
        Cell::new(T::default())
    }
}

impl<T: Copy + PartialEq> PartialEq for Cell<T> {
    fn eq(&self, other: &Cell<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Copy + crate::fmt::Debug> crate::fmt::Debug for Cell<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_struct("Cell").field("value", &self.get()).finish()
    }
}

/// A mutable memory location with dynamically checked borrow rules.
/// `borrow` counts readers (> 0) or marks one writer (-1).
pub struct RefCell<T> {
    borrow: Cell<isize>,
    value: UnsafeCell<T>,
}

/// An error returned by `RefCell::try_borrow`.
pub struct BorrowError {
    _private: (),
}

/// An error returned by `RefCell::try_borrow_mut`.
pub struct BorrowMutError {
    _private: (),
}

impl crate::fmt::Debug for BorrowError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_struct("BorrowError").finish_non_exhaustive()
    }
}

impl crate::fmt::Debug for BorrowMutError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_struct("BorrowMutError").finish_non_exhaustive()
    }
}

impl crate::fmt::Display for BorrowError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("already mutably borrowed")
    }
}

impl crate::fmt::Display for BorrowMutError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("already borrowed")
    }
}

impl<T> RefCell<T> {
    pub const fn new(value: T) -> RefCell<T> {
        RefCell { borrow: Cell::new(0), value: UnsafeCell::new(value) }
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }

    #[track_caller]
    pub fn borrow(&self) -> Ref<'_, T> {
        match self.try_borrow() {
            Ok(r) => r,
            Err(_) => panic!("RefCell already mutably borrowed"),
        }
    }

    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError> {
        let b = self.borrow.get();
        if b < 0 {
            return Err(BorrowError { _private: () });
        }
        self.borrow.set(b + 1);
        Ok(Ref { value: unsafe { &*self.value.get() }, borrow: &self.borrow })
    }

    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(r) => r,
            Err(_) => panic!("RefCell already borrowed"),
        }
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError> {
        if self.borrow.get() != 0 {
            return Err(BorrowMutError { _private: () });
        }
        self.borrow.set(-1);
        Ok(RefMut { value: unsafe { &mut *self.value.get() }, borrow: &self.borrow })
    }

    pub fn get_mut(&mut self) -> &mut T {
        unsafe { &mut *self.value.get() }
    }

    #[track_caller]
    pub fn replace(&self, value: T) -> T {
        crate::mem::replace(&mut *self.borrow_mut(), value)
    }

    #[track_caller]
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut guard = self.borrow_mut();
        let new = f(&mut *guard);
        crate::mem::replace(&mut *guard, new)
    }

    #[track_caller]
    pub fn swap(&self, other: &RefCell<T>) {
        crate::mem::swap(&mut *self.borrow_mut(), &mut *other.borrow_mut())
    }
}

impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Clone> Clone for RefCell<T> {
    #[track_caller]
    fn clone(&self) -> RefCell<T> {
        RefCell::new(self.borrow().clone())
    }
}

impl<T: Default> Default for RefCell<T> {
    fn default() -> RefCell<T> {
        RefCell::new(T::default())
    }
}

impl<T: PartialEq> PartialEq for RefCell<T> {
    fn eq(&self, other: &RefCell<T>) -> bool {
        *self.borrow() == *other.borrow()
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match self.try_borrow() {
            Ok(v) => f.debug_struct("RefCell").field("value", &*v).finish(),
            Err(_) => f.debug_struct("RefCell").field("value", &BorrowedPlaceholder).finish(),
        }
    }
}

struct BorrowedPlaceholder;

impl crate::fmt::Debug for BorrowedPlaceholder {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("<borrowed>")
    }
}

/// A shared borrow of a `RefCell`'s value; releases it when dropped.
pub struct Ref<'b, T> {
    value: &'b T,
    borrow: &'b Cell<isize>,
}

impl<T> Drop for Ref<'_, T> {
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() - 1);
    }
}

impl<T> crate::ops::Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(self.value, f)
    }
}

impl<T: crate::fmt::Display> crate::fmt::Display for Ref<'_, T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(self.value, f)
    }
}

/// A mutable borrow of a `RefCell`'s value; releases it when dropped.
pub struct RefMut<'b, T> {
    value: &'b mut T,
    borrow: &'b Cell<isize>,
}

impl<T> Drop for RefMut<'_, T> {
    fn drop(&mut self) {
        self.borrow.set(0);
    }
}

impl<T> crate::ops::Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T> crate::ops::DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.value
    }
}

impl<T: crate::fmt::Debug> crate::fmt::Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&*self.value, f)
    }
}
