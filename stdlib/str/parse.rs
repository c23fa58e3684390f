//! `str::parse`: the `FromStr` trait and its impls for numbers, `bool`,
//! `char` and `String`, with std's error types.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::string::String;

pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

/// Why an integer failed to parse (std's `num::IntErrorKind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }

    /// The text `Display` shows.
    pub fn __description(&self) -> &str {
        match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        }
    }
}

impl crate::fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str(self.__description())
    }
}

fn int_error(kind: IntErrorKind) -> ParseIntError {
    ParseIntError { kind }
}

/// The digits of an integer literal: sign, then magnitude digits checked
/// one at a time, as std's `from_str_radix`.
fn split_sign(s: &str, signed: bool) -> Result<(bool, &[u8]), ParseIntError> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(int_error(IntErrorKind::Empty));
    }
    let (negative, digits) = match bytes[0] {
        b'+' | b'-' if bytes.len() == 1 => return Err(int_error(IntErrorKind::InvalidDigit)),
        b'+' => (false, bytes.index_range_from(1..)),
        b'-' if signed => (true, bytes.index_range_from(1..)),
        _ => (false, bytes),
    };
    Ok((negative, digits))
}

fn digit_value(b: u8, radix: u32) -> Option<u32> {
    (b as char).to_digit(radix)
}

macro_rules! from_str_int {
    ($($t:ident $signed:expr),*) => {
        $(
            impl FromStr for $t {
                type Err = ParseIntError;
                fn from_str(s: &str) -> Result<$t, ParseIntError> {
                    $t::from_str_radix(s, 10)
                }
            }

            impl $t {
                pub fn from_str_radix(s: &str, radix: u32) -> Result<$t, ParseIntError> {
                    let (negative, digits) = match split_sign(s, $signed) {
                        Ok(pair) => pair,
                        Err(e) => return Err(e),
                    };
                    let mut value: $t = 0;
                    let mut i = 0;
                    while i < digits.len() {
                        let Some(d) = digit_value(digits[i], radix) else {
                            return Err(int_error(IntErrorKind::InvalidDigit));
                        };
                        let Some(shifted) = value.checked_mul(radix as $t) else {
                            return Err(int_error(if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow }));
                        };
                        let next = if negative { shifted.checked_sub(d as $t) } else { shifted.checked_add(d as $t) };
                        let Some(next) = next else {
                            return Err(int_error(if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow }));
                        };
                        value = next;
                        i += 1;
                    }
                    Ok(value)
                }
            }
        )*
    };
}

from_str_int! {
    i8 true, i16 true, i32 true, i64 true, i128 true, isize true,
    u8 false, u16 false, u32 false, u64 false, u128 false, usize false
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

/// Why a float failed to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

impl ParseFloatError {
    /// The text `Display` shows.
    pub fn __description(&self) -> &str {
        match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        }
    }
}

impl crate::fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str(self.__description())
    }
}

/// Parses a decimal float: exact (correctly rounded) when the significant
/// digits fit in 2^53 and the power of ten in 10^22 (Clinger's fast path);
/// otherwise by repeated scaling, which may be off by an ulp.
fn parse_f64(s: &str) -> Result<f64, ParseFloatError> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(ParseFloatError { kind: FloatErrorKind::Empty });
    }
    let invalid = ParseFloatError { kind: FloatErrorKind::Invalid };
    let mut i = 0;
    let negative = bytes[0] == b'-';
    if bytes[0] == b'-' || bytes[0] == b'+' {
        i = 1;
    }
    let rest = unsafe { s.get_unchecked(i, s.len()) };
    if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        return Ok(if negative { -f64::INFINITY } else { f64::INFINITY });
    }
    if rest.eq_ignore_ascii_case("nan") {
        return Ok(f64::NAN);
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut dropped_exp: i32 = 0;
    let mut exp10: i32 = 0;
    let mut any_digit = false;
    while i < bytes.len() && bytes[i] >= b'0' && bytes[i] <= b'9' {
        any_digit = true;
        if digits < 19 {
            mantissa = mantissa * 10 + (bytes[i] - b'0') as u64;
            if mantissa != 0 {
                digits += 1;
            }
        } else {
            dropped_exp += 1;
        }
        i += 1;
    }
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        while i < bytes.len() && bytes[i] >= b'0' && bytes[i] <= b'9' {
            any_digit = true;
            if digits < 19 {
                mantissa = mantissa * 10 + (bytes[i] - b'0') as u64;
                if mantissa != 0 {
                    digits += 1;
                }
                exp10 -= 1;
            }
            i += 1;
        }
    }
    if !any_digit {
        return Err(invalid);
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        let mut exp_negative = false;
        if i < bytes.len() && (bytes[i] == b'-' || bytes[i] == b'+') {
            exp_negative = bytes[i] == b'-';
            i += 1;
        }
        if i == bytes.len() {
            return Err(invalid);
        }
        let mut e: i32 = 0;
        while i < bytes.len() && bytes[i] >= b'0' && bytes[i] <= b'9' {
            if e < 100000 {
                e = e * 10 + (bytes[i] - b'0') as i32;
            }
            i += 1;
        }
        exp10 += if exp_negative { -e } else { e };
    }
    if i != bytes.len() {
        return Err(invalid);
    }
    let exp = exp10 + dropped_exp;
    let value = scale(mantissa, exp);
    Ok(if negative { -value } else { value })
}

/// `mantissa * 10^exp` in f64.
fn scale(mantissa: u64, exp: i32) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let m = mantissa as f64;
    if mantissa < (1u64 << 53) && exp >= -22 && exp <= 22 {
        let p = pow10(if exp < 0 { -exp } else { exp });
        return if exp < 0 { m / p } else { m * p };
    }
    let mut value = m;
    let mut e = exp;
    while e > 22 {
        value *= 1e22;
        e -= 22;
    }
    while e < -22 {
        value /= 1e22;
        e += 22;
    }
    if e < 0 { value / pow10(-e) } else { value * pow10(e) }
}

fn pow10(n: i32) -> f64 {
    let mut p = 1.0;
    let mut i = 0;
    while i < n {
        p *= 10.0;
        i += 1;
    }
    p
}

impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        parse_f64(s)
    }
}

impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        match parse_f64(s) {
            Ok(v) => Ok(v as f32),
            Err(e) => Err(e),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl ParseBoolError {
    pub fn __description(&self) -> &str {
        "provided string was not `true` or `false`"
    }
}

impl crate::fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str(self.__description())
    }
}

impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if s == "true" {
            Ok(true)
        } else if s == "false" {
            Ok(false)
        } else {
            Err(ParseBoolError)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

impl ParseCharError {
    pub fn __description(&self) -> &str {
        match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        }
    }
}

impl crate::fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str(self.__description())
    }
}

impl FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        if s.is_empty() {
            return Err(ParseCharError { kind: CharErrorKind::EmptyString });
        }
        let (c, n) = s.char_at(0);
        if n == s.len() { Ok(c) } else { Err(ParseCharError { kind: CharErrorKind::TooManyChars }) }
    }
}

impl FromStr for String {
    type Err = crate::convert::Infallible;
    fn from_str(s: &str) -> Result<String, crate::convert::Infallible> {
        Ok(String::from(s))
    }
}
