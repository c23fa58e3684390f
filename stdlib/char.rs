//! Methods of `char`.

use crate::option::Option::{self, None, Some};

impl char {
    pub const MAX: char = '\u{10FFFF}';
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 128
    }
    pub fn is_ascii_digit(&self) -> bool {
        *self >= '0' && *self <= '9'
    }
    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 'a' && *self <= 'f') || (*self >= 'A' && *self <= 'F')
    }
    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= 'a' && *self <= 'z'
    }
    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= 'A' && *self <= 'Z'
    }
    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_lowercase() || self.is_ascii_uppercase()
    }
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == ' ' || *self == '\t' || *self == '\n' || *self == '\r' || *self == '\x0C'
    }
    pub fn is_ascii_punctuation(&self) -> bool {
        let c = *self as u32;
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
    }
    pub fn is_ascii_graphic(&self) -> bool {
        let c = *self as u32;
        c >= 33 && c <= 126
    }
    pub fn is_ascii_control(&self) -> bool {
        let c = *self as u32;
        c < 32 || c == 127
    }
    /// The upper case of `self`, as an iterator of one to three chars
    /// (`'ß'` gives `"SS"`); coverage as `str::to_uppercase`.
    pub fn to_uppercase(self) -> ToUppercase {
        let mut s = crate::string::String::new();
        push_uppercase(&mut s, self);
        ToUppercase(CaseMapping::from_str(s.as_str()))
    }
    pub fn to_lowercase(self) -> ToLowercase {
        let mut s = crate::string::String::new();
        push_lowercase(&mut s, self);
        ToLowercase(CaseMapping::from_str(s.as_str()))
    }
    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u8) - 32) as char } else { *self }
    }
    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u8) + 32) as char } else { *self }
    }
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
    pub fn is_alphabetic(self) -> bool {
        self.is_ascii_alphabetic() || (self as u32 > 127 && !self.is_whitespace())
    }
    pub fn is_numeric(self) -> bool {
        self.is_ascii_digit()
    }
    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }
    pub fn is_lowercase(self) -> bool {
        self.is_ascii_lowercase()
    }
    pub fn is_uppercase(self) -> bool {
        self.is_ascii_uppercase()
    }
    pub fn is_whitespace(self) -> bool {
        match self {
            ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C' => true,
            '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => true,
            '\u{2000}'..='\u{200A}' => true,
            _ => false,
        }
    }
    pub fn is_control(self) -> bool {
        let c = self as u32;
        c < 32 || (c >= 127 && c < 160)
    }
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        let c = self as u32;
        let digit = if c >= 48 && c <= 57 {
            c - 48
        } else if c >= 97 && c <= 122 {
            c - 97 + 10
        } else if c >= 65 && c <= 90 {
            c - 65 + 10
        } else {
            return None;
        };
        if digit < radix { Some(digit) } else { None }
    }
    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        if num >= radix {
            return None;
        }
        if num < 10 { Some((48 + num) as u8 as char) } else { Some((97 + num - 10) as u8 as char) }
    }
    pub fn from_u32(i: u32) -> Option<char> {
        if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) { None } else { Some(unsafe { crate::intrinsics::transmute(i) }) }
    }
    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 { 1 } else if c < 0x800 { 2 } else if c < 0x10000 { 3 } else { 4 }
    }
}

/// Pushes the upper case of `c` (see `str::to_uppercase` for coverage).
pub(crate) fn push_uppercase(s: &mut crate::string::String, c: char) {
    let u = c as u32;
    let mapped = match u {
        0x61..=0x7A => u - 32,
        0xB5 => 0x39C,
        0xDF => {
            s.push('S');
            s.push('S');
            return;
        }
        0xE0..=0xFE if u != 0xF7 => u - 32,
        0xFF => 0x178,
        0x100..=0x17F if is_latin_ext_a_pair(u) && u % 2 != pair_parity(u) => u - 1,
        0x3B1..=0x3C9 if u != 0x3C2 => u - 32,
        0x3C2 => 0x3A3,
        0x430..=0x44F => u - 32,
        0x450..=0x45F => u - 80,
        _ => u,
    };
    s.push(unsafe { crate::intrinsics::transmute::<u32, char>(mapped) });
}

/// Pushes the lower case of `c`.
pub(crate) fn push_lowercase(s: &mut crate::string::String, c: char) {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A => u + 32,
        0xC0..=0xDE if u != 0xD7 => u + 32,
        0x178 => 0xFF,
        0x100..=0x17F if is_latin_ext_a_pair(u) && u % 2 == pair_parity(u) => u + 1,
        0x391..=0x3A9 if u != 0x3A2 => u + 32,
        0x410..=0x42F => u + 32,
        0x400..=0x40F => u + 80,
        _ => u,
    };
    s.push(unsafe { crate::intrinsics::transmute::<u32, char>(mapped) });
}

/// Latin Extended-A letters come in upper/lower pairs, except a few.
fn is_latin_ext_a_pair(u: u32) -> bool {
    !(u == 0x130 || u == 0x131 || u == 0x138 || u == 0x149 || u == 0x17F || u == 0x178)
}

/// Parity of the upper-case member of the pair holding `u`: even below
/// U+0138 and from U+014A, odd in U+0139..U+0148 and from U+0179.
fn pair_parity(u: u32) -> u32 {
    if (u >= 0x139 && u <= 0x148) || u >= 0x179 { 1 } else { 0 }
}

/// Pushes `c` as `{:?}` shows it: quoted, with std's escapes.
pub(crate) fn push_debug(s: &mut crate::string::String, c: char) {
    s.push('\'');
    match c {
        '\0' => s.push_str("\\0"),
        '\t' => s.push_str("\\t"),
        '\r' => s.push_str("\\r"),
        '\n' => s.push_str("\\n"),
        '\\' => s.push_str("\\\\"),
        '\'' => s.push_str("\\'"),
        _ if needs_unicode_escape(c as u32) => {
            s.push_str("\\u{");
            let u = c as u32;
            let mut started = false;
            let mut shift = 20;
            loop {
                let d = (u >> shift) & 0xF;
                if d != 0 || started || shift == 0 {
                    started = true;
                    s.push(crate::char::from_hex_digit(d));
                }
                if shift == 0 {
                    break;
                }
                shift -= 4;
            }
            s.push('}');
        }
        _ => s.push(c),
    }
    s.push('\'');
}

fn from_hex_digit(d: u32) -> char {
    if d < 10 { (b'0' + d as u8) as char } else { (b'a' + (d - 10) as u8) as char }
}

/// Control characters, combining marks and format characters are shown
/// as `\u{..}` (a subset of std's printable/grapheme-extend tables).
fn needs_unicode_escape(u: u32) -> bool {
    u < 0x20
        || (u >= 0x7F && u <= 0xA0)
        || u == 0xAD
        || (u >= 0x300 && u <= 0x36F)
        || (u >= 0x200B && u <= 0x200F)
        || (u >= 0x2028 && u <= 0x202E)
        || (u >= 0x2060 && u <= 0x2064)
        || u == 0xFEFF
}

impl u8 {
    pub fn is_ascii(&self) -> bool {
        *self < 128
    }
    pub fn is_ascii_digit(&self) -> bool {
        *self >= b'0' && *self <= b'9'
    }
    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= b'a' && *self <= b'z'
    }
    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= b'A' && *self <= b'Z'
    }
    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_lowercase() || self.is_ascii_uppercase()
    }
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == b' ' || *self == b'\t' || *self == b'\n' || *self == b'\r' || *self == 0x0C
    }
    pub fn is_ascii_punctuation(&self) -> bool {
        (*self as char).is_ascii_punctuation()
    }
    pub fn is_ascii_hexdigit(&self) -> bool {
        (*self as char).is_ascii_hexdigit()
    }
    pub fn is_ascii_graphic(&self) -> bool {
        (*self as char).is_ascii_graphic()
    }
    pub fn is_ascii_control(&self) -> bool {
        (*self as char).is_ascii_control()
    }
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
    pub fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }
    pub fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }
    pub fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
}

/// The chars of a case mapping (at most three).
#[derive(Clone, Debug)]
struct CaseMapping {
    chars: [char; 3],
    start: usize,
    end: usize,
}

impl CaseMapping {
    fn from_str(s: &str) -> CaseMapping {
        let mut m = CaseMapping { chars: ['\0'; 3], start: 0, end: 0 };
        for c in s.chars() {
            m.chars[m.end] = c;
            m.end += 1;
        }
        m
    }
    fn next(&mut self) -> Option<char> {
        if self.start == self.end {
            return None;
        }
        self.start += 1;
        Some(self.chars[self.start - 1])
    }
    fn next_back(&mut self) -> Option<char> {
        if self.start == self.end {
            return None;
        }
        self.end -= 1;
        Some(self.chars[self.end])
    }
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut i = self.start;
        while i < self.end {
            crate::fmt::Write::write_char(f, self.chars[i])?;
            i += 1;
        }
        crate::result::Result::Ok(())
    }
}

macro_rules! case_iterator {
    ($($name:ident),*) => {$(
        /// An iterator over the chars of a `char`'s case mapping.
        #[derive(Clone, Debug)]
        pub struct $name(CaseMapping);

        impl crate::iter::Iterator for $name {
            type Item = char;
            fn next(&mut self) -> Option<char> {
                self.0.next()
            }
            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = self.0.end - self.0.start;
                (n, Some(n))
            }
        }

        impl crate::iter::DoubleEndedIterator for $name {
            fn next_back(&mut self) -> Option<char> {
                self.0.next_back()
            }
        }

        impl crate::iter::ExactSizeIterator for $name {}

        impl crate::fmt::Display for $name {
            fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

case_iterator!(ToUppercase, ToLowercase);

/// `std::char::from_digit`.
pub fn from_digit(num: u32, radix: u32) -> Option<char> {
    char::from_digit(num, radix)
}

/// `std::char::from_u32`.
pub fn from_u32(i: u32) -> Option<char> {
    char::from_u32(i)
}
