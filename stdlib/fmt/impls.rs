//! Formatting of the primitive and core types: `bool`, `str`, `char`,
//! references, raw pointers, `()`, tuples, arrays, slices and ranges.

use super::unicode::{escape_debug, needs_escape_in_str};
use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Pointer, Result};
use super::{UpperExp, UpperHex, ALTERNATE, ZERO_PAD};
use crate::option::Option::Some;
use crate::result::Result::Ok;

impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(if *self { "true" } else { "false" })
    }
}

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}

impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(self)
    }
}

/// The char starting at `bytes[i]` and its length.
fn decode_utf8(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = bytes[i] as u32;
    let (code, len) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        ((b0 & 0x1F) << 6 | (bytes[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        ((b0 & 0x0F) << 12 | (bytes[i + 1] as u32 & 0x3F) << 6 | (bytes[i + 2] as u32 & 0x3F), 3)
    } else {
        (
            (b0 & 0x07) << 18
                | (bytes[i + 1] as u32 & 0x3F) << 12
                | (bytes[i + 2] as u32 & 0x3F) << 6
                | (bytes[i + 3] as u32 & 0x3F),
            4,
        )
    };
    (unsafe { crate::intrinsics::transmute::<u32, char>(code) }, len)
}

impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        tri!(f.write_char('"'));
        let bytes = self.as_bytes();
        let mut from = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b >= 0x20 && b < 0x7F && b != b'\\' && b != b'"' {
                i += 1;
                continue;
            }
            let (c, len) = decode_utf8(bytes, i);
            if needs_escape_in_str(c) {
                tri!(f.write_str(unsafe { crate::str::from_utf8_unchecked(&bytes[from..i]) }));
                tri!(escape_debug(f, c, true));
                from = i + len;
            }
            i += len;
        }
        tri!(f.write_str(unsafe { crate::str::from_utf8_unchecked(&bytes[from..]) }));
        f.write_char('"')
    }
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        if f.width.is_none() && f.precision.is_none() {
            f.write_char(*self)
        } else {
            let mut buf = [0u8; 4];
            f.pad(super::encode_utf8(*self, &mut buf))
        }
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        tri!(f.write_char('\''));
        tri!(escape_debug(f, *self, false));
        f.write_char('\'')
    }
}

macro_rules! fmt_refs {
    ($($tr:ident),*) => {
        $(
            impl<T: ?Sized + $tr> $tr for &T {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    $tr::fmt(&**self, f)
                }
            }

            impl<T: ?Sized + $tr> $tr for &mut T {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    $tr::fmt(&**self, f)
                }
            }
        )*
    };
}

fmt_refs! { Debug, Display, Octal, Binary, LowerHex, UpperHex, LowerExp, UpperExp }

/// `{:p}` and `{:?}` of pointers: the address in hex with `0x`; `#`
/// zero-extends it to the pointer width.
fn pointer_fmt_inner(addr: usize, f: &mut Formatter<'_>) -> Result {
    let old_width = f.width;
    let old_flags = f.flags;
    if f.alternate() {
        f.flags = f.flags | ZERO_PAD;
        if f.width.is_none() {
            f.width = Some(18);
        }
    }
    f.flags = f.flags | ALTERNATE;
    let ret = LowerHex::fmt(&addr, f);
    f.width = old_width;
    f.flags = old_flags;
    ret
}

impl<T: ?Sized> Pointer for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        pointer_fmt_inner(*self as *const u8 as usize, f)
    }
}

impl<T: ?Sized> Pointer for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        pointer_fmt_inner(*self as *const u8 as usize, f)
    }
}

impl<T: ?Sized> Pointer for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(*self as *const T), f)
    }
}

impl<T: ?Sized> Pointer for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(&**self as *const T), f)
    }
}

impl<T: ?Sized> Debug for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

impl<T: ?Sized> Debug for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad("()")
    }
}

macro_rules! tuple_debug {
    ($(($($name:ident $idx:tt),+))*) => {
        $(
            impl<$($name: Debug),+> Debug for ($($name,)+) {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let mut builder = f.debug_tuple("");
                    $(builder.field(&self.$idx);)+
                    builder.finish()
                }
            }
        )*
    };
}

tuple_debug! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}

impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let mut list = f.debug_list();
        let mut i = 0;
        while i < self.len() {
            list.entry(&self[i]);
            i += 1;
        }
        list.finish()
    }
}

impl<T: Debug, const N: usize> Debug for [T; N] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&self[..], f)
    }
}

impl<Idx: Debug> Debug for crate::ops::Range<Idx> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        tri!(self.start.fmt(f));
        tri!(f.write_str(".."));
        self.end.fmt(f)
    }
}

impl<Idx: Debug> Debug for crate::ops::RangeInclusive<Idx> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        tri!(self.start.fmt(f));
        tri!(f.write_str("..="));
        tri!(self.end.fmt(f));
        if self.exhausted {
            tri!(f.write_str(" (exhausted)"));
        }
        Ok(())
    }
}

impl<Idx: Debug> Debug for crate::ops::RangeFrom<Idx> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        tri!(self.start.fmt(f));
        f.write_str("..")
    }
}

impl<Idx: Debug> Debug for crate::ops::RangeTo<Idx> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        tri!(f.write_str(".."));
        self.end.fmt(f)
    }
}

impl Debug for crate::ops::RangeFull {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str("..")
    }
}
