//! Constants: literals (negated literals folded), function items, `const`
//! items, constructors used as values.

use super::ExprRef;
use crate::build::Builder;
use crate::mir::{ConstKind, Constant};
use crate::tys::{scalar_bits, truncate};
use ferrum_hir::hir::{ExprKind, Lit, UnOp};
use ferrum_span::Span;
use ferrum_ty::ty::{FloatTy, Ty, TyKind};
use ferrum_ty::ValueRes;

impl Builder<'_, '_> {
    /// The constant an expression of category `Constant` denotes.
    pub(crate) fn as_constant(&mut self, e: ExprRef) -> Constant {
        let ty = self.ety(e);
        let span = self.espan(e.id);
        match self.kind(e.id) {
            ExprKind::Lit(lit) => {
                let lit = lit.clone();
                self.lit_constant(&lit, ty, false, span)
            }
            ExprKind::Unary(UnOp::Neg, inner) => match self.kind(*inner) {
                ExprKind::Lit(lit) => {
                    let lit = lit.clone();
                    self.lit_constant(&lit, ty, true, span)
                }
                _ => Constant { ty, kind: ConstKind::ZeroSized },
            },
            _ => self.path_constant(e.id, ty),
        }
    }

    fn path_constant(&mut self, id: ferrum_hir::hir::ExprId, ty: Ty) -> Constant {
        let kind = match self.value_res(id) {
            Some(ValueRes::Const(def, substs)) => ConstKind::Unevaluated(*def, substs.clone()),
            Some(ValueRes::Fn(..) | ValueRes::Ctor { .. }) => ConstKind::ZeroSized,
            Some(ValueRes::ConstParam(param)) => ConstKind::Param(*param),
            _ => {
                if !matches!(self.tcx.kind(ty), TyKind::Error) {
                    let span = self.espan(id);
                    self.error(span, "internal compiler error: unresolved path in MIR building");
                }
                ConstKind::ZeroSized
            }
        };
        Constant { ty, kind }
    }

    /// A literal of type `ty`, optionally negated (`-128i8`).
    pub(crate) fn lit_constant(&mut self, lit: &Lit, ty: Ty, negated: bool, span: Span) -> Constant {
        let bits = scalar_bits(self.tcx, ty).unwrap_or(128);
        let scalar = |v: u128| ConstKind::Scalar(truncate(v, bits));
        let kind = match lit {
            Lit::Bool(b) => scalar(*b as u128),
            Lit::Char(c) => scalar(*c as u128),
            Lit::Byte(b) => scalar(*b as u128),
            Lit::Int(v, _) if self.tcx.is_float(ty) => self.float_const(&v.to_string(), ty, negated, span),
            Lit::Int(v, _) => scalar(if negated { (*v as i128).wrapping_neg() as u128 } else { *v }),
            Lit::Float(text, _) => self.float_const(text.as_str(), ty, negated, span),
            Lit::Str(s) => ConstKind::Str(*s),
            Lit::ByteStr(bytes) => ConstKind::ByteStr(bytes.clone().into_boxed_slice()),
        };
        Constant { ty, kind }
    }

    /// Parses a float literal with Rust's own parser, in the precision of
    /// the target type (so `0.1f32` rounds once, as rustc does).
    fn float_const(&mut self, text: &str, ty: Ty, negated: bool, span: Span) -> ConstKind {
        let clean: String = text.chars().filter(|&c| c != '_').collect();
        let clean = clean.trim_end_matches("f32").trim_end_matches("f64");
        let is_f32 = matches!(self.tcx.kind(ty), TyKind::Float(FloatTy::F32));
        let bits = if is_f32 {
            clean.parse::<f32>().map(|f| (if negated { -f } else { f }).to_bits() as u128)
        } else {
            clean.parse::<f64>().map(|f| (if negated { -f } else { f }).to_bits() as u128)
        };
        match bits {
            Ok(b) => ConstKind::Scalar(b),
            Err(_) => {
                self.error(span, format!("invalid float literal `{text}`"));
                ConstKind::Scalar(0)
            }
        }
    }
}
