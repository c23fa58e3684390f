//! Constants in patterns: literals (possibly negated), `const` items, and
//! the primitive types' `MIN`/`MAX`.

use crate::build::Builder;
use crate::mir::{ConstKind, Constant};
use crate::tys::{int_bits, signed_min, truncate};
use ferrum_hir::hir::{DefId, DefKind, PatConst, PrimTy, Res, TypeRefKind};
use ferrum_span::Span;
use ferrum_ty::ty::{Ty, TyKind};

impl Builder<'_, '_> {
    /// The value of a pattern constant matched against a place of type `ty`.
    pub(crate) fn pat_const(&mut self, c: &PatConst, ty: Ty, span: Span) -> Constant {
        match c {
            PatConst::Lit { lit, negated } => self.lit_constant(lit, ty, *negated, span),
            PatConst::Path(Res::Def(def)) => Constant { ty, kind: ConstKind::Unevaluated(*def, std::rc::Rc::new([])) },
            PatConst::TypeRelative { ty: tref, name } => {
                let prim = match &self.cx.program.krate.types[*tref].kind {
                    TypeRefKind::Path { res: Res::PrimTy(p), .. } => Some(*p),
                    _ => None,
                };
                match prim.and_then(|p| self.prim_assoc_const(p, name.as_str(), ty)) {
                    Some(v) => Constant { ty, kind: ConstKind::Scalar(v) },
                    None => self.bad_pat_const(span),
                }
            }
            PatConst::Path(_) => self.bad_pat_const(span),
        }
    }

    /// A `const` item used as a pattern: integers are evaluated now (so
    /// they can be switched on); other values compare at run time
    /// ([`Builder::structural_eq`] for aggregates).
    pub(crate) fn const_item_pattern(&mut self, def: DefId, ty: Ty, span: Span) -> Constant {
        let krate = &self.cx.program.krate;
        let _ = span;
        if let (DefKind::Const { body: Some(body), .. }, Some(bits)) = (&krate.defs[def].kind, int_bits(self.tcx, ty)) {
            if let Some(v) = ferrum_ty::const_eval::eval_int(krate, *body) {
                return Constant { ty, kind: ConstKind::Scalar(truncate(v as u128, bits)) };
            }
        }
        Constant { ty, kind: ConstKind::Unevaluated(def, std::rc::Rc::new([])) }
    }

    fn bad_pat_const(&mut self, span: Span) -> Constant {
        self.error(span, "unsupported: this constant in a pattern");
        Constant { ty: self.tcx.error(), kind: ConstKind::Scalar(0) }
    }

    /// `i64::MIN`, `u8::MAX`, `char::MAX` as truncated scalars of `ty`.
    fn prim_assoc_const(&self, prim: PrimTy, name: &str, ty: Ty) -> Option<u128> {
        if prim == PrimTy::Char {
            return match name {
                "MAX" => Some(0x10FFFF),
                _ => None,
            };
        }
        let bits = int_bits(self.tcx, ty)?;
        let signed = matches!(self.tcx.kind(ty), TyKind::Int(_));
        let value = match (name, signed) {
            ("MIN", true) => signed_min(bits),
            ("MIN", false) => 0,
            ("MAX", true) => signed_min(bits) - 1,
            ("MAX", false) => truncate(u128::MAX, bits),
            _ => return None,
        };
        Some(value)
    }
}
