//! Compiler intrinsics: bodies supplied by each backend, typed generically.

extern "rust-intrinsic" {
    pub fn size_of<T>() -> usize;
    pub fn align_of<T>() -> usize;
    pub fn needs_drop<T>() -> bool;
    /// A number unique to the type `T` within the program (`TypeId`).
    pub fn type_id<T: ?Sized>() -> u64;
    /// Size and alignment of the value `ptr` points to (from the slice
    /// length or the vtable when `T` is unsized).
    pub fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;
    pub fn min_align_of_val<T: ?Sized>(ptr: *const T) -> usize;
    pub fn drop_in_place<T: ?Sized>(ptr: *mut T);
    /// `FnOnce::call_once` of the callee `f` points to, moving it out (how
    /// `Box<dyn FnOnce()>` is called).
    pub fn call_once_by_ptr<F: crate::ops::FnOnce<Args> + ?Sized, Args>(f: *mut F, args: Args) -> F::Output;
    pub fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
    pub fn copy<T>(src: *const T, dst: *mut T, count: usize);
    pub fn write_bytes<T>(dst: *mut T, val: u8, count: usize);
    pub fn transmute<T, U>(value: T) -> U;
    pub fn read<T>(src: *const T) -> T;
    pub fn write<T>(dst: *mut T, value: T);
    pub fn offset<T>(ptr: *const T, count: isize) -> *const T;
    /// `offset` without the in-bounds requirement (`wrapping_offset`).
    pub fn arith_offset<T>(ptr: *const T, count: isize) -> *const T;
    /// The distance in elements between two pointers into one allocation.
    pub fn ptr_offset_from<T>(ptr: *const T, base: *const T) -> isize;
    pub fn unaligned_volatile_load<T>(src: *const T) -> T;
    pub fn unaligned_volatile_store<T>(dst: *mut T, value: T);
    pub fn abort() -> !;
    pub fn unreachable() -> !;
    /// The discriminant of the enum `v` points to (what derived `PartialEq`,
    /// `PartialOrd`, `Ord` and `Hash` compare and hash).
    pub fn discriminant_value<T>(v: &T) -> isize;
    pub fn forget<T>(value: T);
    /// The length of the slice or `str` a wide pointer points to.
    pub fn ptr_metadata<T: ?Sized>(ptr: *const T) -> usize;
    /// Where the innermost `#[track_caller]` chain was called from:
    /// file, line and column.
    pub fn caller_location() -> (&'static str, u32, u32);
    /// Decimal digits of the magnitude of a finite non-zero `f32`/`f64`
    /// into `buf` (at most `buflen`), returning their number; `*exp` gets
    /// the exponent with the value being `0.d1d2... * 10^exp`. Mode 0:
    /// shortest round-trip digits; 1: exactly `count` significant digits;
    /// 2: digits down to the `10^-count` place (none if it rounds to 0).
    pub fn float_to_digits<T>(x: T, mode: u32, count: usize, buf: *mut u8, buflen: usize, exp: *mut i32) -> usize;

    pub fn wrapping_add<T>(a: T, b: T) -> T;
    pub fn wrapping_sub<T>(a: T, b: T) -> T;
    pub fn wrapping_mul<T>(a: T, b: T) -> T;
    pub fn add_with_overflow<T>(a: T, b: T) -> (T, bool);
    pub fn sub_with_overflow<T>(a: T, b: T) -> (T, bool);
    pub fn mul_with_overflow<T>(a: T, b: T) -> (T, bool);
    pub fn saturating_add<T>(a: T, b: T) -> T;
    pub fn saturating_sub<T>(a: T, b: T) -> T;
    pub fn rotate_left<T>(x: T, shift: u32) -> T;
    pub fn rotate_right<T>(x: T, shift: u32) -> T;
    pub fn ctpop<T>(x: T) -> u32;
    pub fn ctlz<T>(x: T) -> u32;
    pub fn cttz<T>(x: T) -> u32;
    pub fn bswap<T>(x: T) -> T;
    pub fn bitreverse<T>(x: T) -> T;
    pub fn unchecked_shl<T>(x: T, shift: u32) -> T;
    pub fn unchecked_shr<T>(x: T, shift: u32) -> T;

    pub fn sqrt<T>(x: T) -> T;
    pub fn powi<T>(x: T, n: i32) -> T;
    pub fn powf<T>(x: T, n: T) -> T;
    pub fn exp<T>(x: T) -> T;
    pub fn exp2<T>(x: T) -> T;
    pub fn ln<T>(x: T) -> T;
    pub fn log10<T>(x: T) -> T;
    pub fn log2<T>(x: T) -> T;
    pub fn sin<T>(x: T) -> T;
    pub fn cos<T>(x: T) -> T;
    pub fn tan<T>(x: T) -> T;
    pub fn floor<T>(x: T) -> T;
    pub fn ceil<T>(x: T) -> T;
    pub fn trunc<T>(x: T) -> T;
    pub fn round<T>(x: T) -> T;
    pub fn fabs<T>(x: T) -> T;
    pub fn copysign<T>(x: T, y: T) -> T;
    pub fn minnum<T>(x: T, y: T) -> T;
    pub fn maxnum<T>(x: T, y: T) -> T;
    pub fn fma<T>(x: T, y: T, z: T) -> T;
    pub fn asin<T>(x: T) -> T;
    pub fn acos<T>(x: T) -> T;
    pub fn atan<T>(x: T) -> T;
    pub fn atan2<T>(x: T, y: T) -> T;
    pub fn sinh<T>(x: T) -> T;
    pub fn cosh<T>(x: T) -> T;
    pub fn tanh<T>(x: T) -> T;
    pub fn asinh<T>(x: T) -> T;
    pub fn acosh<T>(x: T) -> T;
    pub fn atanh<T>(x: T) -> T;
    pub fn cbrt<T>(x: T) -> T;
    pub fn exp_m1<T>(x: T) -> T;
    pub fn ln_1p<T>(x: T) -> T;
    pub fn hypot<T>(x: T, y: T) -> T;
}
