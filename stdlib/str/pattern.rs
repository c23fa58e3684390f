//! What `str` searches look for: a `char`, a string, or a set of chars
//! (std's `Pattern`, reduced to the queries the library makes).

use crate::option::Option::{self, None, Some};
use crate::ops::FnMut;
use crate::string::String;

pub trait Pattern {
    /// The length of a match starting at byte `i` of `h`.
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize>;

    /// The length of a match ending at byte `end` of `h`.
    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize>;

    /// The first match at or after byte `from` (a char boundary).
    fn find_in(&mut self, h: &str, from: usize) -> Option<(usize, usize)> {
        let mut i = from;
        while i <= h.len() {
            if let Some(n) = self.prefix_len_at(h, i) {
                return Some((i, i + n));
            }
            if i == h.len() {
                break;
            }
            i += h.char_at(i).1;
        }
        None
    }

    /// The last match ending at or before byte `end` (a char boundary).
    fn rfind_in(&mut self, h: &str, end: usize) -> Option<(usize, usize)> {
        let mut e = end;
        loop {
            if let Some(n) = self.suffix_len_at(h, e) {
                return Some((e - n, e));
            }
            if e == 0 {
                return None;
            }
            e = h.char_before(e).1;
        }
    }

    fn is_prefix_of(&mut self, h: &str) -> bool {
        self.prefix_len_at(h, 0).is_some()
    }

    fn is_suffix_of(&mut self, h: &str) -> bool {
        self.suffix_len_at(h, h.len()).is_some()
    }
}

impl Pattern for char {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        if i >= h.len() {
            return None;
        }
        let (c, n) = h.char_at(i);
        if c == *self { Some(n) } else { None }
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        if end == 0 {
            return None;
        }
        let (c, start) = h.char_before(end);
        if c == *self { Some(end - start) } else { None }
    }
}

/// Whether `needle` occurs in `h` at byte `i`.
fn bytes_at(h: &str, i: usize, needle: &str) -> bool {
    let n = needle.len();
    if i + n > h.len() {
        return false;
    }
    let (a, b) = (h.as_bytes(), needle.as_bytes());
    let mut k = 0;
    while k < n {
        if a[i + k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

impl Pattern for &str {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        if bytes_at(h, i, *self) { Some(self.len()) } else { None }
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        let n = self.len();
        if n <= end && bytes_at(h, end - n, *self) { Some(n) } else { None }
    }
}

impl Pattern for &&str {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        let mut s: &str = **self;
        s.prefix_len_at(h, i)
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        let mut s: &str = **self;
        s.suffix_len_at(h, end)
    }
}

impl Pattern for &String {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        let mut s: &str = self.as_str();
        s.prefix_len_at(h, i)
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        let mut s: &str = self.as_str();
        s.suffix_len_at(h, end)
    }
}

impl Pattern for &[char] {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        if i >= h.len() {
            return None;
        }
        let (c, n) = h.char_at(i);
        if self.contains(&c) { Some(n) } else { None }
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        if end == 0 {
            return None;
        }
        let (c, start) = h.char_before(end);
        if self.contains(&c) { Some(end - start) } else { None }
    }
}

impl<const N: usize> Pattern for [char; N] {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        let mut chars: &[char] = self;
        chars.prefix_len_at(h, i)
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        let mut chars: &[char] = self;
        chars.suffix_len_at(h, end)
    }
}

impl<const N: usize> Pattern for &[char; N] {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        let mut chars: &[char] = *self;
        chars.prefix_len_at(h, i)
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        let mut chars: &[char] = *self;
        chars.suffix_len_at(h, end)
    }
}

impl<F: FnMut(char) -> bool> Pattern for F {
    fn prefix_len_at(&mut self, h: &str, i: usize) -> Option<usize> {
        if i >= h.len() {
            return None;
        }
        let (c, n) = h.char_at(i);
        if self(c) { Some(n) } else { None }
    }

    fn suffix_len_at(&mut self, h: &str, end: usize) -> Option<usize> {
        if end == 0 {
            return None;
        }
        let (c, start) = h.char_before(end);
        if self(c) { Some(end - start) } else { None }
    }
}
