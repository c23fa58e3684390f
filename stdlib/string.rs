//! A growable UTF-8 string, `String`: a `Vec<u8>` holding valid UTF-8.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::From;
use crate::hash::Hash;
use crate::default::Default;
use crate::ops::{Add, AddAssign, Deref, DerefMut, Index, IndexMut};
use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::option::Option::{self, None, Some};
use crate::vec::Vec;

pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    /// A `String` of `bytes`, which must be valid UTF-8.
    pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String {
        String { vec: bytes }
    }

    pub unsafe fn from_raw_parts(buf: *mut u8, length: usize, capacity: usize) -> String {
        String::from_utf8_unchecked(Vec::from_raw_parts(buf, length, capacity))
    }

    pub fn into_boxed_str(self) -> crate::boxed::Box<str> {
        let bytes = crate::boxed::Box::into_raw(self.into_bytes().into_boxed_slice());
        unsafe { crate::boxed::Box::from_raw(bytes as *mut str) }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        let String { vec } = self;
        vec
    }

    pub fn len(&self) -> usize {
        self.vec.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vec.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    pub fn reserve(&mut self, additional: usize) {
        self.vec.reserve(additional);
    }

    pub fn shrink_to_fit(&mut self) {
        self.vec.shrink_to_fit();
    }

    pub fn as_str(&self) -> &str {
        unsafe { &*crate::intrinsics::transmute::<*const [u8], *const str>(self.vec.as_slice() as *const [u8]) }
    }

    pub fn as_mut_str(&mut self) -> &mut str {
        unsafe { &mut *crate::intrinsics::transmute::<*mut [u8], *mut str>(self.vec.as_mut_slice() as *mut [u8]) }
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    pub unsafe fn as_mut_vec(&mut self) -> &mut Vec<u8> {
        &mut self.vec
    }

    pub fn push(&mut self, ch: char) {
        let c = ch as u32;
        if c < 0x80 {
            self.vec.push(c as u8);
        } else if c < 0x800 {
            self.vec.reserve(2);
            self.vec.push((0xC0 | (c >> 6)) as u8);
            self.vec.push((0x80 | (c & 0x3F)) as u8);
        } else if c < 0x10000 {
            self.vec.reserve(3);
            self.vec.push((0xE0 | (c >> 12)) as u8);
            self.vec.push((0x80 | ((c >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (c & 0x3F)) as u8);
        } else {
            self.vec.reserve(4);
            self.vec.push((0xF0 | (c >> 18)) as u8);
            self.vec.push((0x80 | ((c >> 12) & 0x3F)) as u8);
            self.vec.push((0x80 | ((c >> 6) & 0x3F)) as u8);
            self.vec.push((0x80 | (c & 0x3F)) as u8);
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.vec.extend_from_slice(s.as_bytes());
    }

    pub fn pop(&mut self) -> Option<char> {
        if self.is_empty() {
            return None;
        }
        let (ch, start) = self.as_str().char_before(self.len());
        self.vec.truncate(start);
        Some(ch)
    }

    pub fn clear(&mut self) {
        self.vec.clear();
    }

    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            assert!(self.is_char_boundary(new_len));
            self.vec.truncate(new_len);
        }
    }

    #[track_caller]
    pub fn insert(&mut self, idx: usize, ch: char) {
        assert!(self.is_char_boundary(idx));
        let mut buf = String::new();
        buf.push(ch);
        self.insert_bytes(idx, buf.as_bytes());
    }

    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, string: &str) {
        assert!(self.is_char_boundary(idx));
        self.insert_bytes(idx, string.as_bytes());
    }

    fn insert_bytes(&mut self, idx: usize, bytes: &[u8]) {
        let mut k = 0;
        while k < bytes.len() {
            self.vec.insert(idx + k, bytes[k]);
            k += 1;
        }
    }

    /// Keeps the chars for which `f` is true.
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let mut kept = String::with_capacity(self.len());
        for c in self.chars() {
            if f(c) {
                kept.push(c);
            }
        }
        self.vec.clear();
        self.vec.extend_from_slice(kept.as_bytes());
    }

    /// The byte range `range`, checked to fall on char boundaries.
    #[track_caller]
    fn char_range<R: crate::vec::RangeBounds>(&self, range: R) -> (usize, usize) {
        let (start, end) = range.bounds(self.len());
        if !self.is_char_boundary(start) {
            panic!("byte index {} is not a char boundary", start);
        }
        if !self.is_char_boundary(end) {
            panic!("byte index {} is not a char boundary", end);
        }
        (start, end)
    }

    /// Removes `range` and yields its chars.
    #[track_caller]
    pub fn drain<R: crate::vec::RangeBounds>(&mut self, range: R) -> Drain<'_> {
        let (start, end) = self.char_range(range);
        let removed = String::from(&self.as_str()[start..end]);
        self.vec.drain(start..end);
        Drain { text: removed, pos: 0, _string: crate::marker::PhantomData }
    }

    #[track_caller]
    pub fn replace_range<R: crate::vec::RangeBounds>(&mut self, range: R, replace_with: &str) {
        let (start, end) = self.char_range(range);
        let tail = String::from(&self.as_str()[end..]);
        self.vec.truncate(start);
        self.push_str(replace_with);
        self.push_str(&tail);
    }

    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let rest = &self.as_str()[idx..];
        if rest.is_empty() {
            panic!("cannot remove a char from the end of a string");
        }
        let (ch, n) = rest.char_at(0);
        let mut k = 0;
        while k < n {
            self.vec.remove(idx);
            k += 1;
        }
        ch
    }

    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        assert!(self.is_char_boundary(at));
        String { vec: self.vec.split_off(at) }
    }
}

impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl DerefMut for String {
    fn deref_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String { vec: self.vec.clone() }
    }
}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl From<&str> for String {
    fn from(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        out
    }
}

impl From<&String> for String {
    fn from(s: &String) -> String {
        s.clone()
    }
}

impl From<&mut str> for String {
    fn from(s: &mut str) -> String {
        String::from(&*s)
    }
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut out = String::new();
        out.push(c);
        out
    }
}

impl From<String> for Vec<u8> {
    fn from(s: String) -> Vec<u8> {
        s.into_bytes()
    }
}

impl Add<&str> for String {
    type Output = String;
    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for String {}

impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for String {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for str {
    fn eq(&self, other: &String) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<String> for &str {
    fn eq(&self, other: &String) -> bool {
        *self == other.as_str()
    }
}

impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<Ordering> {
        Some(self.as_str().cmp(other.as_str()))
    }
}

impl Ord for String {
    fn cmp(&self, other: &String) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

macro_rules! string_index_by_range {
    ($($range:ty),*) => {
        $(
            impl Index<$range> for String {
                type Output = str;
                #[track_caller]
                fn index(&self, r: $range) -> &str {
                    self.as_str().index(r)
                }
            }

            impl IndexMut<$range> for String {
                #[track_caller]
                fn index_mut(&mut self, r: $range) -> &mut str {
                    self.as_mut_str().index_mut(r)
                }
            }
        )*
    };
}

string_index_by_range!(Range<usize>, RangeFrom<usize>, RangeTo<usize>, RangeFull, RangeInclusive<usize>, RangeToInclusive<usize>);

/// Conversion to a `String` through `Display`.
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: crate::fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        let mut buf = String::new();
        let mut f = crate::fmt::formatter(&mut buf);
        crate::fmt::Display::fmt(self, &mut f).expect("a Display implementation returned an error unexpectedly");
        buf
    }
}

impl crate::fmt::Write for String {
    fn write_str(&mut self, s: &str) -> crate::fmt::Result {
        self.push_str(s);
        crate::result::Result::Ok(())
    }

    fn write_char(&mut self, c: char) -> crate::fmt::Result {
        self.push(c);
        crate::result::Result::Ok(())
    }
}

impl crate::fmt::Display for String {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&**self, f)
    }
}

impl crate::fmt::Debug for String {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&**self, f)
    }
}


impl crate::slice::ConcatItem for &str {
    type Output = String;
    fn concat_items(items: &[&str]) -> String {
        join_strs(items, "")
    }
}

impl crate::slice::ConcatItem for String {
    type Output = String;
    fn concat_items(items: &[String]) -> String {
        join_strings(items, "")
    }
}

impl crate::slice::JoinItem<&str> for &str {
    type Output = String;
    fn join_items(items: &[&str], sep: &str) -> String {
        join_strs(items, sep)
    }
}

impl crate::slice::JoinItem<&str> for String {
    type Output = String;
    fn join_items(items: &[String], sep: &str) -> String {
        join_strings(items, sep)
    }
}

/// `items` joined by `sep`, allocated once at the exact size (as std).
fn join_strs(items: &[&str], sep: &str) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut size = sep.len() * (items.len() - 1);
    let mut i = 0;
    while i < items.len() {
        size += items[i].len();
        i += 1;
    }
    let mut out = String::with_capacity(size);
    i = 0;
    while i < items.len() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(items[i]);
        i += 1;
    }
    out
}

fn join_strings(items: &[String], sep: &str) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut size = sep.len() * (items.len() - 1);
    let mut i = 0;
    while i < items.len() {
        size += items[i].len();
        i += 1;
    }
    let mut out = String::with_capacity(size);
    i = 0;
    while i < items.len() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(items[i].as_str());
        i += 1;
    }
    out
}

impl crate::convert::AsRef<str> for String {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl crate::convert::AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl crate::convert::AsRef<str> for str {
    fn as_ref(&self) -> &str {
        self
    }
}

impl crate::convert::AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl String {
    /// `bytes` as a `String` if they are valid UTF-8.
    pub fn from_utf8(bytes: Vec<u8>) -> Result<String, FromUtf8Error> {
        match crate::str::from_utf8(bytes.as_slice()) {
            Ok(_) => Ok(String { vec: bytes }),
            Err(error) => Err(FromUtf8Error { bytes, error }),
        }
    }

    /// `bytes` as a `String`, invalid sequences replaced by U+FFFD.
    pub fn from_utf8_lossy(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match crate::str::utf8_char_width_at(bytes, i) {
                Some(n) => {
                    let mut k = 0;
                    while k < n {
                        out.vec.push(bytes[i + k]);
                        k += 1;
                    }
                    i += n;
                }
                None => {
                    out.push('\u{FFFD}');
                    i += crate::str::utf8_invalid_len(bytes, i);
                }
            }
        }
        out
    }
}

/// The error of `String::from_utf8`: the bytes, and where decoding failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: crate::str::Utf8Error,
}

impl FromUtf8Error {
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    pub fn utf8_error(&self) -> crate::str::Utf8Error {
        self.error.clone()
    }
}

impl Hash for String {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl crate::fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&self.error, f)
    }
}

use crate::iter::{Extend as ExtendTrait, FromIterator as FromIteratorTrait};
impl FromIteratorTrait<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut s = String::new();
        s.extend(iter);
        s
    }
}

impl<'a> FromIteratorTrait<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut s = String::new();
        s.extend(iter);
        s
    }
}

impl<'a> FromIteratorTrait<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut s = String::new();
        s.extend(iter);
        s
    }
}

impl FromIteratorTrait<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut s = String::new();
        let mut it = iter.into_iter();
        while let Some(piece) = it.next() {
            s.push_str(piece.as_str());
        }
        s
    }
}

impl ExtendTrait<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        let mut it = iter.into_iter();
        let (lower, _) = it.size_hint();
        self.reserve(lower);
        while let Some(c) = it.next() {
            self.push(c);
        }
    }
}

impl<'a> ExtendTrait<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        let mut it = iter.into_iter();
        while let Some(s) = it.next() {
            self.push_str(s);
        }
    }
}

impl<'a> ExtendTrait<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I) {
        let mut it = iter.into_iter();
        while let Some(c) = it.next() {
            self.push(*c);
        }
    }
}

impl ExtendTrait<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        let mut it = iter.into_iter();
        while let Some(s) = it.next() {
            self.push_str(s.as_str());
        }
    }
}

/// The chars removed by `String::drain`.
pub struct Drain<'a> {
    text: String,
    pos: usize,
    _string: crate::marker::PhantomData<&'a mut String>,
}

impl Iterator for Drain<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos >= self.text.len() {
            return None;
        }
        let (c, n) = self.text.as_str().char_at(self.pos);
        self.pos += n;
        Some(c)
    }
}
