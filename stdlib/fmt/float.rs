//! Float formatting as `core::fmt::float` and `flt2dec` do it: the
//! `float_to_digits` intrinsic supplies the decimal digits and exponent
//! (shortest round-trip, or exact to a number of significant or fractional
//! digits); this module lays them out as parts (`0.`, zeros, digits, `e-7`)
//! and pads them with the formatter's options.

use super::{Debug, Display, Formatter, LowerExp, Result, UpperExp, ALIGN_RIGHT};
use crate::intrinsics;
use crate::option::Option::{None, Some};

/// A piece of formatted number.
pub(crate) enum Part<'a> {
    /// That many `0`s.
    Zero(usize),
    /// A small decimal number (an exponent).
    Num(u16),
    Copy(&'a [u8]),
}

impl Part<'_> {
    fn len(&self) -> usize {
        match *self {
            Part::Zero(n) => n,
            Part::Num(v) => {
                if v < 10 {
                    1
                } else if v < 100 {
                    2
                } else if v < 1000 {
                    3
                } else if v < 10000 {
                    4
                } else {
                    5
                }
            }
            Part::Copy(buf) => buf.len(),
        }
    }

    fn write(&self, f: &mut Formatter<'_>) -> Result {
        match *self {
            Part::Zero(mut n) => {
                const ZEROES: &str = "0000000000000000000000000000000000000000000000000000000000000000";
                while n > ZEROES.len() {
                    tri!(f.write_str(ZEROES));
                    n -= ZEROES.len();
                }
                if n > 0 {
                    tri!(f.write_str(unsafe { crate::str::from_utf8_unchecked(&ZEROES.as_bytes()[..n]) }));
                }
                Ok(())
            }
            Part::Num(mut v) => {
                let mut buf = [0u8; 5];
                let len = self.len();
                let mut i = len;
                while i > 0 {
                    i -= 1;
                    buf[i] = b'0' + (v % 10) as u8;
                    v /= 10;
                }
                f.write_str(unsafe { crate::str::from_utf8_unchecked(&buf[..len]) })
            }
            Part::Copy(buf) => f.write_str(unsafe { crate::str::from_utf8_unchecked(buf) }),
        }
    }
}

/// A sign and the parts that follow it.
pub(crate) struct Formatted<'a> {
    pub sign: &'static str,
    pub parts: &'a [Part<'a>],
}

fn write_parts(f: &mut Formatter<'_>, sign: &str, parts: &[Part<'_>]) -> Result {
    if sign.len() != 0 {
        tri!(f.write_str(sign));
    }
    let mut i = 0;
    while i < parts.len() {
        tri!(parts[i].write(f));
        i += 1;
    }
    Ok(())
}

/// `Formatter::pad_formatted_parts`: `0` pads after the sign.
pub(crate) fn pad_formatted_parts(f: &mut Formatter<'_>, formatted: &Formatted<'_>) -> Result {
    let mut width = match f.width {
        Some(w) => w,
        None => return write_parts(f, formatted.sign, formatted.parts),
    };
    let mut sign = formatted.sign;
    let old_fill = f.fill;
    let old_align = f.align;
    if f.sign_aware_zero_pad() {
        tri!(f.write_str(sign));
        width = width.saturating_sub(sign.len());
        sign = "";
        f.fill = '0';
        f.align = ALIGN_RIGHT;
    }
    let mut len = sign.len();
    let mut i = 0;
    while i < formatted.parts.len() {
        len += formatted.parts[i].len();
        i += 1;
    }
    let ret = if width <= len {
        write_parts(f, sign, formatted.parts)
    } else {
        let post = tri!(f.padding(width - len, ALIGN_RIGHT));
        tri!(write_parts(f, sign, formatted.parts));
        post.write(f)
    };
    f.fill = old_fill;
    f.align = old_align;
    ret
}

// What a float is, as `flt2dec::decode` classifies it.
const NAN: u8 = 0;
const INFINITE: u8 = 1;
const ZERO: u8 = 2;
const FINITE: u8 = 3;

// `float_to_digits` modes.
const SHORTEST: u32 = 0;
const EXACT_DIGITS: u32 = 1;
const EXACT_FIXED: u32 = 2;

/// A float's classification, sign bit and value.
struct Decoded<T> {
    kind: u8,
    negative: bool,
    value: T,
}

fn sign_str(kind: u8, negative: bool, plus: bool) -> &'static str {
    if kind == NAN {
        ""
    } else if negative {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

/// Digits and exponent `exp` of the value: `0.d1d2... * 10^exp`.
fn digits<T: Copy>(v: T, mode: u32, count: usize, buf: &mut [u8]) -> (usize, i32) {
    let mut exp: i32 = 0;
    let n = unsafe { intrinsics::float_to_digits(v, mode, count, &mut buf[0] as *mut u8, buf.len(), &mut exp as *mut i32) };
    (n, exp)
}

/// `flt2dec::digits_to_dec_str`.
fn dec_parts<'a>(buf: &'a [u8], exp: i32, frac_digits: usize, parts: &mut [Part<'a>; 4]) -> usize {
    if exp <= 0 {
        let minus_exp = (-exp) as usize;
        parts[0] = Part::Copy(b"0.");
        parts[1] = Part::Zero(minus_exp);
        parts[2] = Part::Copy(buf);
        if frac_digits > buf.len() && frac_digits - buf.len() > minus_exp {
            parts[3] = Part::Zero((frac_digits - buf.len()) - minus_exp);
            4
        } else {
            3
        }
    } else {
        let exp = exp as usize;
        if exp < buf.len() {
            parts[0] = Part::Copy(&buf[..exp]);
            parts[1] = Part::Copy(b".");
            parts[2] = Part::Copy(&buf[exp..]);
            if frac_digits > buf.len() - exp {
                parts[3] = Part::Zero(frac_digits - (buf.len() - exp));
                4
            } else {
                3
            }
        } else {
            parts[0] = Part::Copy(buf);
            parts[1] = Part::Zero(exp - buf.len());
            if frac_digits > 0 {
                parts[2] = Part::Copy(b".");
                parts[3] = Part::Zero(frac_digits);
                4
            } else {
                2
            }
        }
    }
}

/// `flt2dec::digits_to_exp_str`.
fn exp_parts<'a>(buf: &'a [u8], exp: i32, min_ndigits: usize, upper: bool, parts: &mut [Part<'a>; 6]) -> usize {
    let mut n = 0;
    parts[n] = Part::Copy(&buf[..1]);
    n += 1;
    if buf.len() > 1 || min_ndigits > 1 {
        parts[n] = Part::Copy(b".");
        parts[n + 1] = Part::Copy(&buf[1..]);
        n += 2;
        if min_ndigits > buf.len() {
            parts[n] = Part::Zero(min_ndigits - buf.len());
            n += 1;
        }
    }
    let exp = exp - 1;
    if exp < 0 {
        parts[n] = Part::Copy(if upper { b"E-" } else { b"e-" });
        parts[n + 1] = Part::Num((-exp) as u16);
    } else {
        parts[n] = Part::Copy(if upper { b"E" } else { b"e" });
        parts[n + 1] = Part::Num(exp as u16);
    }
    n + 2
}

fn special(kind: u8) -> &'static [u8] {
    if kind == NAN {
        b"NaN"
    } else {
        b"inf"
    }
}

/// Zero with `frac_digits` fractional zeros (`0`, `0.000`).
fn zero_dec(frac_digits: usize, parts: &mut [Part<'_>; 4]) -> usize {
    if frac_digits > 0 {
        parts[0] = Part::Copy(b"0.");
        parts[1] = Part::Zero(frac_digits);
        2
    } else {
        parts[0] = Part::Copy(b"0");
        1
    }
}

/// Shortest decimal form with at least `frac_digits` fractional digits.
fn decimal_shortest<T: Copy>(f: &mut Formatter<'_>, d: &Decoded<T>, frac_digits: usize) -> Result {
    let sign = sign_str(d.kind, d.negative, f.sign_plus());
    let mut buf = [0u8; 17];
    let mut parts = [Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0)];
    let n = if d.kind == NAN || d.kind == INFINITE {
        parts[0] = Part::Copy(special(d.kind));
        1
    } else if d.kind == ZERO {
        zero_dec(frac_digits, &mut parts)
    } else {
        let (len, exp) = digits(d.value, SHORTEST, 0, &mut buf);
        dec_parts(&buf[..len], exp, frac_digits, &mut parts)
    };
    pad_formatted_parts(f, &Formatted { sign, parts: &parts[..n] })
}

/// Exactly `frac_digits` fractional digits.
fn decimal_exact<T: Copy>(f: &mut Formatter<'_>, d: &Decoded<T>, frac_digits: usize) -> Result {
    let sign = sign_str(d.kind, d.negative, f.sign_plus());
    let mut buf = [0u8; 1024];
    let mut parts = [Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0)];
    let n = if d.kind == NAN || d.kind == INFINITE {
        parts[0] = Part::Copy(special(d.kind));
        1
    } else if d.kind == ZERO {
        zero_dec(frac_digits, &mut parts)
    } else {
        let (len, exp) = digits(d.value, EXACT_FIXED, frac_digits, &mut buf);
        if len == 0 {
            zero_dec(frac_digits, &mut parts)
        } else {
            dec_parts(&buf[..len], exp, frac_digits, &mut parts)
        }
    };
    pad_formatted_parts(f, &Formatted { sign, parts: &parts[..n] })
}

/// Shortest exponential form.
fn exp_shortest<T: Copy>(f: &mut Formatter<'_>, d: &Decoded<T>, upper: bool) -> Result {
    let sign = sign_str(d.kind, d.negative, f.sign_plus());
    let mut buf = [0u8; 17];
    let mut parts = [Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0)];
    let n = if d.kind == NAN || d.kind == INFINITE {
        parts[0] = Part::Copy(special(d.kind));
        1
    } else if d.kind == ZERO {
        parts[0] = Part::Copy(if upper { b"0E0" } else { b"0e0" });
        1
    } else {
        let (len, exp) = digits(d.value, SHORTEST, 0, &mut buf);
        exp_parts(&buf[..len], exp, 0, upper, &mut parts)
    };
    pad_formatted_parts(f, &Formatted { sign, parts: &parts[..n] })
}

/// Exponential form with exactly `ndigits` significant digits.
fn exp_exact<T: Copy>(f: &mut Formatter<'_>, d: &Decoded<T>, ndigits: usize, upper: bool) -> Result {
    let sign = sign_str(d.kind, d.negative, f.sign_plus());
    let mut buf = [0u8; 1024];
    let mut parts = [Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0), Part::Zero(0)];
    let n = if d.kind == NAN || d.kind == INFINITE {
        parts[0] = Part::Copy(special(d.kind));
        1
    } else if d.kind == ZERO {
        if ndigits > 1 {
            parts[0] = Part::Copy(b"0.");
            parts[1] = Part::Zero(ndigits - 1);
            parts[2] = Part::Copy(if upper { b"E0" } else { b"e0" });
            3
        } else {
            parts[0] = Part::Copy(if upper { b"0E0" } else { b"0e0" });
            1
        }
    } else {
        let (len, exp) = digits(d.value, EXACT_DIGITS, ndigits, &mut buf);
        exp_parts(&buf[..len], exp, ndigits, upper, &mut parts)
    };
    pad_formatted_parts(f, &Formatted { sign, parts: &parts[..n] })
}

fn display<T: Copy>(f: &mut Formatter<'_>, d: &Decoded<T>) -> Result {
    match f.precision {
        Some(p) => decimal_exact(f, d, p),
        None => decimal_shortest(f, d, 0),
    }
}

fn debug<T: Copy>(f: &mut Formatter<'_>, d: &Decoded<T>, use_exp: bool) -> Result {
    match f.precision {
        Some(p) => decimal_exact(f, d, p),
        None if use_exp => exp_shortest(f, d, false),
        None => decimal_shortest(f, d, 1),
    }
}

fn exponential<T: Copy>(f: &mut Formatter<'_>, d: &Decoded<T>, upper: bool) -> Result {
    match f.precision {
        Some(p) => exp_exact(f, d, p + 1, upper),
        None => exp_shortest(f, d, upper),
    }
}

macro_rules! float_impls {
    ($($t:ident)*) => {
        $(
            impl Decoded<$t> {
                fn of(x: $t) -> Decoded<$t> {
                    let kind = if x != x {
                        NAN
                    } else if x == $t::INFINITY || x == $t::NEG_INFINITY {
                        INFINITE
                    } else if x == 0.0 {
                        ZERO
                    } else {
                        FINITE
                    };
                    Decoded { kind, negative: x.is_sign_negative(), value: x }
                }
            }

            impl Display for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    display(f, &Decoded::<$t>::of(*self))
                }
            }

            impl Debug for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let abs = self.abs();
                    let use_exp = (abs != 0.0 && abs < 1e-4) || abs >= 1e16;
                    debug(f, &Decoded::<$t>::of(*self), use_exp)
                }
            }

            impl LowerExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    exponential(f, &Decoded::<$t>::of(*self), false)
                }
            }

            impl UpperExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    exponential(f, &Decoded::<$t>::of(*self), true)
                }
            }
        )*
    };
}

float_impls! { f32 f64 }
