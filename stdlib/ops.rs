//! Ranges: what `a..b`, `a..=b`, `a..`, `..b`, `..=b` and `..` build.

#[lang = "Range"]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[lang = "RangeInclusive"]
pub struct RangeInclusive<Idx> {
    pub start: Idx,
    pub end: Idx,
    pub exhausted: bool,
}

#[lang = "RangeFrom"]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

#[lang = "RangeTo"]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

#[lang = "RangeToInclusive"]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

#[lang = "RangeFull"]
pub struct RangeFull;

impl<Idx> RangeInclusive<Idx> {
    pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx> {
        RangeInclusive { start, end, exhausted: false }
    }
}

macro_rules! binary_trait {
    ($lang:literal, $trait_:ident, $method:ident, $assign_lang:literal, $assign:ident, $assign_method:ident, $op:tt, $($t:ident)*) => {
        #[lang = $lang]
        pub trait $trait_<Rhs = Self> {
            type Output;
            fn $method(self, rhs: Rhs) -> Self::Output;
        }

        #[lang = $assign_lang]
        pub trait $assign<Rhs = Self> {
            fn $assign_method(&mut self, rhs: Rhs);
        }

        $(
            impl $trait_ for $t {
                type Output = $t;
                #[track_caller]
                fn $method(self, rhs: $t) -> $t {
                    self $op rhs
                }
            }

            impl $assign for $t {
                #[track_caller]
                fn $assign_method(&mut self, rhs: $t) {
                    *self = *self $op rhs;
                }
            }
        )*
    };
}

binary_trait!("add", Add, add, "add_assign", AddAssign, add_assign, +, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);
binary_trait!("sub", Sub, sub, "sub_assign", SubAssign, sub_assign, -, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);
binary_trait!("mul", Mul, mul, "mul_assign", MulAssign, mul_assign, *, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);
binary_trait!("div", Div, div, "div_assign", DivAssign, div_assign, /, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);
binary_trait!("rem", Rem, rem, "rem_assign", RemAssign, rem_assign, %, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);
binary_trait!("bitand", BitAnd, bitand, "bitand_assign", BitAndAssign, bitand_assign, &, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool);
binary_trait!("bitor", BitOr, bitor, "bitor_assign", BitOrAssign, bitor_assign, |, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool);
binary_trait!("bitxor", BitXor, bitxor, "bitxor_assign", BitXorAssign, bitxor_assign, ^, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool);
binary_trait!("shl", Shl, shl, "shl_assign", ShlAssign, shl_assign, <<, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
binary_trait!("shr", Shr, shr, "shr_assign", ShrAssign, shr_assign, >>, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

macro_rules! unary_impls {
    ($trait_:ident, $method:ident, $op:tt, $($t:ident)*) => {
        $(
            impl $trait_ for $t {
                type Output = $t;
                #[track_caller]
                fn $method(self) -> $t {
                    $op self
                }
            }
        )*
    };
}

unary_impls!(Neg, neg, -, i8 i16 i32 i64 i128 isize f32 f64);
unary_impls!(Not, not, !, i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool);

#[lang = "index"]
pub trait Index<Idx> {
    type Output: ?Sized;
    #[track_caller]
    fn index(&self, index: Idx) -> &Self::Output;
}

#[lang = "index_mut"]
pub trait IndexMut<Idx>: Index<Idx> {
    #[track_caller]
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

#[lang = "deref"]
pub trait Deref {
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}

#[lang = "deref_mut"]
pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

/// Smart pointers whose pointee can be unsized by a coercion, like
/// references (`Box<T>` to `Box<dyn Trait>`).
#[lang = "coerce_unsized"]
pub trait CoerceUnsized<T: ?Sized> {}

#[lang = "drop"]
pub trait Drop {
    fn drop(&mut self);
}

/// A call that may consume the callee. The argument list is one tuple
/// (`f(a, b)` calls `f.call_once((a, b))`).
#[lang = "fn_once"]
pub trait FnOnce<Args> {
    type Output;
    fn call_once(self, args: Args) -> Self::Output;
}

/// A call through a mutable borrow of the callee.
#[lang = "fn_mut"]
pub trait FnMut<Args>: FnOnce<Args> {
    fn call_mut(&mut self, args: Args) -> Self::Output;
}

/// A call through a shared borrow of the callee.
#[lang = "fn"]
pub trait Fn<Args>: FnMut<Args> {
    fn call(&self, args: Args) -> Self::Output;
}

impl<A, F: Fn<A> + ?Sized> FnOnce<A> for &F {
    type Output = F::Output;
    fn call_once(self, args: A) -> F::Output {
        (*self).call(args)
    }
}

impl<A, F: Fn<A> + ?Sized> FnMut<A> for &F {
    fn call_mut(&mut self, args: A) -> F::Output {
        (**self).call(args)
    }
}

impl<A, F: Fn<A> + ?Sized> Fn<A> for &F {
    fn call(&self, args: A) -> F::Output {
        (**self).call(args)
    }
}

impl<A, F: FnMut<A> + ?Sized> FnOnce<A> for &mut F {
    type Output = F::Output;
    fn call_once(self, args: A) -> F::Output {
        (*self).call_mut(args)
    }
}

impl<A, F: FnMut<A> + ?Sized> FnMut<A> for &mut F {
    fn call_mut(&mut self, args: A) -> F::Output {
        (**self).call_mut(args)
    }
}

/// Whether an operation should exit early (`Break`) or go on (`Continue`).
#[lang = "ControlFlow"]
pub enum ControlFlow<B, C = ()> {
    Continue(C),
    Break(B),
}

/// Types the `?` operator works on: `x?` is
/// `match branch(x) { Continue(v) => v, Break(r) => return from_residual(r) }`.
pub trait Try {
    type Output;
    type Residual;
    fn from_output(output: Self::Output) -> Self;
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

/// The early-exit half of `?`: builds the function's return value from
/// the residual (the error or `None`).
#[rustc_on_unimplemented(
    message = "the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)",
    label = "cannot use the `?` operator in a function that returns `{Self}`"
)]
pub trait FromResidual<R> {
    fn from_residual(residual: R) -> Self;
}

#[lang = "branch"]
pub fn branch<T: Try>(value: T) -> ControlFlow<T::Residual, T::Output> {
    value.branch()
}

#[lang = "from_residual"]
#[track_caller]
pub fn from_residual<T: FromResidual<R>, R>(residual: R) -> T {
    T::from_residual(residual)
}

/// An endpoint of a range of keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bound<T> {
    Included(T),
    Excluded(T),
    Unbounded,
}

impl<T> Bound<T> {
    pub fn as_ref(&self) -> Bound<&T> {
        match self {
            Bound::Included(x) => Bound::Included(x),
            Bound::Excluded(x) => Bound::Excluded(x),
            Bound::Unbounded => Bound::Unbounded,
        }
    }

    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Bound<U> {
        match self {
            Bound::Included(x) => Bound::Included(f(x)),
            Bound::Excluded(x) => Bound::Excluded(f(x)),
            Bound::Unbounded => Bound::Unbounded,
        }
    }
}

/// What the range types (and pairs of `Bound`s) have in common: their
/// endpoints, for `BTreeMap::range` and `contains`.
pub trait RangeBounds<T: ?Sized> {
    fn start_bound(&self) -> Bound<&T>;
    fn end_bound(&self) -> Bound<&T>;

    fn contains<U>(&self, item: &U) -> bool
    where
        T: PartialOrd<U>,
        U: ?Sized + PartialOrd<T>,
    {
        let above = match self.start_bound() {
            Bound::Included(start) => start <= item,
            Bound::Excluded(start) => start < item,
            Bound::Unbounded => true,
        };
        let below = match self.end_bound() {
            Bound::Included(end) => item <= end,
            Bound::Excluded(end) => item < end,
            Bound::Unbounded => true,
        };
        above && below
    }
}

impl<T> RangeBounds<T> for Range<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        // An exhausted iterator is empty, as std's.
        if self.exhausted { Bound::Excluded(&self.end) } else { Bound::Included(&self.end) }
    }
}

impl<T> RangeBounds<T> for RangeFrom<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for RangeTo<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeToInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Included(&self.end)
    }
}

impl<T: ?Sized> RangeBounds<T> for RangeFull {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for (Bound<T>, Bound<T>) {
    fn start_bound(&self) -> Bound<&T> {
        self.0.as_ref()
    }
    fn end_bound(&self) -> Bound<&T> {
        self.1.as_ref()
    }
}

/// std's inherent `contains` of each range type.
macro_rules! range_contains {
    ($($range:ident)*) => {
        $(
            impl<Idx: PartialOrd<Idx>> $range<Idx> {
                pub fn contains<U>(&self, item: &U) -> bool
                where
                    Idx: PartialOrd<U>,
                    U: ?Sized + PartialOrd<Idx>,
                {
                    <Self as RangeBounds<Idx>>::contains(self, item)
                }
            }
        )*
    };
}

range_contains!(Range RangeInclusive RangeFrom RangeTo RangeToInclusive);
