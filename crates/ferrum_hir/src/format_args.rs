//! Resolving a parsed format string against a macro call's arguments:
//! numbering `{}` placeholders, matching `{name}` to `name = expr`
//! arguments or implicit captures, and rustc's errors for missing,
//! invalid and unused arguments.

use crate::format::{ArgRef, RawCount, RawPiece};
use crate::hir::ExprId;
use crate::strmap::StrMap;
use ferrum_span::{Diagnostic, Diagnostics, Span, Symbol};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormatKind {
    Print { stderr: bool, newline: bool },
    Panic,
}

/// A parsed format string with its argument expressions (what the
/// printing and panicking macros hand to [`crate::format_lower`]).
#[derive(Debug, Clone)]
pub(crate) struct FormatArgs {
    pub(crate) pieces: Vec<FormatPiece>,
    /// Every argument expression, explicit or implicit (`{x}` captures),
    /// in evaluation order; width/precision arguments included.
    pub(crate) args: Vec<ExprId>,
}

#[derive(Debug, Clone)]
pub(crate) enum FormatPiece {
    Lit(String),
    Arg { arg: usize, spec: FormatSpec },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormatTrait {
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Octal,
    Binary,
    LowerExp,
    UpperExp,
    Pointer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    Is(usize),
    /// Taken from argument `args[i]` (a `usize`).
    Arg(usize),
    Implied,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FormatSpec {
    pub(crate) fill: char,
    pub(crate) align: Align,
    pub(crate) sign_plus: bool,
    pub(crate) sign_minus: bool,
    pub(crate) alternate: bool,
    pub(crate) zero_pad: bool,
    /// `{:x?}` / `{:X?}` debug-hex flags: `Some(false)` for `x?`,
    /// `Some(true)` for `X?` (the flag says "upper case").
    pub(crate) debug_hex: Option<bool>,
    pub(crate) width: Count,
    pub(crate) precision: Count,
    pub(crate) trait_: FormatTrait,
}

/// An explicit argument of the macro call.
pub(crate) struct ExplicitArg {
    /// `Some` for `name = expr`.
    pub name: Option<Symbol>,
    /// The argument expression's span.
    pub span: Span,
}

/// Resolved pieces; argument indices point into the explicit arguments
/// followed by `captures` (implicit `{name}` captures in first-use order).
pub(crate) struct Resolved {
    pub pieces: Vec<FormatPiece>,
    pub captures: Vec<(Symbol, Span)>,
}

/// Resolves `raw` against `args`; reports errors and returns `None` if any.
pub(crate) fn resolve(
    raw: Vec<RawPiece>,
    args: &[ExplicitArg],
    map: &StrMap,
    diags: &mut Diagnostics,
) -> Option<Resolved> {
    let mut r = Resolver {
        args,
        map,
        used: vec![false; args.len()],
        captures: Vec::new(),
        implicit_bad: Vec::new(),
        implicit_all: Vec::new(),
        implicit_count: 0,
        explicit_bad: Vec::new(),
        star: None,
    };
    let mut pieces = Vec::with_capacity(raw.len());
    for piece in raw {
        match piece {
            RawPiece::Lit(s) => pieces.push(FormatPiece::Lit(s)),
            RawPiece::Arg(a) => {
                if a.star.is_some() && r.star.is_none() {
                    r.star = a.star.clone();
                }
                let width = r.count(&a.spec.width, &a.spec.width_range, &a.range);
                let precision = r.count(&a.spec.precision, &a.spec.precision_range, &a.range);
                let arg = r.arg(&a.arg, &a.arg_range, &a.range);
                let s = a.spec;
                let spec = FormatSpec {
                    fill: s.fill,
                    align: s.align,
                    sign_plus: s.sign_plus,
                    sign_minus: s.sign_minus,
                    alternate: s.alternate,
                    zero_pad: s.zero_pad,
                    debug_hex: s.debug_hex,
                    width,
                    precision,
                    trait_: s.trait_,
                };
                pieces.push(FormatPiece::Arg { arg: arg.unwrap_or(0), spec });
            }
        }
    }
    let before = diags.error_count();
    r.report_invalid(diags);
    r.report_unused(diags);
    (diags.error_count() == before).then_some(Resolved { pieces, captures: r.captures })
}

struct Resolver<'a> {
    args: &'a [ExplicitArg],
    map: &'a StrMap,
    used: Vec<bool>,
    captures: Vec<(Symbol, Span)>,
    /// Placeholders of `{}` (and `.*`) arguments beyond the explicit ones.
    implicit_bad: Vec<Range<usize>>,
    /// Every placeholder that takes an implicit positional argument.
    implicit_all: Vec<Range<usize>>,
    implicit_count: usize,
    /// Explicit indices (`{3}`, `3$`) out of range, with their positions.
    explicit_bad: Vec<(usize, Range<usize>)>,
    star: Option<Range<usize>>,
}

impl Resolver<'_> {
    fn arg(&mut self, arg: &ArgRef, range: &Range<usize>, whole: &Range<usize>) -> Option<usize> {
        match arg {
            ArgRef::Next(i) => {
                self.implicit_count = self.implicit_count.max(i + 1);
                if !self.implicit_all.contains(whole) {
                    self.implicit_all.push(whole.clone());
                }
                self.index(*i, whole, true)
            }
            ArgRef::Index(i) => self.index(*i, range, false),
            ArgRef::Name(name) => {
                if let Some(i) = self.args.iter().position(|a| a.name == Some(*name)) {
                    self.used[i] = true;
                    return Some(i);
                }
                let span = self.map.span(range.clone());
                let k = match self.captures.iter().position(|(n, _)| n == name) {
                    Some(k) => k,
                    None => {
                        self.captures.push((*name, span));
                        self.captures.len() - 1
                    }
                };
                Some(self.args.len() + k)
            }
        }
    }

    fn index(&mut self, i: usize, range: &Range<usize>, implicit: bool) -> Option<usize> {
        if i < self.args.len() {
            self.used[i] = true;
            return Some(i);
        }
        if implicit {
            self.implicit_bad.push(range.clone());
        } else {
            self.explicit_bad.push((i, range.clone()));
        }
        None
    }

    fn count(&mut self, count: &RawCount, range: &Range<usize>, whole: &Range<usize>) -> Count {
        match count {
            RawCount::Is(n) => Count::Is(*n),
            RawCount::Implied => Count::Implied,
            RawCount::Arg(a) => {
                let r = if matches!(a, ArgRef::Next(_)) { whole } else { range };
                // `N$` points at the digits only, without the `$`.
                let digits = range.start..range.end.saturating_sub(1).max(range.start);
                let r = if matches!(a, ArgRef::Index(_)) { &digits } else { r };
                self.arg(a, r, whole).map_or(Count::Implied, Count::Arg)
            }
        }
    }

    fn report_invalid(&self, diags: &mut Diagnostics) {
        let given = match self.args.len() {
            0 => "no arguments were given".to_string(),
            1 => "there is 1 argument".to_string(),
            n => format!("there are {n} arguments"),
        };
        if !self.explicit_bad.is_empty() {
            let mut idx: Vec<usize> = self.explicit_bad.iter().map(|(i, _)| *i).collect();
            idx.dedup();
            let list = match idx.as_slice() {
                [one] => format!("argument {one}"),
                [init @ .., last] => {
                    let init: Vec<String> = init.iter().map(|i| i.to_string()).collect();
                    format!("arguments {} and {last}", init.join(", "))
                }
                [] => String::new(),
            };
            let mut d = Diagnostic::error(format!("invalid reference to positional {list} ({given})"));
            for (_, r) in &self.explicit_bad {
                d = d.primary(self.map.span(r.clone()), "");
            }
            diags.push(d.note("positional arguments are zero-based"));
        } else if !self.implicit_bad.is_empty() {
            let n = self.implicit_count;
            let s = if n == 1 { "" } else { "s" };
            let mut d = Diagnostic::error(format!("{n} positional argument{s} in format string, but {given}"));
            for r in &self.implicit_all {
                d = d.primary(self.map.span(r.clone()), "");
            }
            if let Some(star) = &self.star {
                d = d.secondary(self.map.span(star.clone()), "this precision flag adds an extra required argument, which is why there are more arguments expected");
            }
            diags.push(d);
        }
    }

    fn report_unused(&self, diags: &mut Diagnostics) {
        let unused: Vec<usize> = (0..self.args.len()).filter(|&i| !self.used[i]).collect();
        let label = |i: usize| {
            if self.args[i].name.is_some() {
                "named argument never used"
            } else {
                "argument never used"
            }
        };
        match unused.as_slice() {
            [] => {}
            [i] => diags.push(
                Diagnostic::error(label(*i))
                    .primary(self.args[*i].span, label(*i))
                    .secondary(self.map.whole(), "formatting specifier missing"),
            ),
            many => {
                let mut d = Diagnostic::error("multiple unused formatting arguments");
                for &i in many {
                    d = d.primary(self.args[i].span, label(i));
                }
                let d = d
                    .secondary(self.map.whole(), "multiple missing formatting specifiers")
                    .note(format!("consider adding {} format specifiers", many.len()));
                diags.push(d);
            }
        }
    }
}
