//! Integer formatting: decimal, `{:x}`/`{:X}`/`{:o}`/`{:b}` of the
//! two's-complement bits, `{:x?}` debug-hex, and `{:e}`/`{:E}`.

use super::float::{pad_formatted_parts, Formatted, Part};
use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Result, UpperExp, UpperHex};
use crate::option::Option::{None, Some};

/// The ASCII digits `buf[start..]` (no range check: `start` is in bounds).
fn digits_str(buf: &[u8], start: usize) -> &str {
    unsafe {
        let p = crate::intrinsics::offset(&buf[0] as *const u8, start as isize);
        crate::intrinsics::transmute((p, buf.len() - start))
    }
}

/// Two decimal digits per entry, as `core::fmt::num` does it.
const DEC_DIGITS_LUT: &[u8; 200] = b"0001020304050607080910111213141516171819\
      2021222324252627282930313233343536373839\
      4041424344454647484950515253545556575859\
      6061626364656667686970717273747576777879\
      8081828384858687888990919293949596979899";

fn fmt_u64(mut n: u64, is_nonnegative: bool, f: &mut Formatter<'_>) -> Result {
    let mut buf = [0u8; 20];
    let mut curr = 20;
    while n >= 100 {
        let d = ((n % 100) * 2) as usize;
        n /= 100;
        curr -= 2;
        buf[curr] = DEC_DIGITS_LUT[d];
        buf[curr + 1] = DEC_DIGITS_LUT[d + 1];
    }
    if n >= 10 {
        let d = (n * 2) as usize;
        curr -= 2;
        buf[curr] = DEC_DIGITS_LUT[d];
        buf[curr + 1] = DEC_DIGITS_LUT[d + 1];
    } else {
        curr -= 1;
        buf[curr] = b'0' + n as u8;
    }
    f.pad_integral(is_nonnegative, "", digits_str(&buf, curr))
}

fn fmt_u128(mut n: u128, is_nonnegative: bool, f: &mut Formatter<'_>) -> Result {
    if n <= 0xFFFF_FFFF_FFFF_FFFF {
        return fmt_u64(n as u64, is_nonnegative, f);
    }
    let mut buf = [0u8; 39];
    let mut curr = 39;
    loop {
        curr -= 1;
        buf[curr] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    f.pad_integral(is_nonnegative, "", digits_str(&buf, curr))
}

/// `{:x}`-style output of the bits `n` in base `1 << shift`.
fn fmt_radix(mut n: u128, shift: u32, upper: bool, prefix: &str, f: &mut Formatter<'_>) -> Result {
    let mut buf = [0u8; 128];
    let mut curr = 128;
    let mask = (1u128 << shift) - 1;
    loop {
        curr -= 1;
        let d = (n & mask) as u8;
        buf[curr] = if d < 10 {
            b'0' + d
        } else if upper {
            b'A' + d - 10
        } else {
            b'a' + d - 10
        };
        n = n >> shift;
        if n == 0 {
            break;
        }
    }
    f.pad_integral(true, prefix, digits_str(&buf, curr))
}

/// Number of decimal digits of `n` minus one.
fn log10(mut n: u128) -> usize {
    let mut k = 0;
    while n >= 10 {
        n /= 10;
        k += 1;
    }
    k
}

/// `{:e}` of an integer, rounding half to even when the precision drops
/// digits (`core::fmt::num::exp_u128`).
fn fmt_exp(mut n: u128, is_nonnegative: bool, upper: bool, f: &mut Formatter<'_>) -> Result {
    let mut exponent: usize = 0;
    while n % 10 == 0 && n >= 10 {
        n /= 10;
        exponent += 1;
    }
    let (added_precision, subtracted_precision) = match f.precision() {
        Some(fmt_prec) => {
            let prec = log10(n);
            (fmt_prec.saturating_sub(prec), prec.saturating_sub(fmt_prec))
        }
        None => (0, 0),
    };
    let mut i = 1;
    while i < subtracted_precision {
        n /= 10;
        exponent += 1;
        i += 1;
    }
    if subtracted_precision != 0 {
        let rem = n % 10;
        n /= 10;
        exponent += 1;
        if rem > 5 || (rem == 5 && (n % 2 != 0 || subtracted_precision > 1)) {
            n += 1;
            if log10(n) > log10(n - 1) {
                n /= 10;
                exponent += 1;
            }
        }
    }
    let trailing_zeros = exponent;
    let mut buf = [0u8; 40];
    let mut curr = 40;
    while n >= 10 {
        curr -= 1;
        buf[curr] = (n % 10) as u8 + b'0';
        n /= 10;
        exponent += 1;
    }
    if exponent != trailing_zeros || added_precision != 0 {
        curr -= 1;
        buf[curr] = b'.';
    }
    curr -= 1;
    buf[curr] = n as u8 + b'0';
    let mut exp_buf = [0u8; 3];
    exp_buf[0] = if upper { b'E' } else { b'e' };
    let exp_len = if exponent < 10 {
        exp_buf[1] = exponent as u8 + b'0';
        2
    } else {
        exp_buf[1] = (exponent / 10) as u8 + b'0';
        exp_buf[2] = (exponent % 10) as u8 + b'0';
        3
    };
    let sign = if !is_nonnegative {
        "-"
    } else if f.sign_plus() {
        "+"
    } else {
        ""
    };
    let parts = [Part::Copy(&buf[curr..]), Part::Zero(added_precision), Part::Copy(&exp_buf[..exp_len])];
    pad_formatted_parts(f, &Formatted { sign, parts: &parts })
}

/// Decimal of a signed value of at most 64 bits.
fn dec_i64(v: i64, f: &mut Formatter<'_>) -> Result {
    if v < 0 {
        fmt_u64((v as u64).wrapping_neg(), false, f)
    } else {
        fmt_u64(v as u64, true, f)
    }
}

fn dec_u64(v: u64, f: &mut Formatter<'_>) -> Result {
    fmt_u64(v, true, f)
}

/// Decimal of a signed value.
fn dec_i(v: i128, f: &mut Formatter<'_>) -> Result {
    if v < 0 {
        fmt_u128((v as u128).wrapping_neg(), false, f)
    } else {
        fmt_u128(v as u128, true, f)
    }
}

fn exp_i(v: i128, upper: bool, f: &mut Formatter<'_>) -> Result {
    if v < 0 {
        fmt_exp((v as u128).wrapping_neg(), false, upper, f)
    } else {
        fmt_exp(v as u128, true, upper, f)
    }
}

/// `{:?}`: decimal, or hex under `{:x?}`/`{:X?}`.
fn int_debug<T: Display + LowerHex + UpperHex>(v: &T, f: &mut Formatter<'_>) -> Result {
    if f.debug_lower_hex() {
        LowerHex::fmt(v, f)
    } else if f.debug_upper_hex() {
        UpperHex::fmt(v, f)
    } else {
        Display::fmt(v, f)
    }
}

// One invocation per type: `$dec` takes the value as `$narrow`, `$exp`
// as `$wide`; the radix forms format the two's-complement bits.
macro_rules! int_impls {
    ($t:ident, $u:ident, $narrow:ident, $dec:ident, $wide:ident, $exp:ident) => {
        impl Display for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                $dec(*self as $narrow, f)
            }
        }
        impl Debug for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                int_debug(self, f)
            }
        }
        impl LowerHex for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 4, false, "0x", f)
            }
        }
        impl UpperHex for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 4, true, "0x", f)
            }
        }
        impl Octal for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 3, false, "0o", f)
            }
        }
        impl Binary for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 1, false, "0b", f)
            }
        }
        impl LowerExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                $exp(*self as $wide, false, f)
            }
        }
        impl UpperExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                $exp(*self as $wide, true, f)
            }
        }
    };
}

fn dec_u(v: u128, f: &mut Formatter<'_>) -> Result {
    fmt_u128(v, true, f)
}

fn exp_u(v: u128, upper: bool, f: &mut Formatter<'_>) -> Result {
    fmt_exp(v, true, upper, f)
}

int_impls!(i8, u8, i64, dec_i64, i128, exp_i);
int_impls!(i16, u16, i64, dec_i64, i128, exp_i);
int_impls!(i32, u32, i64, dec_i64, i128, exp_i);
int_impls!(i64, u64, i64, dec_i64, i128, exp_i);
int_impls!(i128, u128, i128, dec_i, i128, exp_i);
int_impls!(isize, usize, i64, dec_i64, i128, exp_i);
int_impls!(u8, u8, u64, dec_u64, u128, exp_u);
int_impls!(u16, u16, u64, dec_u64, u128, exp_u);
int_impls!(u32, u32, u64, dec_u64, u128, exp_u);
int_impls!(u64, u64, u64, dec_u64, u128, exp_u);
int_impls!(u128, u128, u128, dec_u, u128, exp_u);
int_impls!(usize, usize, u64, dec_u64, u128, exp_u);
