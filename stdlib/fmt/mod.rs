//! Formatting: `Formatter`, `Arguments`, the formatting traits and the
//! `write` loop that `format_args!` (lowered by the compiler onto `rt`)
//! runs. Output goes through a type-erased writer (a data pointer and its
//! `write_str`), the way `&mut dyn Write` does in the real library.

use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};

/// `?` for the library's own `fmt::Result` chains.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(e),
        }
    };
}

mod builders;
mod float;
mod impls;
mod num;
pub mod rt;
mod unicode;

pub use builders::{DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple};

/// The type returned by formatter methods.
pub type Result = crate::result::Result<(), Error>;

/// The error type which is returned from formatting a message into a stream.
pub struct Error;

impl Copy for Error {}

impl crate::clone::Clone for Error {
    fn clone(&self) -> Error {
        *self
    }
}

impl Debug for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str("Error")
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt("an error occurred when formatting an argument", f)
    }
}

/// Possible alignments returned by `Formatter::align`.
pub enum Alignment {
    Left,
    Right,
    Center,
}

impl Copy for Alignment {}

impl crate::clone::Clone for Alignment {
    fn clone(&self) -> Alignment {
        *self
    }
}

impl Debug for Alignment {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str(match self {
            Alignment::Left => "Left",
            Alignment::Right => "Right",
            Alignment::Center => "Center",
        })
    }
}

/// A trait for writing or formatting into Unicode-accepting buffers.
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;

    fn write_char(&mut self, c: char) -> Result {
        let mut buf = [0u8; 4];
        self.write_str(encode_utf8(c, &mut buf))
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result
    where
        Self: Sized,
    {
        write(self, args)
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write_str(&mut self, s: &str) -> Result {
        (**self).write_str(s)
    }

    fn write_char(&mut self, c: char) -> Result {
        (**self).write_char(c)
    }
}

/// The pointee of a type-erased writer or argument.
pub(crate) struct Opaque;

// Flag bits, as `rt::Placeholder` carries them.
const SIGN_PLUS: u32 = 1 << 0;
const SIGN_MINUS: u32 = 1 << 1;
const ALTERNATE: u32 = 1 << 2;
const ZERO_PAD: u32 = 1 << 3;
const DEBUG_LOWER_HEX: u32 = 1 << 4;
const DEBUG_UPPER_HEX: u32 = 1 << 5;

// Alignments as `rt::Placeholder` carries them.
const ALIGN_LEFT: u8 = 0;
const ALIGN_RIGHT: u8 = 1;
const ALIGN_CENTER: u8 = 2;
const ALIGN_UNKNOWN: u8 = 3;

/// Configuration for formatting, and the destination.
pub struct Formatter<'a> {
    flags: u32,
    fill: char,
    align: u8,
    width: Option<usize>,
    precision: Option<usize>,
    out: &'a mut Opaque,
    out_write: fn(&mut Opaque, &str) -> Result,
}

/// Makes a formatter over any writer, with default options.
pub(crate) fn formatter<'a, W: Write>(w: &'a mut W) -> Formatter<'a> {
    let write: fn(&mut W, &str) -> Result = <W as Write>::write_str;
    unsafe {
        Formatter {
            flags: 0,
            fill: ' ',
            align: ALIGN_UNKNOWN,
            width: None,
            precision: None,
            out: crate::intrinsics::transmute(w),
            out_write: crate::intrinsics::transmute(write),
        }
    }
}

/// Padding written after the value.
pub(crate) struct PostPadding {
    fill: char,
    padding: usize,
}

impl PostPadding {
    pub(crate) fn write(self, f: &mut Formatter<'_>) -> Result {
        write_fill(f, self.fill, self.padding)
    }
}

/// Writes `n` copies of `fill`; spaces and zeros go in chunks.
fn write_fill(f: &mut Formatter<'_>, fill: char, mut n: usize) -> Result {
    const SPACES: &str = "                                ";
    const ZEROS: &str = "00000000000000000000000000000000";
    let run = match fill {
        ' ' => SPACES,
        '0' => ZEROS,
        _ => {
            while n > 0 {
                tri!(f.write_char(fill));
                n -= 1;
            }
            return Ok(());
        }
    };
    while n > 0 {
        let k = if n < run.len() { n } else { run.len() };
        tri!(f.write_str(unsafe { crate::str::from_utf8_unchecked(&run.as_bytes()[..k]) }));
        n -= k;
    }
    Ok(())
}

impl<'a> Formatter<'a> {
    /// A formatter with default options writing to the same destination.
    pub(crate) fn plain(&mut self) -> Formatter<'_> {
        Formatter {
            flags: 0,
            fill: ' ',
            align: ALIGN_UNKNOWN,
            width: None,
            precision: None,
            out: &mut *self.out,
            out_write: self.out_write,
        }
    }

    /// A formatter with this one's options writing to `w`.
    pub(crate) fn wrap<'b, W: Write>(&self, w: &'b mut W) -> Formatter<'b> {
        let mut f = formatter(w);
        f.flags = self.flags;
        f.fill = self.fill;
        f.align = self.align;
        f.width = self.width;
        f.precision = self.precision;
        f
    }

    pub(crate) fn apply(&mut self, p: &rt::Placeholder, args: &[rt::Argument<'_>]) {
        self.fill = p.fill;
        self.align = p.align;
        self.flags = p.flags;
        self.width = count(&p.width, args);
        self.precision = count(&p.precision, args);
    }

    pub fn write_str(&mut self, data: &str) -> Result {
        (self.out_write)(self.out, data)
    }

    pub fn write_char(&mut self, c: char) -> Result {
        let mut buf = [0u8; 4];
        self.write_str(encode_utf8(c, &mut buf))
    }

    pub fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        match args.as_str() {
            Some(s) => self.write_str(s),
            None => run(&mut self.plain(), args),
        }
    }

    pub fn fill(&self) -> char {
        self.fill
    }

    pub fn align(&self) -> Option<Alignment> {
        match self.align {
            ALIGN_LEFT => Some(Alignment::Left),
            ALIGN_RIGHT => Some(Alignment::Right),
            ALIGN_CENTER => Some(Alignment::Center),
            _ => None,
        }
    }

    pub fn width(&self) -> Option<usize> {
        self.width
    }

    pub fn precision(&self) -> Option<usize> {
        self.precision
    }

    pub fn sign_plus(&self) -> bool {
        self.flags & SIGN_PLUS != 0
    }

    pub fn sign_minus(&self) -> bool {
        self.flags & SIGN_MINUS != 0
    }

    pub fn alternate(&self) -> bool {
        self.flags & ALTERNATE != 0
    }

    pub fn sign_aware_zero_pad(&self) -> bool {
        self.flags & ZERO_PAD != 0
    }

    pub(crate) fn debug_lower_hex(&self) -> bool {
        self.flags & DEBUG_LOWER_HEX != 0
    }

    pub(crate) fn debug_upper_hex(&self) -> bool {
        self.flags & DEBUG_UPPER_HEX != 0
    }

    /// Writes `pre` fill characters for `padding` in total and returns the
    /// rest, to be written after the value.
    pub(crate) fn padding(&mut self, padding: usize, default: u8) -> crate::result::Result<PostPadding, Error> {
        let align = if self.align == ALIGN_UNKNOWN { default } else { self.align };
        let (pre, post) = if align == ALIGN_LEFT {
            (0, padding)
        } else if align == ALIGN_RIGHT {
            (padding, 0)
        } else {
            (padding / 2, (padding + 1) / 2)
        };
        tri!(write_fill(self, self.fill, pre));
        Ok(PostPadding { fill: self.fill, padding: post })
    }

    /// Writes a formatted integer: the sign, the `#` prefix, and the digits
    /// in `buf`, padded to the width (`0` pads after the sign and prefix).
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result {
        let mut width = buf.len();
        let mut sign = "";
        if !is_nonnegative {
            sign = "-";
            width += 1;
        } else if self.flags & SIGN_PLUS != 0 {
            sign = "+";
            width += 1;
        }
        let prefix = if self.flags & ALTERNATE != 0 {
            width += char_count(prefix);
            prefix
        } else {
            ""
        };
        match self.width {
            Some(min) if width < min => {
                if self.sign_aware_zero_pad() {
                    let old_fill = self.fill;
                    let old_align = self.align;
                    self.fill = '0';
                    self.align = ALIGN_RIGHT;
                    tri!(self.write_str(sign));
                    tri!(self.write_str(prefix));
                    let post = tri!(self.padding(min - width, ALIGN_RIGHT));
                    tri!(self.write_str(buf));
                    tri!(post.write(self));
                    self.fill = old_fill;
                    self.align = old_align;
                    Ok(())
                } else {
                    let post = tri!(self.padding(min - width, ALIGN_RIGHT));
                    tri!(self.write_str(sign));
                    tri!(self.write_str(prefix));
                    tri!(self.write_str(buf));
                    post.write(self)
                }
            }
            _ => {
                if sign.len() != 0 {
                    tri!(self.write_str(sign));
                }
                if prefix.len() != 0 {
                    tri!(self.write_str(prefix));
                }
                self.write_str(buf)
            }
        }
    }

    /// Writes `s` truncated to the precision and padded to the width
    /// (left-aligned by default).
    pub fn pad(&mut self, s: &str) -> Result {
        if self.width.is_none() && self.precision.is_none() {
            return self.write_str(s);
        }
        let s = match self.precision {
            Some(max) => truncate_chars(s, max),
            None => s,
        };
        match self.width {
            Some(width) => {
                let chars = char_count(s);
                if chars >= width {
                    self.write_str(s)
                } else {
                    let post = tri!(self.padding(width - chars, ALIGN_LEFT));
                    tri!(self.write_str(s));
                    post.write(self)
                }
            }
            None => self.write_str(s),
        }
    }

    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> {
        builders::debug_struct_new(self, name)
    }

    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> {
        builders::debug_tuple_new(self, name)
    }

    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> {
        builders::debug_list_new(self)
    }

    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a> {
        builders::debug_set_new(self)
    }

    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a> {
        builders::debug_map_new(self)
    }
}

impl Write for Formatter<'_> {
    fn write_str(&mut self, s: &str) -> Result {
        Formatter::write_str(self, s)
    }

    fn write_char(&mut self, c: char) -> Result {
        Formatter::write_char(self, c)
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        Formatter::write_fmt(self, args)
    }
}

fn count(c: &rt::Count, args: &[rt::Argument<'_>]) -> Option<usize> {
    match *c {
        rt::Count::Is(n) => Some(n),
        rt::Count::Param(i) => Some(args[i].as_usize()),
        rt::Count::Implied => None,
    }
}

/// A precompiled format string and its arguments (`format_args!`).
pub struct Arguments<'a> {
    pieces: &'a [&'static str],
    fmt: Option<&'a [rt::Placeholder]>,
    args: &'a [rt::Argument<'a>],
}

impl Copy for Arguments<'_> {}

impl crate::clone::Clone for Arguments<'_> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<'a> Arguments<'a> {
    /// The formatted string, if it has no arguments to format.
    pub fn as_str(&self) -> Option<&'static str> {
        if self.args.len() != 0 {
            return None;
        }
        match self.pieces.len() {
            0 => Some(""),
            1 => Some(self.pieces[0]),
            _ => None,
        }
    }
}

impl Debug for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}

impl Display for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        run(&mut f.plain(), *self)
    }
}

/// The formatted string (`format!`).
#[lang = "format"]
pub fn format(args: Arguments<'_>) -> crate::string::String {
    match args.as_str() {
        Some(s) => crate::string::String::from(s),
        None => {
            let mut output = crate::string::String::new();
            write(&mut output, args)
                .expect("a formatting trait implementation returned an error when the underlying stream did not");
            output
        }
    }
}

/// Writes `args` to `output`.
pub fn write<W: Write>(output: &mut W, args: Arguments<'_>) -> Result {
    run(&mut formatter(output), args)
}

/// The formatting loop: each piece, then its argument.
fn run(f: &mut Formatter<'_>, args: Arguments<'_>) -> Result {
    let mut idx = 0;
    match args.fmt {
        None => {
            while idx < args.args.len() {
                let piece = args.pieces[idx];
                if piece.len() != 0 {
                    tri!(f.write_str(piece));
                }
                tri!(args.args[idx].fmt(f));
                idx += 1;
            }
        }
        Some(specs) => {
            while idx < specs.len() {
                let piece = args.pieces[idx];
                if piece.len() != 0 {
                    tri!(f.write_str(piece));
                }
                let spec = &specs[idx];
                f.apply(spec, args.args);
                tri!(args.args[spec.position].fmt(f));
                idx += 1;
            }
        }
    }
    if idx < args.pieces.len() {
        tri!(f.write_str(args.pieces[idx]));
    }
    Ok(())
}

/// `{}`: user-facing output.
#[lang = "Display"]
#[rustc_on_unimplemented(
    message = "`{Self}` doesn't implement `std::fmt::Display`",
    label = "`{Self}` cannot be formatted with the default formatter"
)]
pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:?}`: programmer-facing output.
#[lang = "Debug"]
#[rustc_on_unimplemented(
    message = "`{Self}` doesn't implement `Debug`",
    label = "`{Self}` cannot be formatted using `{:?}` because it doesn't implement `Debug`"
)]
pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:x}`.
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:X}`.
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:o}`.
pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:b}`.
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:e}`.
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:E}`.
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:p}`.
pub trait Pointer {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// The UTF-8 encoding of `c` in `buf`.
pub(crate) fn encode_utf8(c: char, buf: &mut [u8; 4]) -> &str {
    let code = c as u32;
    let len = if code < 0x80 {
        buf[0] = code as u8;
        1
    } else if code < 0x800 {
        buf[0] = (code >> 6 & 0x1F) as u8 | 0xC0;
        buf[1] = (code & 0x3F) as u8 | 0x80;
        2
    } else if code < 0x10000 {
        buf[0] = (code >> 12 & 0x0F) as u8 | 0xE0;
        buf[1] = (code >> 6 & 0x3F) as u8 | 0x80;
        buf[2] = (code & 0x3F) as u8 | 0x80;
        3
    } else {
        buf[0] = (code >> 18 & 0x07) as u8 | 0xF0;
        buf[1] = (code >> 12 & 0x3F) as u8 | 0x80;
        buf[2] = (code >> 6 & 0x3F) as u8 | 0x80;
        buf[3] = (code & 0x3F) as u8 | 0x80;
        4
    };
    unsafe { crate::str::from_utf8_unchecked(&buf[..len]) }
}

/// Number of chars in `s` (bytes that start a UTF-8 sequence).
pub(crate) fn char_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] & 0xC0 != 0x80 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The first `max` chars of `s`.
fn truncate_chars(s: &str, max: usize) -> &str {
    let bytes = s.as_bytes();
    let mut chars = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] & 0xC0 != 0x80 {
            if chars == max {
                return unsafe { crate::str::from_utf8_unchecked(&bytes[..i]) };
            }
            chars += 1;
        }
        i += 1;
    }
    s
}
