//! Methods of string slices: UTF-8 decoding, boundaries, slicing with
//! std's panic messages, searching with patterns, case mapping, parsing.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::intrinsics;
use crate::ops::{Index, IndexMut};
use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::string::String;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};

mod parse;
mod pattern;
mod searches;

pub use parse::{FromStr, IntErrorKind, ParseBoolError, ParseCharError, ParseFloatError, ParseIntError};
pub use pattern::Pattern;
pub use searches::{MatchIndices, Matches, RSplit, RSplitN, SplitN};

impl str {
    pub fn len(&self) -> usize {
        unsafe { intrinsics::ptr_metadata(self) }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn as_ptr(&self) -> *const u8 {
        self as *const str as *const u8
    }

    pub fn as_bytes(&self) -> &[u8] {
        unsafe { &*intrinsics::transmute::<*const str, *const [u8]>(self as *const str) }
    }

    pub unsafe fn as_bytes_mut(&mut self) -> &mut [u8] {
        &mut *intrinsics::transmute::<*mut str, *mut [u8]>(self as *mut str)
    }

    /// The byte at `i` (unchecked).
    fn byte(&self, i: usize) -> u8 {
        unsafe { *intrinsics::offset(self.as_ptr(), i as isize) }
    }

    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        if index >= self.len() {
            return index == self.len();
        }
        // Not a continuation byte (0b10xx_xxxx).
        (self.byte(index) as i8) >= -0x40
    }

    /// The largest char boundary `<= index`.
    pub fn floor_char_boundary(&self, index: usize) -> usize {
        if index >= self.len() {
            return self.len();
        }
        let mut i = index;
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// The char starting at byte `i` (a boundary before the end) and its length.
    pub(crate) fn char_at(&self, i: usize) -> (char, usize) {
        let b0 = self.byte(i) as u32;
        let (mut c, n) = if b0 < 0x80 {
            (b0, 1)
        } else if b0 < 0xE0 {
            (b0 & 0x1F, 2)
        } else if b0 < 0xF0 {
            (b0 & 0x0F, 3)
        } else {
            (b0 & 0x07, 4)
        };
        let mut k = 1;
        while k < n {
            c = (c << 6) | (self.byte(i + k) as u32 & 0x3F);
            k += 1;
        }
        (unsafe { intrinsics::transmute::<u32, char>(c) }, n)
    }

    /// The char ending at byte `end` (a boundary after the start) and its start.
    pub(crate) fn char_before(&self, end: usize) -> (char, usize) {
        let mut start = end - 1;
        while !self.is_char_boundary(start) {
            start -= 1;
        }
        (self.char_at(start).0, start)
    }

    /// `&self[start..end]` without checks.
    pub unsafe fn get_unchecked(&self, start: usize, end: usize) -> &str {
        let p = intrinsics::offset(self.as_ptr(), start as isize);
        &*intrinsics::transmute::<(*const u8, usize), *const str>((p, end - start))
    }

    pub(crate) unsafe fn get_unchecked_mut(&mut self, start: usize, end: usize) -> &mut str {
        let p = intrinsics::offset(self.as_ptr(), start as isize);
        &mut *intrinsics::transmute::<(*const u8, usize), *mut str>((p, end - start))
    }

    /// `&self[r]`, or `None` off a char boundary or out of range.
    pub fn get<I: crate::slice::SliceIndex<str>>(&self, r: I) -> Option<&I::Output> {
        r.get(self)
    }

    pub fn get_mut<I: crate::slice::SliceIndex<str>>(&mut self, r: I) -> Option<&mut I::Output> {
        r.get_mut(self)
    }

    /// Checks `start..end` against boundaries, panicking as std does.
    #[track_caller]
    fn check_slice(&self, start: usize, end: usize) {
        if start <= end && self.is_char_boundary(start) && self.is_char_boundary(end) {
            return;
        }
        slice_error_fail(self, start, end);
    }

    #[track_caller]
    fn slice(&self, start: usize, end: usize) -> &str {
        self.check_slice(start, end);
        unsafe { self.get_unchecked(start, end) }
    }

    #[track_caller]
    fn slice_mut(&mut self, start: usize, end: usize) -> &mut str {
        self.check_slice(start, end);
        unsafe { self.get_unchecked_mut(start, end) }
    }

    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        if !self.is_char_boundary(mid) {
            panic!("failed to slice string");
        }
        unsafe { (self.get_unchecked(0, mid), self.get_unchecked(mid, self.len())) }
    }

    pub fn starts_with<P: Pattern>(&self, mut pat: P) -> bool {
        pat.is_prefix_of(self)
    }

    pub fn ends_with<P: Pattern>(&self, mut pat: P) -> bool {
        pat.is_suffix_of(self)
    }

    pub fn contains<P: Pattern>(&self, mut pat: P) -> bool {
        pat.find_in(self, 0).is_some()
    }

    pub fn find<P: Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.find_in(self, 0) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn rfind<P: Pattern>(&self, mut pat: P) -> Option<usize> {
        match pat.rfind_in(self, self.len()) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn replace<P: Pattern>(&self, mut from: P, to: &str) -> String {
        let mut result = String::new();
        let mut last = 0;
        let mut pos = 0;
        while let Some((start, end)) = from.find_in(self, pos) {
            result.push_str(unsafe { self.get_unchecked(last, start) });
            result.push_str(to);
            last = end;
            pos = if end > start { end } else { next_boundary(self, end) };
            if pos > self.len() {
                break;
            }
        }
        result.push_str(unsafe { self.get_unchecked(last, self.len()) });
        result
    }

    pub fn replacen<P: Pattern>(&self, mut from: P, to: &str, count: usize) -> String {
        let mut result = String::new();
        let mut last = 0;
        let mut pos = 0;
        let mut n = 0;
        while n < count {
            let Some((start, end)) = from.find_in(self, pos) else { break };
            result.push_str(unsafe { self.get_unchecked(last, start) });
            result.push_str(to);
            last = end;
            pos = if end > start { end } else { next_boundary(self, end) };
            n += 1;
            if pos > self.len() {
                break;
            }
        }
        result.push_str(unsafe { self.get_unchecked(last, self.len()) });
        result
    }

    pub fn split_once<P: Pattern>(&self, mut delimiter: P) -> Option<(&str, &str)> {
        match delimiter.find_in(self, 0) {
            Some((start, end)) => unsafe { Some((self.get_unchecked(0, start), self.get_unchecked(end, self.len()))) },
            None => None,
        }
    }

    pub fn rsplit_once<P: Pattern>(&self, mut delimiter: P) -> Option<(&str, &str)> {
        match delimiter.rfind_in(self, self.len()) {
            Some((start, end)) => unsafe { Some((self.get_unchecked(0, start), self.get_unchecked(end, self.len()))) },
            None => None,
        }
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let mut i = 0;
        while i < self.len() {
            let (c, n) = self.char_at(i);
            if !c.is_whitespace() {
                break;
            }
            i += n;
        }
        unsafe { self.get_unchecked(i, self.len()) }
    }

    pub fn trim_end(&self) -> &str {
        let mut end = self.len();
        while end > 0 {
            let (c, start) = self.char_before(end);
            if !c.is_whitespace() {
                break;
            }
            end = start;
        }
        unsafe { self.get_unchecked(0, end) }
    }

    pub fn trim_start_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut i = 0;
        while let Some(n) = pat.prefix_len_at(self, i) {
            if n == 0 {
                break;
            }
            i += n;
        }
        unsafe { self.get_unchecked(i, self.len()) }
    }

    pub fn trim_end_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut end = self.len();
        while let Some(n) = pat.suffix_len_at(self, end) {
            if n == 0 {
                break;
            }
            end -= n;
        }
        unsafe { self.get_unchecked(0, end) }
    }

    pub fn trim_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut i = 0;
        while let Some(n) = pat.prefix_len_at(self, i) {
            if n == 0 {
                break;
            }
            i += n;
        }
        let mut end = self.len();
        while end > i {
            match pat.suffix_len_at(self, end) {
                Some(n) if n > 0 => end -= n,
                _ => break,
            }
        }
        unsafe { self.get_unchecked(i, end) }
    }

    pub fn strip_prefix<P: Pattern>(&self, mut prefix: P) -> Option<&str> {
        match prefix.prefix_len_at(self, 0) {
            Some(n) => unsafe { Some(self.get_unchecked(n, self.len())) },
            None => None,
        }
    }

    pub fn strip_suffix<P: Pattern>(&self, mut suffix: P) -> Option<&str> {
        match suffix.suffix_len_at(self, self.len()) {
            Some(n) => unsafe { Some(self.get_unchecked(0, self.len() - n)) },
            None => None,
        }
    }

    pub fn to_ascii_uppercase(&self) -> String {
        let mut s = String::from(self);
        s.make_ascii_uppercase();
        s
    }

    pub fn to_ascii_lowercase(&self) -> String {
        let mut s = String::from(self);
        s.make_ascii_lowercase();
        s
    }

    pub fn make_ascii_uppercase(&mut self) {
        let bytes = unsafe { self.as_bytes_mut() };
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] >= b'a' && bytes[i] <= b'z' {
                bytes[i] -= 32;
            }
            i += 1;
        }
    }

    pub fn make_ascii_lowercase(&mut self) {
        let bytes = unsafe { self.as_bytes_mut() };
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] >= b'A' && bytes[i] <= b'Z' {
                bytes[i] += 32;
            }
            i += 1;
        }
    }

    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if ascii_lower(self.byte(i)) != ascii_lower(other.byte(i)) {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn is_ascii(&self) -> bool {
        let mut i = 0;
        while i < self.len() {
            if self.byte(i) >= 128 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Unicode upper case: ASCII, Latin-1, Latin Extended-A pairs, Greek
    /// and Cyrillic (the tables std has beyond those are not here).
    pub fn to_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        let mut i = 0;
        while i < self.len() {
            let (c, n) = self.char_at(i);
            crate::char::push_uppercase(&mut s, c);
            i += n;
        }
        s
    }

    /// Unicode lower case (same coverage as [`str::to_uppercase`]). A
    /// capital sigma ending a word becomes the final form `ς`, as in std.
    pub fn to_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        let mut i = 0;
        let mut after_letter = false;
        while i < self.len() {
            let (c, n) = self.char_at(i);
            let word_ends = i + n == self.len() || !self.char_at(i + n).0.is_alphabetic();
            if c == '\u{3A3}' && after_letter && word_ends {
                s.push('\u{3C2}');
            } else {
                crate::char::push_lowercase(&mut s, c);
            }
            after_letter = c.is_alphabetic();
            i += n;
        }
        s
    }

    pub fn repeat(&self, n: usize) -> String {
        let mut s = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            s.push_str(self);
            i += 1;
        }
        s
    }

    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }

    /// The number of chars (used by `chars().count()`-style code).
    pub(crate) fn char_count(&self) -> usize {
        let mut count = 0;
        let mut i = 0;
        while i < self.len() {
            if (self.byte(i) as i8) >= -0x40 {
                count += 1;
            }
            i += 1;
        }
        count
    }
}

fn ascii_lower(b: u8) -> u8 {
    if b >= b'A' && b <= b'Z' { b + 32 } else { b }
}

/// The next char boundary after `i` (or `len + 1` at the end).
fn next_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return i + 1;
    }
    i + s.char_at(i).1
}

/// std's message for a bad `str` slice, naming the first problem found.
#[track_caller]
fn slice_error_fail(s: &str, begin: usize, end: usize) -> ! {
    let trunc_len = s.floor_char_boundary(256);
    let s_trunc = unsafe { s.get_unchecked(0, trunc_len) };
    let ellipsis = if trunc_len < s.len() { "[...]" } else { "" };
    if begin > s.len() {
        panic!("start byte index {} is out of bounds of `{}`{}", begin, s_trunc, ellipsis);
    }
    if end > s.len() {
        panic!("end byte index {} is out of bounds of `{}`{}", end, s_trunc, ellipsis);
    }
    if begin > end {
        panic!("begin > end ({} > {}) when slicing `{}`{}", begin, end, s_trunc, ellipsis);
    }
    let (which, index) = if !s.is_char_boundary(begin) { ("start", begin) } else { ("end", end) };
    let floor = s.floor_char_boundary(index);
    let (ch, n) = s.char_at(floor);
    let mut quoted = String::new();
    crate::char::push_debug(&mut quoted, ch);
    panic!(
        "{} byte index {} is not a char boundary; it is inside {} (bytes {}..{}) of `{}`{}",
        which,
        index,
        quoted.as_str(),
        floor,
        floor + n,
        s_trunc,
        ellipsis
    );
}

macro_rules! str_index_by_range {
    ($($range:ty => |$s:ident, $r:ident| $bounds:expr),*) => {
        $(
            impl Index<$range> for str {
                type Output = str;
                #[track_caller]
                fn index(&self, $r: $range) -> &str {
                    let $s = self;
                    let (start, end) = $bounds;
                    self.slice(start, end)
                }
            }

            impl IndexMut<$range> for str {
                #[track_caller]
                fn index_mut(&mut self, $r: $range) -> &mut str {
                    let $s = &*self;
                    let (start, end) = $bounds;
                    self.slice_mut(start, end)
                }
            }
        )*
    };
}

str_index_by_range! {
    Range<usize> => |s, r| (r.start, r.end),
    RangeFrom<usize> => |s, r| (r.start, s.len()),
    RangeTo<usize> => |s, r| (0, r.end),
    RangeFull => |s, r| (0, s.len()),
    RangeInclusive<usize> => |s, r| {
        if r.end == usize::MAX {
            panic!("attempted to index str up to maximum usize");
        }
        (r.start, r.end + 1)
    },
    RangeToInclusive<usize> => |s, r| {
        if r.end == usize::MAX {
            panic!("attempted to index str up to maximum usize");
        }
        (0, r.end + 1)
    }
}

impl PartialOrd for str {
    fn partial_cmp(&self, other: &str) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for str {
    fn cmp(&self, other: &str) -> Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl crate::default::Default for &str {
    fn default() -> Self {
        ""
    }
}

/// Where UTF-8 decoding failed (std's `str::Utf8Error`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl crate::fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match self.error_len {
            Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

/// `v` as a `&str` if it is valid UTF-8.
pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    let mut i = 0;
    while i < v.len() {
        match utf8_char_width_at(v, i) {
            Some(n) => i += n,
            None => {
                let bad = utf8_invalid_len(v, i);
                let error_len = if i + bad >= v.len() && utf8_is_truncated(v, i) { None } else { Some(bad as u8) };
                return Err(Utf8Error { valid_up_to: i, error_len });
            }
        }
    }
    Ok(unsafe { from_utf8_unchecked(v) })
}

pub unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
    &*intrinsics::transmute::<*const [u8], *const str>(v as *const [u8])
}

/// The length of the valid UTF-8 sequence starting at `v[i]`, if any.
pub(crate) fn utf8_char_width_at(v: &[u8], i: usize) -> Option<usize> {
    let b0 = v[i];
    let (n, lo, hi) = match b0 {
        0x00..=0x7F => return Some(1),
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return None,
    };
    if i + n > v.len() {
        return None;
    }
    if v[i + 1] < lo || v[i + 1] > hi {
        return None;
    }
    let mut k = 2;
    while k < n {
        if v[i + k] < 0x80 || v[i + k] > 0xBF {
            return None;
        }
        k += 1;
    }
    Some(n)
}

/// How many bytes at `v[i]` form one invalid sequence (std's `error_len`:
/// the longest prefix of a valid sequence, at least 1).
pub(crate) fn utf8_invalid_len(v: &[u8], i: usize) -> usize {
    let b0 = v[i];
    let (n, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return 1,
    };
    if i + 1 >= v.len() || v[i + 1] < lo || v[i + 1] > hi {
        return 1;
    }
    let mut k = 2;
    while k < n && i + k < v.len() && v[i + k] >= 0x80 && v[i + k] <= 0xBF {
        k += 1;
    }
    k
}

/// Whether the invalid sequence at `v[i]` is a valid prefix cut off by
/// the end of input.
fn utf8_is_truncated(v: &[u8], i: usize) -> bool {
    let b0 = v[i];
    let n = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    i + utf8_invalid_len(v, i) == v.len() && v.len() - i < n
}

/// The chars of a string (std's `str::Chars`).
pub struct Chars<'a> {
    s: &'a str,
    front: usize,
    back: usize,
}

impl<'a> Chars<'a> {
    /// The part not yet yielded.
    pub fn as_str(&self) -> &'a str {
        unsafe { self.s.get_unchecked(self.front, self.back) }
    }
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, n) = self.s.char_at(self.front);
        self.front += n;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let bytes = self.back - self.front;
        ((bytes + 3) / 4, Some(bytes))
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, start) = self.s.char_before(self.back);
        self.back = start;
        Some(c)
    }
}

impl<'a> Clone for Chars<'a> {
    fn clone(&self) -> Chars<'a> {
        Chars { s: self.s, front: self.front, back: self.back }
    }
}

/// The chars of a string with their byte offsets (std's `CharIndices`).
pub struct CharIndices<'a> {
    chars: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let i = self.chars.front;
        match self.chars.next() {
            Some(c) => Some((i, c)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chars.size_hint()
    }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)> {
        match self.chars.next_back() {
            Some(c) => Some((self.chars.back, c)),
            None => None,
        }
    }
}

/// The bytes of a string (std's `str::Bytes`).
pub struct Bytes<'a> {
    bytes: crate::slice::Iter<'a, u8>,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        match self.bytes.next() {
            Some(b) => Some(*b),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.bytes.size_hint()
    }
}

impl<'a> DoubleEndedIterator for Bytes<'a> {
    fn next_back(&mut self) -> Option<u8> {
        match self.bytes.next_back() {
            Some(b) => Some(*b),
            None => None,
        }
    }
}

impl<'a> ExactSizeIterator for Bytes<'a> {}

/// Substrings between matches of a pattern (std's `str::Split`).
pub struct Split<'a, P> {
    s: &'a str,
    pat: P,
    start: usize,
    pos: usize,
    finished: bool,
    /// `split_terminator`: a trailing empty piece is left out.
    allow_trailing_empty: bool,
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        {
            match self.pat.find_in(self.s, self.pos) {
                Some((a, b)) => {
                    let piece = unsafe { self.s.get_unchecked(self.start, a) };
                    self.start = b;
                    // After an empty match, search on from the next char.
                    self.pos = if b > a { b } else { next_boundary(self.s, b) };
                    return Some(piece);
                }
                None => {
                    self.finished = true;
                    if !self.allow_trailing_empty && self.start == self.s.len() {
                        return None;
                    }
                    return Some(unsafe { self.s.get_unchecked(self.start, self.s.len()) });
                }
            }
        }
    }
}

/// Whitespace-separated words (std's `SplitWhitespace`).
pub struct SplitWhitespace<'a> {
    s: &'a str,
    pos: usize,
    /// Words are taken from the back up to here (`next_back`).
    end: usize,
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let len = self.end;
        while self.pos < len {
            let (c, n) = self.s.char_at(self.pos);
            if !c.is_whitespace() {
                break;
            }
            self.pos += n;
        }
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        while self.pos < len {
            let (c, n) = self.s.char_at(self.pos);
            if c.is_whitespace() {
                break;
            }
            self.pos += n;
        }
        Some(unsafe { self.s.get_unchecked(start, self.pos) })
    }
}

impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        while self.end > self.pos {
            let (c, start) = self.s.char_before(self.end);
            if !c.is_whitespace() {
                break;
            }
            self.end = start;
        }
        if self.end <= self.pos {
            return None;
        }
        let end = self.end;
        while self.end > self.pos {
            let (c, start) = self.s.char_before(self.end);
            if c.is_whitespace() {
                break;
            }
            self.end = start;
        }
        Some(unsafe { self.s.get_unchecked(self.end, end) })
    }
}

/// Lines, without their `\n` or `\r\n` (std's `str::Lines`).
pub struct Lines<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let len = self.s.len();
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        let bytes = self.s.as_bytes();
        let mut i = start;
        while i < len && bytes[i] != b'\n' {
            i += 1;
        }
        self.pos = i + 1;
        let mut end = i;
        if end > start && bytes[end - 1] == b'\r' && i < len {
            end -= 1;
        }
        Some(unsafe { self.s.get_unchecked(start, end) })
    }
}

impl str {
    pub fn chars(&self) -> Chars<'_> {
        Chars { s: self, front: 0, back: self.len() }
    }

    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { chars: self.chars() }
    }

    pub fn bytes(&self) -> Bytes<'_> {
        Bytes { bytes: self.as_bytes().iter() }
    }

    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split { s: self, pat, start: 0, pos: 0, finished: false, allow_trailing_empty: true }
    }

    pub fn split_terminator<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split { s: self, pat, start: 0, pos: 0, finished: false, allow_trailing_empty: false }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { s: self, pos: 0, end: self.len() }
    }

    pub fn split_ascii_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { s: self, pos: 0, end: self.len() }
    }

    pub fn lines(&self) -> Lines<'_> {
        Lines { s: self, pos: 0 }
    }
}
