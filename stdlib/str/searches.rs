//! Searches from the back and bounded splits: `rsplit`, `splitn`,
//! `rsplitn`, and the matches themselves (`matches`, `match_indices`).

use super::{next_boundary, Pattern, Split};
use crate::iter::Iterator;
use crate::option::Option::{self, None, Some};

/// The pieces between matches, from the back.
pub struct RSplit<'a, P> {
    s: &'a str,
    pat: P,
    end: usize,
    finished: bool,
}

impl<'a, P: Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.pat.rfind_in(self.s, self.end) {
            Some((a, b)) if b > a => {
                let piece = unsafe { self.s.get_unchecked(b, self.end) };
                self.end = a;
                Some(piece)
            }
            _ => {
                self.finished = true;
                Some(unsafe { self.s.get_unchecked(0, self.end) })
            }
        }
    }
}

/// Splitters that can hand over what is still unsplit, for `splitn`.
pub trait Rest<'a> {
    fn rest(&mut self) -> Option<&'a str>;
}

impl<'a, P> Rest<'a> for Split<'a, P> {
    fn rest(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        self.finished = true;
        Some(unsafe { self.s.get_unchecked(self.start, self.s.len()) })
    }
}

impl<'a, P> Rest<'a> for RSplit<'a, P> {
    fn rest(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        self.finished = true;
        Some(unsafe { self.s.get_unchecked(0, self.end) })
    }
}

/// At most `count` pieces; the last is the rest of the string.
pub struct SplitN<I> {
    inner: I,
    count: usize,
}

impl<'a, I: Iterator<Item = &'a str> + Rest<'a>> Iterator for SplitN<I> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.rest()
            }
            _ => {
                self.count -= 1;
                self.inner.next()
            }
        }
    }
}

/// `rsplitn`: pieces from the back.
pub type RSplitN<'a, P> = SplitN<RSplit<'a, P>>;

/// Each match with its byte offset, front to back, not overlapping.
pub struct MatchIndices<'a, P> {
    s: &'a str,
    pat: P,
    pos: usize,
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        if self.pos > self.s.len() {
            return None;
        }
        let (a, b) = self.pat.find_in(self.s, self.pos)?;
        self.pos = if b > a { b } else if b < self.s.len() { next_boundary(self.s, b) } else { b + 1 };
        Some((a, unsafe { self.s.get_unchecked(a, b) }))
    }
}

/// Each match, front to back.
pub struct Matches<'a, P> {
    inner: MatchIndices<'a, P>,
}

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        self.inner.next().map(|(_, m)| m)
    }
}

impl str {
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit { s: self, pat, end: self.len(), finished: false }
    }

    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<Split<'_, P>> {
        SplitN { inner: self.split(pat), count: n }
    }

    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        SplitN { inner: self.rsplit(pat), count: n }
    }

    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices { s: self, pat, pos: 0 }
    }

    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches { inner: self.match_indices(pat) }
    }
}
