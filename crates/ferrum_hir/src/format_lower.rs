//! `format_args!` lowered onto the library, as rustc lowers it: a parsed
//! and resolved format string ([`FormatArgs`]) becomes plain calls of the
//! `fmt::rt` lang items,
//!
//! ```text
//! new_v1(&["a ", " b"], &match (&x, &y) { (a0, a1) => [new_display(a0), new_debug(a1)] })
//! ```
//!
//! (`new_v1_formatted` with one `placeholder(...)` per `{}` when any has
//! options or the arguments are not used once each in order). Printing and
//! panicking macros call `_print`/`_eprint`/`panic_fmt` with the result.
//! Each argument's constructor call carries the argument's span, so a
//! missing `Display` impl is reported there.

use crate::ctx::*;
use crate::format_args::*;
use crate::hir::*;
use ferrum_span::{Diagnostic, Span, Symbol};

/// One entry of the `args` array: a macro argument and how it is formatted.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    Trait(FormatTrait),
    /// A width or precision.
    Count,
}

impl<'a> Lowerer<'a> {
    /// `kind!(...)` with an already resolved format string.
    pub(crate) fn format_expr(&mut self, kind: FormatKind, fmt: Option<FormatArgs>, span: Span) -> ExprId {
        let Some(mut fmt) = fmt else {
            return self.err_expr(span);
        };
        let lang = match kind {
            FormatKind::Print { stderr, newline } => {
                if newline {
                    fmt.pieces.push(FormatPiece::Lit("\n".to_string()));
                }
                if stderr {
                    "format_eprint"
                } else {
                    "format_print"
                }
            }
            FormatKind::Panic => "panic_fmt",
        };
        let args = self.lower_format_args(fmt, span);
        self.call_lang(lang, vec![args], span)
    }

    /// A call of the library function marked `#[lang = "name"]`.
    pub(crate) fn call_lang(&mut self, name: &str, args: Vec<ExprId>, span: Span) -> ExprId {
        let Some(def) = self.krate.lang_item(name) else {
            self.error(
                Diagnostic::error(format!("unsupported: the library has no `{name}` lang item")).primary(span, ""),
            );
            return self.err_expr(span);
        };
        let callee =
            self.alloc_expr(ExprKind::Path(ValuePath::Resolved { res: Res::Def(def), args: Vec::new() }), span);
        self.alloc_expr(ExprKind::Call(callee, args), span)
    }

    /// The `Arguments` value of a format string.
    pub(crate) fn lower_format_args(&mut self, fmt: FormatArgs, span: Span) -> ExprId {
        let mut pieces: Vec<String> = Vec::new();
        let mut lit = String::new();
        let mut placeholders: Vec<(usize, FormatSpec)> = Vec::new();
        let mut uses: Vec<(usize, Use)> = Vec::new();
        let mut entry = |arg: usize, u: Use| match uses.iter().position(|&e| e == (arg, u)) {
            Some(i) => i,
            None => {
                uses.push((arg, u));
                uses.len() - 1
            }
        };
        for piece in fmt.pieces {
            match piece {
                FormatPiece::Lit(s) => lit.push_str(&s),
                FormatPiece::Arg { arg, mut spec } => {
                    pieces.push(std::mem::take(&mut lit));
                    let position = entry(arg, Use::Trait(spec.trait_));
                    if let Count::Arg(i) = spec.width {
                        spec.width = Count::Arg(entry(i, Use::Count));
                    }
                    if let Count::Arg(i) = spec.precision {
                        spec.precision = Count::Arg(entry(i, Use::Count));
                    }
                    placeholders.push((position, spec));
                }
            }
        }
        if !lit.is_empty() {
            pieces.push(lit);
        }
        let simple = placeholders.len() == uses.len()
            && placeholders.iter().enumerate().all(|(i, (pos, spec))| *pos == i && is_default(spec));
        let pieces_expr = self.str_slice(&pieces, span);
        let args_expr = self.argument_array(&fmt.args, &uses, span);
        if simple {
            return self.call_lang("format_arguments_new", vec![pieces_expr, args_expr], span);
        }
        let specs: Vec<ExprId> = placeholders.iter().map(|(pos, spec)| self.placeholder(*pos, spec, span)).collect();
        let specs = self.alloc_expr(ExprKind::Array(specs), span);
        let specs = self.ref_to(specs, span);
        self.call_lang("format_arguments_new_formatted", vec![pieces_expr, args_expr, specs], span)
    }

    fn ref_to(&mut self, expr: ExprId, span: Span) -> ExprId {
        self.alloc_expr(ExprKind::Ref { mutability: Mutability::Not, expr }, span)
    }

    fn str_slice(&mut self, pieces: &[String], span: Span) -> ExprId {
        let lits = pieces.iter().map(|p| self.alloc_expr(ExprKind::Lit(Lit::Str(Symbol::intern(p))), span)).collect();
        let array = self.alloc_expr(ExprKind::Array(lits), span);
        self.ref_to(array, span)
    }

    /// `&match (&a0, &a1, ..) { (b0, b1, ..) => [ctor(b0), ...] }`, each
    /// macro argument evaluated once, in order.
    fn argument_array(&mut self, args: &[ExprId], uses: &[(usize, Use)], span: Span) -> ExprId {
        if args.is_empty() {
            let array = self.alloc_expr(ExprKind::Array(Vec::new()), span);
            return self.ref_to(array, span);
        }
        let mut refs = Vec::new();
        let mut pats = Vec::new();
        let mut bindings = Vec::new();
        for (i, &a) in args.iter().enumerate() {
            let aspan = self.body().exprs[a].span;
            refs.push(self.ref_to(a, aspan));
            let (b, p) = self.local(&format!("arg{i}"), aspan);
            pats.push(p);
            bindings.push((b, aspan));
        }
        let scrutinee = self.alloc_expr(ExprKind::Tuple(refs), span);
        let pat = self.alloc_pat(PatKind::Tuple { pats, rest: None }, span);
        let ctors = uses
            .iter()
            .map(|&(arg, u)| {
                let (b, aspan) = bindings[arg];
                let value = self.local_ref(b, aspan);
                self.call_lang(ctor_lang(u), vec![value], aspan)
            })
            .collect();
        let body = self.alloc_expr(ExprKind::Array(ctors), span);
        let m = self.alloc_expr(ExprKind::Match { scrutinee, arms: vec![Arm { pat, guard: None, body }] }, span);
        self.ref_to(m, span)
    }

    fn int(&mut self, v: u128, ty: PrimTy, span: Span) -> ExprId {
        self.alloc_expr(ExprKind::Lit(Lit::Int(v, Some(ty))), span)
    }

    /// `placeholder(position, fill, align, flags, precision.., width..)`.
    fn placeholder(&mut self, position: usize, spec: &FormatSpec, span: Span) -> ExprId {
        let align = match spec.align {
            Align::Left => 0,
            Align::Right => 1,
            Align::Center => 2,
            Align::Unknown => 3,
        };
        let flags = u128::from(spec.sign_plus)
            | u128::from(spec.sign_minus) << 1
            | u128::from(spec.alternate) << 2
            | u128::from(spec.zero_pad) << 3
            | u128::from(spec.debug_hex == Some(false)) << 4
            | u128::from(spec.debug_hex == Some(true)) << 5;
        let (pk, pv) = count_parts(spec.precision);
        let (wk, wv) = count_parts(spec.width);
        let args = vec![
            self.int(position as u128, PrimTy::Usize, span),
            self.alloc_expr(ExprKind::Lit(Lit::Char(spec.fill)), span),
            self.int(align, PrimTy::U8, span),
            self.int(flags, PrimTy::U32, span),
            self.int(pk, PrimTy::U8, span),
            self.int(pv, PrimTy::Usize, span),
            self.int(wk, PrimTy::U8, span),
            self.int(wv, PrimTy::Usize, span),
        ];
        self.call_lang("format_placeholder", args, span)
    }
}

fn ctor_lang(u: Use) -> &'static str {
    match u {
        Use::Count => "format_argument_usize",
        Use::Trait(t) => match t {
            FormatTrait::Display => "format_argument_display",
            FormatTrait::Debug => "format_argument_debug",
            FormatTrait::LowerHex => "format_argument_lower_hex",
            FormatTrait::UpperHex => "format_argument_upper_hex",
            FormatTrait::Octal => "format_argument_octal",
            FormatTrait::Binary => "format_argument_binary",
            FormatTrait::LowerExp => "format_argument_lower_exp",
            FormatTrait::UpperExp => "format_argument_upper_exp",
            FormatTrait::Pointer => "format_argument_pointer",
        },
    }
}

/// A count as `(kind, value)`: 0 `Is`, 1 `Param`, 2 `Implied`.
fn count_parts(c: Count) -> (u128, u128) {
    match c {
        Count::Is(n) => (0, n as u128),
        Count::Arg(i) => (1, i as u128),
        Count::Implied => (2, 0),
    }
}

fn is_default(spec: &FormatSpec) -> bool {
    spec.fill == ' '
        && spec.align == Align::Unknown
        && !spec.sign_plus
        && !spec.sign_minus
        && !spec.alternate
        && !spec.zero_pad
        && spec.debug_hex.is_none()
        && spec.width == Count::Implied
        && spec.precision == Count::Implied
}
