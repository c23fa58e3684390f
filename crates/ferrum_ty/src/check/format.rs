//! Arguments of compiler-formatted macros (`println!`, `panic!`, ...):
//! each argument must implement the formatting trait its spec asks for.

use super::FnCtxt;
use crate::ty::{InferKind, Ty, TyKind};
use ferrum_hir::hir::{Count, FormatArgs, FormatKind, FormatPiece, FormatTrait};
use ferrum_span::Diagnostic;

impl FnCtxt<'_> {
    pub(super) fn check_format(&mut self, kind: FormatKind, fmt: &FormatArgs) -> Ty {
        let tys: Vec<Ty> = fmt.args.iter().map(|&a| self.check_expr(a, None)).collect();
        for piece in &fmt.pieces {
            let FormatPiece::Arg { arg, spec } = piece else { continue };
            for count in [spec.width, spec.precision] {
                if let Count::Arg(i) = count {
                    if let (Some(&ty), Some(&e)) = (tys.get(i), fmt.args.get(i)) {
                        let usize = self.tcx.usize();
                        self.demand_eq(self.span(e), usize, ty);
                    }
                }
            }
            let (Some(&ty), Some(&e)) = (tys.get(*arg), fmt.args.get(*arg)) else { continue };
            // Checked once inference is done: the argument's type may still
            // be an unnormalised associated type here.
            self.deferred_formats.push((e, ty, spec.trait_));
        }
        match kind {
            FormatKind::Panic => self.tcx.never(),
            FormatKind::Print { .. } => self.tcx.unit(),
        }
    }

    pub(super) fn run_deferred_formats(&mut self) {
        for (e, ty, trait_) in std::mem::take(&mut self.deferred_formats) {
            self.check_format_arg(e, ty, trait_);
        }
    }

    fn check_format_arg(&mut self, e: ferrum_hir::hir::ExprId, ty: Ty, trait_: FormatTrait) {
        let spec_trait = trait_;
        {
            if !self.implements_format(ty, spec_trait, 0) {
                let t = self.ty_str(ty);
                let (trait_name, hint) = match spec_trait {
                    FormatTrait::Display => {
                        ("std::fmt::Display", format!("`{t}` cannot be formatted with the default formatter"))
                    }
                    FormatTrait::Debug => ("Debug", format!("`{t}` cannot be formatted using `{{:?}}`")),
                    other => (
                        trait_display_name(other),
                        format!("the trait `{}` is not implemented for `{t}`", trait_display_name(other)),
                    ),
                };
                self.error(
                    Diagnostic::error(format!("`{t}` doesn't implement `{trait_name}`"))
                        .code("E0277")
                        .primary(self.span(e), hint),
                );
            }
        }
    }

    /// Whether the compiler's formatter can format `ty` with `trait_`.
    fn implements_format(&mut self, ty: Ty, trait_: FormatTrait, depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        let kind = self.kind(ty);
        match kind {
            TyKind::Ref(inner, _) => return self.implements_format(inner, trait_, depth + 1),
            TyKind::Error | TyKind::Never => return true,
            _ => {}
        }
        let is_int = matches!(kind, TyKind::Int(_) | TyKind::Uint(_) | TyKind::Infer(_, InferKind::Int));
        let is_float = matches!(kind, TyKind::Float(_) | TyKind::Infer(_, InferKind::Float));
        match trait_ {
            FormatTrait::Display => is_int || is_float || matches!(kind, TyKind::Bool | TyKind::Char | TyKind::Str),
            FormatTrait::Debug => match kind {
                TyKind::Tuple(tys) => tys.iter().all(|&t| self.implements_format(t, trait_, depth + 1)),
                TyKind::Array(t, _) | TyKind::Slice(t) => self.implements_format(t, trait_, depth + 1),
                TyKind::RawPtr(..) | TyKind::FnPtr(_) => true,
                _ => is_int || is_float || matches!(kind, TyKind::Bool | TyKind::Char | TyKind::Str),
            },
            FormatTrait::LowerHex | FormatTrait::UpperHex | FormatTrait::Octal | FormatTrait::Binary => is_int,
            FormatTrait::LowerExp | FormatTrait::UpperExp => is_int || is_float,
        }
    }
}

fn trait_display_name(trait_: FormatTrait) -> &'static str {
    match trait_ {
        FormatTrait::Display => "Display",
        FormatTrait::Debug => "Debug",
        FormatTrait::LowerHex => "LowerHex",
        FormatTrait::UpperHex => "UpperHex",
        FormatTrait::Octal => "Octal",
        FormatTrait::Binary => "Binary",
        FormatTrait::LowerExp => "LowerExp",
        FormatTrait::UpperExp => "UpperExp",
    }
}
