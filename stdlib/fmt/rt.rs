//! What `format_args!` lowers to: the compiler builds `Arguments` by
//! calling these lang-item functions (pieces, type-erased arguments and,
//! when a placeholder has options, one `Placeholder` per argument).

use super::{Arguments, Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Opaque};
use super::{Pointer, Result, UpperExp, UpperHex};
use crate::option::Option::{None, Some};

/// A width or precision.
pub enum Count {
    Is(usize),
    /// Taken from the argument at this index.
    Param(usize),
    Implied,
}

/// The options of one `{...}` placeholder.
pub struct Placeholder {
    pub position: usize,
    pub fill: char,
    pub align: u8,
    pub flags: u32,
    pub precision: Count,
    pub width: Count,
}

/// A type-erased argument: a pointer to the value and the function that
/// formats it with the trait its placeholder asked for.
pub struct Argument<'a> {
    value: &'a Opaque,
    formatter: fn(&Opaque, &mut Formatter<'_>) -> Result,
}

impl Copy for Argument<'_> {}

impl crate::clone::Clone for Argument<'_> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<'a> Argument<'a> {
    fn new<T>(x: &'a T, f: fn(&T, &mut Formatter<'_>) -> Result) -> Argument<'a> {
        unsafe {
            Argument {
                value: crate::intrinsics::transmute(x),
                formatter: crate::intrinsics::transmute(f),
            }
        }
    }

    pub(crate) fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        (self.formatter)(self.value, f)
    }

    /// The value of a width or precision argument (made by `from_usize`).
    pub(crate) fn as_usize(&self) -> usize {
        unsafe { *(self.value as *const Opaque as *const usize) }
    }
}

macro_rules! argument_ctors {
    ($($lang:literal $name:ident $trait_:ident;)*) => {
        $(
            #[lang = $lang]
            pub fn $name<'a, T: $trait_>(x: &'a T) -> Argument<'a> {
                Argument::new(x, <T as $trait_>::fmt)
            }
        )*
    };
}

argument_ctors! {
    "format_argument_display" new_display Display;
    "format_argument_debug" new_debug Debug;
    "format_argument_lower_hex" new_lower_hex LowerHex;
    "format_argument_upper_hex" new_upper_hex UpperHex;
    "format_argument_octal" new_octal Octal;
    "format_argument_binary" new_binary Binary;
    "format_argument_lower_exp" new_lower_exp LowerExp;
    "format_argument_upper_exp" new_upper_exp UpperExp;
    "format_argument_pointer" new_pointer Pointer;
}

/// A width or precision argument.
#[lang = "format_argument_usize"]
pub fn from_usize<'a>(x: &'a usize) -> Argument<'a> {
    Argument::new(x, <usize as Display>::fmt)
}

/// Arguments with only default placeholders, in order.
#[lang = "format_arguments_new"]
pub fn new_v1<'a>(pieces: &'a [&'static str], args: &'a [Argument<'a>]) -> Arguments<'a> {
    Arguments { pieces, fmt: None, args }
}

#[lang = "format_arguments_new_formatted"]
pub fn new_v1_formatted<'a>(
    pieces: &'a [&'static str],
    args: &'a [Argument<'a>],
    placeholders: &'a [Placeholder],
) -> Arguments<'a> {
    Arguments { pieces, fmt: Some(placeholders), args }
}

/// A placeholder; counts are (kind, value) with kind 0 `Is`, 1 `Param`,
/// 2 `Implied`.
#[lang = "format_placeholder"]
pub fn placeholder(
    position: usize,
    fill: char,
    align: u8,
    flags: u32,
    precision_kind: u8,
    precision: usize,
    width_kind: u8,
    width: usize,
) -> Placeholder {
    Placeholder {
        position,
        fill,
        align,
        flags,
        precision: count(precision_kind, precision),
        width: count(width_kind, width),
    }
}

fn count(kind: u8, n: usize) -> Count {
    match kind {
        0 => Count::Is(n),
        1 => Count::Param(n),
        _ => Count::Implied,
    }
}
