//! Methods and constants of the primitive number types.

use crate::intrinsics;
use crate::option::Option::{self, None, Some};

pub use crate::str::{IntErrorKind, ParseFloatError, ParseIntError};

macro_rules! int_common {
    ($t:ident, $bits:expr, $min:expr, $max:expr) => {
        impl $t {
            pub const MIN: $t = $min;
            pub const MAX: $t = $max;
            pub const BITS: u32 = $bits;

            pub fn to_le_bytes(self) -> [u8; $bits / 8] {
                let mut out = [0u8; $bits / 8];
                let mut i = 0;
                while i < $bits / 8 {
                    out[i] = (self >> (8 * i)) as u8;
                    i += 1;
                }
                out
            }
            pub fn to_be_bytes(self) -> [u8; $bits / 8] {
                let mut out = self.to_le_bytes();
                out.reverse();
                out
            }
            pub fn to_ne_bytes(self) -> [u8; $bits / 8] {
                self.to_le_bytes()
            }
            pub fn from_le_bytes(bytes: [u8; $bits / 8]) -> $t {
                let mut value: $t = 0;
                let mut i = 0;
                while i < $bits / 8 {
                    value |= (bytes[i] as $t) << (8 * i);
                    i += 1;
                }
                value
            }
            pub fn from_be_bytes(bytes: [u8; $bits / 8]) -> $t {
                let mut bytes = bytes;
                bytes.reverse();
                $t::from_le_bytes(bytes)
            }
            pub fn from_ne_bytes(bytes: [u8; $bits / 8]) -> $t {
                $t::from_le_bytes(bytes)
            }

            pub fn wrapping_add(self, rhs: $t) -> $t {
                unsafe { intrinsics::wrapping_add(self, rhs) }
            }
            pub fn wrapping_sub(self, rhs: $t) -> $t {
                unsafe { intrinsics::wrapping_sub(self, rhs) }
            }
            pub fn wrapping_mul(self, rhs: $t) -> $t {
                unsafe { intrinsics::wrapping_mul(self, rhs) }
            }
            pub fn wrapping_neg(self) -> $t {
                (0 as $t).wrapping_sub(self)
            }
            pub fn wrapping_shl(self, rhs: u32) -> $t {
                unsafe { intrinsics::unchecked_shl(self, rhs & ($bits - 1)) }
            }
            pub fn wrapping_shr(self, rhs: u32) -> $t {
                unsafe { intrinsics::unchecked_shr(self, rhs & ($bits - 1)) }
            }
            pub fn wrapping_pow(self, exp: u32) -> $t {
                let mut base = self;
                let mut acc: $t = 1;
                let mut exp = exp;
                while exp > 0 {
                    if exp & 1 == 1 {
                        acc = acc.wrapping_mul(base);
                    }
                    base = base.wrapping_mul(base);
                    exp = exp >> 1;
                }
                acc
            }
            pub fn overflowing_add(self, rhs: $t) -> ($t, bool) {
                unsafe { intrinsics::add_with_overflow(self, rhs) }
            }
            pub fn overflowing_sub(self, rhs: $t) -> ($t, bool) {
                unsafe { intrinsics::sub_with_overflow(self, rhs) }
            }
            pub fn overflowing_mul(self, rhs: $t) -> ($t, bool) {
                unsafe { intrinsics::mul_with_overflow(self, rhs) }
            }
            pub fn checked_add(self, rhs: $t) -> Option<$t> {
                let (r, o) = self.overflowing_add(rhs);
                if o { None } else { Some(r) }
            }
            pub fn checked_sub(self, rhs: $t) -> Option<$t> {
                let (r, o) = self.overflowing_sub(rhs);
                if o { None } else { Some(r) }
            }
            pub fn checked_mul(self, rhs: $t) -> Option<$t> {
                let (r, o) = self.overflowing_mul(rhs);
                if o { None } else { Some(r) }
            }
            pub fn checked_pow(self, exp: u32) -> Option<$t> {
                let mut acc: $t = 1;
                let mut i = 0;
                while i < exp {
                    match acc.checked_mul(self) {
                        Some(v) => acc = v,
                        None => return None,
                    }
                    i += 1;
                }
                Some(acc)
            }
            pub fn checked_shl(self, rhs: u32) -> Option<$t> {
                if rhs < $bits { Some(self.wrapping_shl(rhs)) } else { None }
            }
            pub fn checked_shr(self, rhs: u32) -> Option<$t> {
                if rhs < $bits { Some(self.wrapping_shr(rhs)) } else { None }
            }
            pub fn saturating_add(self, rhs: $t) -> $t {
                unsafe { intrinsics::saturating_add(self, rhs) }
            }
            pub fn saturating_sub(self, rhs: $t) -> $t {
                unsafe { intrinsics::saturating_sub(self, rhs) }
            }
            #[track_caller]
            pub fn pow(self, exp: u32) -> $t {
                let mut acc: $t = 1;
                let mut i = 0;
                while i < exp {
                    acc = acc * self;
                    i += 1;
                }
                acc
            }
            pub fn min(self, other: $t) -> $t {
                if other < self { other } else { self }
            }
            pub fn max(self, other: $t) -> $t {
                if other < self { self } else { other }
            }
            pub fn clamp(self, min: $t, max: $t) -> $t {
                if self < min { min } else if self > max { max } else { self }
            }
            pub fn count_ones(self) -> u32 {
                unsafe { intrinsics::ctpop(self) }
            }
            pub fn count_zeros(self) -> u32 {
                $bits - self.count_ones()
            }
            pub fn leading_zeros(self) -> u32 {
                unsafe { intrinsics::ctlz(self) }
            }
            pub fn trailing_zeros(self) -> u32 {
                unsafe { intrinsics::cttz(self) }
            }
            pub fn rotate_left(self, n: u32) -> $t {
                unsafe { intrinsics::rotate_left(self, n) }
            }
            pub fn rotate_right(self, n: u32) -> $t {
                unsafe { intrinsics::rotate_right(self, n) }
            }
            pub fn swap_bytes(self) -> $t {
                unsafe { intrinsics::bswap(self) }
            }
            pub fn reverse_bits(self) -> $t {
                unsafe { intrinsics::bitreverse(self) }
            }
        }
    };
}

macro_rules! int_signed {
    ($t:ident, $u:ident) => {
        impl $t {
            #[track_caller]
            pub fn abs(self) -> $t {
                if self < 0 { -self } else { self }
            }
            pub fn wrapping_abs(self) -> $t {
                if self < 0 { self.wrapping_neg() } else { self }
            }
            pub fn unsigned_abs(self) -> $u {
                self.wrapping_abs() as $u
            }
            pub fn checked_abs(self) -> Option<$t> {
                if self == $t::MIN { None } else { Some(self.abs()) }
            }
            pub fn checked_neg(self) -> Option<$t> {
                if self == $t::MIN { None } else { Some(-self) }
            }
            pub fn checked_div(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || (self == $t::MIN && rhs == -1) { None } else { Some(self / rhs) }
            }
            pub fn checked_rem(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || (self == $t::MIN && rhs == -1) { None } else { Some(self % rhs) }
            }
            pub fn wrapping_div(self, rhs: $t) -> $t {
                if self == $t::MIN && rhs == -1 { self } else { self / rhs }
            }
            pub fn wrapping_rem(self, rhs: $t) -> $t {
                if self == $t::MIN && rhs == -1 { 0 } else { self % rhs }
            }
            pub fn saturating_mul(self, rhs: $t) -> $t {
                match self.checked_mul(rhs) {
                    Some(v) => v,
                    None => if (self < 0) == (rhs < 0) { $t::MAX } else { $t::MIN },
                }
            }
            pub fn saturating_pow(self, exp: u32) -> $t {
                match self.checked_pow(exp) {
                    Some(v) => v,
                    None => if self < 0 && exp % 2 == 1 { $t::MIN } else { $t::MAX },
                }
            }
            pub fn saturating_neg(self) -> $t {
                if self == $t::MIN { $t::MAX } else { -self }
            }
            pub fn saturating_abs(self) -> $t {
                if self == $t::MIN { $t::MAX } else { self.abs() }
            }
            pub fn overflowing_neg(self) -> ($t, bool) {
                if self == $t::MIN { ($t::MIN, true) } else { (-self, false) }
            }
            pub fn signum(self) -> $t {
                if self < 0 { -1 } else if self == 0 { 0 } else { 1 }
            }
            pub fn is_negative(self) -> bool {
                self < 0
            }
            pub fn is_positive(self) -> bool {
                self > 0
            }
            #[track_caller]
            pub fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < 0 { if rhs < 0 { r - rhs } else { r + rhs } } else { r }
            }
            #[track_caller]
            pub fn div_euclid(self, rhs: $t) -> $t {
                let q = self / rhs;
                if self % rhs < 0 { if rhs > 0 { q - 1 } else { q + 1 } } else { q }
            }
            pub fn abs_diff(self, other: $t) -> $u {
                if self < other { (other as $u).wrapping_sub(self as $u) } else { (self as $u).wrapping_sub(other as $u) }
            }
        }
    };
}

macro_rules! int_unsigned {
    ($t:ident) => {
        impl $t {
            pub fn checked_div(self, rhs: $t) -> Option<$t> {
                if rhs == 0 { None } else { Some(self / rhs) }
            }
            pub fn checked_rem(self, rhs: $t) -> Option<$t> {
                if rhs == 0 { None } else { Some(self % rhs) }
            }
            pub fn checked_neg(self) -> Option<$t> {
                if self == 0 { Some(0) } else { None }
            }
            pub fn wrapping_div(self, rhs: $t) -> $t {
                self / rhs
            }
            pub fn wrapping_rem(self, rhs: $t) -> $t {
                self % rhs
            }
            pub fn saturating_mul(self, rhs: $t) -> $t {
                match self.checked_mul(rhs) {
                    Some(v) => v,
                    None => $t::MAX,
                }
            }
            pub fn saturating_pow(self, exp: u32) -> $t {
                match self.checked_pow(exp) {
                    Some(v) => v,
                    None => $t::MAX,
                }
            }
            pub fn is_power_of_two(self) -> bool {
                self != 0 && (self & (self - 1)) == 0
            }
            pub fn next_power_of_two(self) -> $t {
                let mut p: $t = 1;
                while p < self {
                    p = p * 2;
                }
                p
            }
            #[track_caller]
            pub fn rem_euclid(self, rhs: $t) -> $t {
                self % rhs
            }
            #[track_caller]
            pub fn div_euclid(self, rhs: $t) -> $t {
                self / rhs
            }
            pub fn abs_diff(self, other: $t) -> $t {
                if self < other { other - self } else { self - other }
            }
        }
    };
}

int_common!(i8, 8, -127 - 1, 127);
int_common!(i16, 16, -32767 - 1, 32767);
int_common!(i32, 32, -2147483647 - 1, 2147483647);
int_common!(i64, 64, -9223372036854775807 - 1, 9223372036854775807);
int_common!(i128, 128, -170141183460469231731687303715884105727 - 1, 170141183460469231731687303715884105727);
int_common!(isize, 64, -9223372036854775807 - 1, 9223372036854775807);
int_common!(u8, 8, 0, 255);
int_common!(u16, 16, 0, 65535);
int_common!(u32, 32, 0, 4294967295);
int_common!(u64, 64, 0, 18446744073709551615);
int_common!(u128, 128, 0, 340282366920938463463374607431768211455);
int_common!(usize, 64, 0, 18446744073709551615);

int_signed!(i8, u8);
int_signed!(i16, u16);
int_signed!(i32, u32);
int_signed!(i64, u64);
int_signed!(i128, u128);
int_signed!(isize, usize);

int_unsigned!(u8);
int_unsigned!(u16);
int_unsigned!(u32);
int_unsigned!(u64);
int_unsigned!(u128);
int_unsigned!(usize);

macro_rules! float_impl {
    ($t:ident, $bits:ident, $nan:expr, $inf:expr, $eps:expr, $min:expr, $max:expr, $minpos:expr) => {
        impl $t {
            pub const NAN: $t = $nan;
            pub const INFINITY: $t = $inf;
            pub const NEG_INFINITY: $t = -$inf;
            pub const EPSILON: $t = $eps;
            pub const MIN: $t = $min;
            pub const MAX: $t = $max;
            pub const MIN_POSITIVE: $t = $minpos;

            pub fn sqrt(self) -> $t {
                unsafe { intrinsics::sqrt(self) }
            }
            pub fn powi(self, n: i32) -> $t {
                unsafe { intrinsics::powi(self, n) }
            }
            pub fn powf(self, n: $t) -> $t {
                unsafe { intrinsics::powf(self, n) }
            }
            pub fn exp(self) -> $t {
                unsafe { intrinsics::exp(self) }
            }
            pub fn ln(self) -> $t {
                unsafe { intrinsics::ln(self) }
            }
            pub fn log10(self) -> $t {
                unsafe { intrinsics::log10(self) }
            }
            pub fn log2(self) -> $t {
                unsafe { intrinsics::log2(self) }
            }
            pub fn sin(self) -> $t {
                unsafe { intrinsics::sin(self) }
            }
            pub fn cos(self) -> $t {
                unsafe { intrinsics::cos(self) }
            }
            pub fn tan(self) -> $t {
                unsafe { intrinsics::tan(self) }
            }
            pub fn floor(self) -> $t {
                unsafe { intrinsics::floor(self) }
            }
            pub fn ceil(self) -> $t {
                unsafe { intrinsics::ceil(self) }
            }
            pub fn trunc(self) -> $t {
                unsafe { intrinsics::trunc(self) }
            }
            pub fn round(self) -> $t {
                unsafe { intrinsics::round(self) }
            }
            pub fn fract(self) -> $t {
                self - self.trunc()
            }
            pub fn abs(self) -> $t {
                unsafe { intrinsics::fabs(self) }
            }
            pub fn copysign(self, sign: $t) -> $t {
                unsafe { intrinsics::copysign(self, sign) }
            }
            pub fn signum(self) -> $t {
                if self.is_nan() { $t::NAN } else { (1.0 as $t).copysign(self) }
            }
            pub fn min(self, other: $t) -> $t {
                unsafe { intrinsics::minnum(self, other) }
            }
            pub fn max(self, other: $t) -> $t {
                unsafe { intrinsics::maxnum(self, other) }
            }
            pub fn clamp(self, min: $t, max: $t) -> $t {
                let mut x = self;
                if x < min { x = min; }
                if x > max { x = max; }
                x
            }
            pub fn mul_add(self, a: $t, b: $t) -> $t {
                unsafe { intrinsics::fma(self, a, b) }
            }
            pub fn hypot(self, other: $t) -> $t {
                unsafe { intrinsics::hypot(self, other) }
            }
            pub fn exp2(self) -> $t {
                unsafe { intrinsics::exp2(self) }
            }
            pub fn asin(self) -> $t {
                unsafe { intrinsics::asin(self) }
            }
            pub fn acos(self) -> $t {
                unsafe { intrinsics::acos(self) }
            }
            pub fn atan(self) -> $t {
                unsafe { intrinsics::atan(self) }
            }
            pub fn atan2(self, other: $t) -> $t {
                unsafe { intrinsics::atan2(self, other) }
            }
            pub fn sinh(self) -> $t {
                unsafe { intrinsics::sinh(self) }
            }
            pub fn cosh(self) -> $t {
                unsafe { intrinsics::cosh(self) }
            }
            pub fn tanh(self) -> $t {
                unsafe { intrinsics::tanh(self) }
            }
            pub fn asinh(self) -> $t {
                unsafe { intrinsics::asinh(self) }
            }
            pub fn acosh(self) -> $t {
                unsafe { intrinsics::acosh(self) }
            }
            pub fn atanh(self) -> $t {
                unsafe { intrinsics::atanh(self) }
            }
            pub fn cbrt(self) -> $t {
                unsafe { intrinsics::cbrt(self) }
            }
            pub fn exp_m1(self) -> $t {
                unsafe { intrinsics::exp_m1(self) }
            }
            pub fn ln_1p(self) -> $t {
                unsafe { intrinsics::ln_1p(self) }
            }
            pub fn log(self, base: $t) -> $t {
                self.ln() / base.ln()
            }
            pub fn sin_cos(self) -> ($t, $t) {
                (self.sin(), self.cos())
            }
            pub fn recip(self) -> $t {
                1.0 / self
            }
            pub fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < 0.0 { r + rhs.abs() } else { r }
            }
            pub fn div_euclid(self, rhs: $t) -> $t {
                let q = (self / rhs).trunc();
                if self % rhs < 0.0 {
                    return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
                }
                q
            }
            pub fn round_ties_even(self) -> $t {
                let r = self.round();
                if (self - self.trunc()).abs() == 0.5 && r % 2.0 != 0.0 { r - self.signum() } else { r }
            }
            pub fn is_normal(self) -> bool {
                self.is_finite() && self.abs() >= $t::MIN_POSITIVE
            }
            pub fn is_subnormal(self) -> bool {
                self.is_finite() && self != 0.0 && self.abs() < $t::MIN_POSITIVE
            }
            /// IEEE 754 total order: -NaN < -inf < .. < -0 < +0 < .. < inf < NaN.
            pub fn total_cmp(&self, other: &$t) -> crate::cmp::Ordering {
                let sign: $bits = !((!0 as $bits) >> 1);
                let key = |x: $bits| if x & sign != 0 { !x } else { x | sign };
                key(self.to_bits()).cmp(&key(other.to_bits()))
            }
            pub fn is_nan(self) -> bool {
                self != self
            }
            pub fn is_infinite(self) -> bool {
                self == $t::INFINITY || self == $t::NEG_INFINITY
            }
            pub fn is_finite(self) -> bool {
                !self.is_nan() && !self.is_infinite()
            }
            pub fn is_sign_negative(self) -> bool {
                (1.0 as $t).copysign(self) < 0.0
            }
            pub fn is_sign_positive(self) -> bool {
                !self.is_sign_negative()
            }
            pub fn to_bits(self) -> $bits {
                unsafe { intrinsics::transmute(self) }
            }
            pub fn from_bits(bits: $bits) -> $t {
                unsafe { intrinsics::transmute(bits) }
            }
            pub fn to_degrees(self) -> $t {
                self * (180.0 / 3.14159265358979323846264338327950288)
            }
            pub fn to_radians(self) -> $t {
                self * (3.14159265358979323846264338327950288 / 180.0)
            }
        }
    };
}

// NaN by its bits: `0.0 / 0.0` computes a NaN with the sign bit set on
// x86, and std's NAN is positive (`total_cmp` and `is_sign_negative` see it).
float_impl!(f64, u64, unsafe { intrinsics::transmute::<u64, f64>(0x7ff8_0000_0000_0000) }, 1.0 / 0.0, 2.220446049250313e-16, -1.7976931348623157e308, 1.7976931348623157e308, 2.2250738585072014e-308);
float_impl!(f32, u32, unsafe { intrinsics::transmute::<u32, f32>(0x7fc0_0000) }, 1.0 / 0.0, 1.1920929e-7, -3.40282347e38, 3.40282347e38, 1.17549435e-38);

pub mod consts {}

/// Intentionally wrapping arithmetic: `Wrapping(250u8) + Wrapping(10)` is
/// `Wrapping(4)`.
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Wrapping<T>(pub T);

impl<T: crate::fmt::Debug> crate::fmt::Debug for Wrapping<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: crate::fmt::Display> crate::fmt::Display for Wrapping<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.0.fmt(f)
    }
}

macro_rules! wrapping_binop {
    ($t:ty, $tr:ident, $m:ident, $tra:ident, $ma:ident, $op:ident) => {
        impl crate::ops::$tr for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn $m(self, rhs: Wrapping<$t>) -> Wrapping<$t> {
                Wrapping(<$t>::$op(self.0, rhs.0))
            }
        }
        impl crate::ops::$tra for Wrapping<$t> {
            fn $ma(&mut self, rhs: Wrapping<$t>) {
                *self = Wrapping(<$t>::$op(self.0, rhs.0));
            }
        }
    };
}

macro_rules! wrapping_impls {
    ($($t:ident)*) => {$(
        wrapping_binop!($t, Add, add, AddAssign, add_assign, wrapping_add);
        wrapping_binop!($t, Sub, sub, SubAssign, sub_assign, wrapping_sub);
        wrapping_binop!($t, Mul, mul, MulAssign, mul_assign, wrapping_mul);
        wrapping_binop!($t, Div, div, DivAssign, div_assign, wrapping_div);
        wrapping_binop!($t, Rem, rem, RemAssign, rem_assign, wrapping_rem);
        impl crate::ops::BitXor for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn bitxor(self, rhs: Wrapping<$t>) -> Wrapping<$t> {
                Wrapping(self.0 ^ rhs.0)
            }
        }
        impl crate::ops::BitAnd for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn bitand(self, rhs: Wrapping<$t>) -> Wrapping<$t> {
                Wrapping(self.0 & rhs.0)
            }
        }
        impl crate::ops::BitOr for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn bitor(self, rhs: Wrapping<$t>) -> Wrapping<$t> {
                Wrapping(self.0 | rhs.0)
            }
        }
        impl crate::ops::Shl<usize> for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn shl(self, rhs: usize) -> Wrapping<$t> {
                Wrapping(self.0.wrapping_shl(rhs as u32))
            }
        }
        impl crate::ops::Shr<usize> for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn shr(self, rhs: usize) -> Wrapping<$t> {
                Wrapping(self.0.wrapping_shr(rhs as u32))
            }
        }
        impl crate::ops::Neg for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn neg(self) -> Wrapping<$t> {
                Wrapping((0 as $t).wrapping_sub(self.0))
            }
        }
        impl crate::ops::Not for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn not(self) -> Wrapping<$t> {
                Wrapping(!self.0)
            }
        }
    )*};
}

wrapping_impls!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

/// The error of a checked integer conversion that does not fit.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(pub(crate) ());

impl crate::fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad("out of range integral type conversion attempted")
    }
}

// std derives the lossless conversions from `From` through a blanket impl;
// here each pair of distinct integer types gets the checked conversion (a
// value fits when it survives the round trip with its sign).
macro_rules! try_from_int {
    ($src:ident => $($dst:ident)*) => {$(
        impl crate::convert::TryFrom<$src> for $dst {
            type Error = TryFromIntError;
            fn try_from(v: $src) -> crate::result::Result<$dst, TryFromIntError> {
                let d = v as $dst;
                if d as $src == v && (d < (0 as $dst)) == (v < (0 as $src)) {
                    crate::result::Result::Ok(d)
                } else {
                    crate::result::Result::Err(TryFromIntError(()))
                }
            }
        }
    )*};
}

try_from_int!(i8 => i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
try_from_int!(i16 => i8 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
try_from_int!(i32 => i8 i16 i64 i128 isize u8 u16 u32 u64 u128 usize);
try_from_int!(i64 => i8 i16 i32 i128 isize u8 u16 u32 u64 u128 usize);
try_from_int!(i128 => i8 i16 i32 i64 isize u8 u16 u32 u64 u128 usize);
try_from_int!(isize => i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 usize);
try_from_int!(u8 => i8 i16 i32 i64 i128 isize u16 u32 u64 u128 usize);
try_from_int!(u16 => i8 i16 i32 i64 i128 isize u8 u32 u64 u128 usize);
try_from_int!(u32 => i8 i16 i32 i64 i128 isize u8 u16 u64 u128 usize);
try_from_int!(u64 => i8 i16 i32 i64 i128 isize u8 u16 u32 u128 usize);
try_from_int!(u128 => i8 i16 i32 i64 i128 isize u8 u16 u32 u64 usize);
try_from_int!(usize => i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128);

// The lossless conversions std provides with `From` (and so `Into`).
macro_rules! from_lossless {
    ($src:ident => $($dst:ident)*) => {$(
        impl crate::convert::From<$src> for $dst {
            fn from(v: $src) -> $dst {
                v as $dst
            }
        }
    )*};
}

from_lossless!(u8 => u16 u32 u64 u128 usize i16 i32 i64 i128 isize f32 f64);
from_lossless!(u16 => u32 u64 u128 usize i32 i64 i128 f32 f64);
from_lossless!(u32 => u64 u128 i64 i128 f64);
from_lossless!(u64 => u128 i128);
from_lossless!(i8 => i16 i32 i64 i128 isize f32 f64);
from_lossless!(i16 => i32 i64 i128 isize f32 f64);
from_lossless!(i32 => i64 i128 f64);
from_lossless!(i64 => i128);
from_lossless!(f32 => f64);

macro_rules! from_bool {
    ($($dst:ident)*) => {$(
        impl crate::convert::From<bool> for $dst {
            fn from(b: bool) -> $dst {
                b as $dst
            }
        }
    )*};
}

from_bool!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

impl crate::convert::From<u8> for char {
    fn from(b: u8) -> char {
        b as char
    }
}

macro_rules! from_char {
    ($($dst:ident)*) => {$(
        impl crate::convert::From<char> for $dst {
            fn from(c: char) -> $dst {
                c as $dst
            }
        }
    )*};
}

from_char!(u32 u64 u128);
