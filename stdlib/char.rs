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
    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u8) - 32) as char } else { *self }
    }
    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u8) + 32) as char } else { *self }
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
