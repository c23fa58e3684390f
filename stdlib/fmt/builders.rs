//! `Formatter::debug_struct` and friends, with `{:#?}` pretty printing:
//! nested values are written through a `PadAdapter`, which indents every
//! line by four spaces, exactly as the real builders do.

use super::{formatter, Debug, Formatter, Opaque, Result, Write};
use crate::iter::IntoIterator;
use crate::result::Result::{Err, Ok};

/// Indents what it writes by four spaces at the start of each line.
struct PadAdapter<'buf, 'state> {
    out: &'buf mut Opaque,
    out_write: fn(&mut Opaque, &str) -> Result,
    on_newline: &'state mut bool,
}

impl Write for PadAdapter<'_, '_> {
    fn write_str(&mut self, s: &str) -> Result {
        let bytes = s.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            let mut end = start;
            while end < bytes.len() && bytes[end] != b'\n' {
                end += 1;
            }
            if end < bytes.len() {
                end += 1;
            }
            if *self.on_newline {
                tri!((self.out_write)(self.out, "    "));
            }
            *self.on_newline = bytes[end - 1] == b'\n';
            let line = unsafe { crate::str::from_utf8_unchecked(&bytes[start..end]) };
            tri!((self.out_write)(self.out, line));
            start = end;
        }
        Ok(())
    }
}

/// Writes `name`, `sep`, `value` and `tail` indented, with `fmt`'s options.
fn padded<T: Debug + ?Sized>(
    fmt: &mut Formatter<'_>,
    on_newline: &mut bool,
    name: &str,
    sep: &str,
    value: &T,
    tail: &str,
) -> Result {
    let (flags, fill, align, width, precision) = (fmt.flags, fmt.fill, fmt.align, fmt.width, fmt.precision);
    let mut pad = PadAdapter { out: &mut *fmt.out, out_write: fmt.out_write, on_newline };
    let mut f = formatter(&mut pad);
    f.flags = flags;
    f.fill = fill;
    f.align = align;
    f.width = width;
    f.precision = precision;
    tri!(f.write_str(name));
    tri!(f.write_str(sep));
    tri!(value.fmt(&mut f));
    f.write_str(tail)
}

/// Writes `s` indented.
fn padded_str(fmt: &mut Formatter<'_>, s: &str) -> Result {
    let mut on_newline = true;
    let mut pad = PadAdapter { out: &mut *fmt.out, out_write: fmt.out_write, on_newline: &mut on_newline };
    pad.write_str(s)
}

pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_struct_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugStruct<'a, 'b> {
    let result = fmt.write_str(name);
    DebugStruct { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    pub fn field<T: Debug + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str(" {\n");
                }
                if self.result.is_ok() {
                    let mut on_newline = true;
                    padded(self.fmt, &mut on_newline, name, ": ", value, ",\n")
                } else {
                    self.result
                }
            } else {
                let prefix = if self.has_fields { ", " } else { " { " };
                plain_field(self.fmt, prefix, name, value)
            };
        }
        self.has_fields = true;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.has_fields {
                if self.fmt.alternate() {
                    match padded_str(self.fmt, "..\n") {
                        Ok(()) => self.fmt.write_str("}"),
                        Err(e) => Err(e),
                    }
                } else {
                    self.fmt.write_str(", .. }")
                }
            } else {
                self.fmt.write_str(" { .. }")
            };
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.has_fields && self.result.is_ok() {
            self.result = if self.fmt.alternate() { self.fmt.write_str("}") } else { self.fmt.write_str(" }") };
        }
        self.result
    }
}

fn plain_field<T: Debug + ?Sized>(fmt: &mut Formatter<'_>, prefix: &str, name: &str, value: &T) -> Result {
    tri!(fmt.write_str(prefix));
    tri!(fmt.write_str(name));
    tri!(fmt.write_str(": "));
    value.fmt(fmt)
}

pub struct DebugTuple<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    fields: usize,
    empty_name: bool,
}

pub(super) fn debug_tuple_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugTuple<'a, 'b> {
    let result = fmt.write_str(name);
    DebugTuple { fmt, result, fields: 0, empty_name: name.len() == 0 }
}

impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
    pub fn field<T: Debug + ?Sized>(&mut self, value: &T) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if self.fields == 0 {
                    self.result = self.fmt.write_str("(\n");
                }
                if self.result.is_ok() {
                    let mut on_newline = true;
                    padded(self.fmt, &mut on_newline, "", "", value, ",\n")
                } else {
                    self.result
                }
            } else {
                let prefix = if self.fields == 0 { "(" } else { ", " };
                match self.fmt.write_str(prefix) {
                    Ok(()) => value.fmt(self.fmt),
                    Err(e) => Err(e),
                }
            };
        }
        self.fields += 1;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.fields > 0 {
                if self.fmt.alternate() {
                    match padded_str(self.fmt, "..\n") {
                        Ok(()) => self.fmt.write_str(")"),
                        Err(e) => Err(e),
                    }
                } else {
                    self.fmt.write_str(", ..)")
                }
            } else {
                self.fmt.write_str("(..)")
            };
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.fields > 0 && self.result.is_ok() {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.result = self.fmt.write_str(",");
            }
            if self.result.is_ok() {
                self.result = self.fmt.write_str(")");
            }
        }
        self.result
    }
}

/// The shared part of lists and sets.
struct DebugInner<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

impl<'a, 'b: 'a> DebugInner<'a, 'b> {
    fn entry<T: Debug + ?Sized>(&mut self, value: &T) {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str("\n");
                }
                if self.result.is_ok() {
                    let mut on_newline = true;
                    padded(self.fmt, &mut on_newline, "", "", value, ",\n")
                } else {
                    self.result
                }
            } else if self.has_fields {
                match self.fmt.write_str(", ") {
                    Ok(()) => value.fmt(self.fmt),
                    Err(e) => Err(e),
                }
            } else {
                value.fmt(self.fmt)
            };
        }
        self.has_fields = true;
    }

    fn finish_non_exhaustive(&mut self, close: &str, plain_close: &str, empty_close: &str) -> Result {
        if self.result.is_ok() {
            self.result = if self.has_fields {
                if self.fmt.alternate() {
                    match padded_str(self.fmt, "..\n") {
                        Ok(()) => self.fmt.write_str(close),
                        Err(e) => Err(e),
                    }
                } else {
                    self.fmt.write_str(plain_close)
                }
            } else {
                self.fmt.write_str(empty_close)
            };
        }
        self.result
    }

    fn finish(&mut self, close: &str) -> Result {
        if self.result.is_ok() {
            self.result = self.fmt.write_str(close);
        }
        self.result
    }
}

pub struct DebugSet<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_set_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugSet<'a, 'b> {
    let result = fmt.write_str("{");
    DebugSet { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugSet<'a, 'b> {
    pub fn entry<T: Debug + ?Sized>(&mut self, entry: &T) -> &mut Self {
        self.inner.entry(entry);
        self
    }

    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for entry in entries {
            self.inner.entry(&entry);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        self.inner.finish_non_exhaustive("}", ", ..}", "..}")
    }

    pub fn finish(&mut self) -> Result {
        self.inner.finish("}")
    }
}

pub struct DebugList<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_list_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugList<'a, 'b> {
    let result = fmt.write_str("[");
    DebugList { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugList<'a, 'b> {
    pub fn entry<T: Debug + ?Sized>(&mut self, entry: &T) -> &mut Self {
        self.inner.entry(entry);
        self
    }

    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for entry in entries {
            self.inner.entry(&entry);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        self.inner.finish_non_exhaustive("]", ", ..]", "..]")
    }

    pub fn finish(&mut self) -> Result {
        self.inner.finish("]")
    }
}

pub struct DebugMap<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
    has_key: bool,
    // The indentation state of the entry being written (a key and its
    // value share it).
    on_newline: bool,
}

pub(super) fn debug_map_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugMap<'a, 'b> {
    let result = fmt.write_str("{");
    DebugMap { fmt, result, has_fields: false, has_key: false, on_newline: true }
}

impl<'a, 'b: 'a> DebugMap<'a, 'b> {
    pub fn entry<K: Debug + ?Sized, V: Debug + ?Sized>(&mut self, key: &K, value: &V) -> &mut Self {
        self.key(key).value(value)
    }

    pub fn entries<K: Debug, V: Debug, I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) -> &mut Self {
        for (key, value) in entries {
            self.entry(&key, &value);
        }
        self
    }

    #[track_caller]
    pub fn key<K: Debug + ?Sized>(&mut self, key: &K) -> &mut Self {
        if self.result.is_ok() {
            if self.has_key {
                panic!("attempted to begin a new map entry without completing the previous one");
            }
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str("\n");
                }
                if self.result.is_ok() {
                    self.on_newline = true;
                    padded(self.fmt, &mut self.on_newline, "", "", key, ": ")
                } else {
                    self.result
                }
            } else {
                let prefix = if self.has_fields { ", " } else { "" };
                match self.fmt.write_str(prefix) {
                    Ok(()) => match key.fmt(self.fmt) {
                        Ok(()) => self.fmt.write_str(": "),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                }
            };
            self.has_key = true;
        }
        self
    }

    #[track_caller]
    pub fn value<V: Debug + ?Sized>(&mut self, value: &V) -> &mut Self {
        if self.result.is_ok() {
            if !self.has_key {
                panic!("attempted to format a map value before its key");
            }
            self.result = if self.fmt.alternate() {
                padded(self.fmt, &mut self.on_newline, "", "", value, ",\n")
            } else {
                value.fmt(self.fmt)
            };
            self.has_key = false;
        }
        self.has_fields = true;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            if self.has_key {
                panic!("attempted to finish a map with a partial entry");
            }
            self.result = if self.has_fields {
                if self.fmt.alternate() {
                    match padded_str(self.fmt, "..\n") {
                        Ok(()) => self.fmt.write_str("}"),
                        Err(e) => Err(e),
                    }
                } else {
                    self.fmt.write_str(", ..}")
                }
            } else {
                self.fmt.write_str("..}")
            };
        }
        self.result
    }

    #[track_caller]
    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() {
            if self.has_key {
                panic!("attempted to finish a map with a partial entry");
            }
            self.result = self.fmt.write_str("}");
        }
        self.result
    }
}
