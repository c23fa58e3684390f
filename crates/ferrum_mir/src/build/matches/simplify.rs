//! Candidate simplification: irrefutable sub-patterns become projections
//! and pending bindings; or-patterns split a candidate into one per
//! alternative (in order, so the leftmost matching alternative binds).

use super::{Candidate, MatchPair, PendingBinding};
use crate::build::Builder;
use crate::mir::{Place, PlaceElem};
use crate::place_ty::try_place_ty;
use ferrum_hir::hir::{DefKind, FieldName, FieldPat, PatId, PatKind, Res};
use ferrum_ty::ty::{Ty, TyKind};

/// What simplifying one pair gives.
enum Simplified {
    /// The pair always matches; these sub-pairs remain (and a binding).
    Irrefutable { pairs: Vec<MatchPair>, binding: Option<PendingBinding> },
    /// The pair needs a test.
    Refutable,
    /// An or-pattern: one alternative per candidate.
    Or(Vec<PatId>),
}

impl Builder<'_, '_> {
    pub(crate) fn simplify_candidates(&mut self, candidates: Vec<Candidate>) -> Vec<Candidate> {
        let mut out = Vec::with_capacity(candidates.len());
        for c in candidates {
            self.simplify_into(c, &mut out);
        }
        out
    }

    fn simplify_into(&self, mut c: Candidate, out: &mut Vec<Candidate>) {
        let mut i = 0;
        while i < c.pairs.len() {
            let pair = c.pairs[i].clone();
            match self.simplify_pair(&pair) {
                Simplified::Irrefutable { pairs, binding } => {
                    c.bindings.extend(binding);
                    c.pairs.splice(i..=i, pairs);
                }
                Simplified::Refutable => i += 1,
                Simplified::Or(alts) => {
                    for alt in alts {
                        let mut split = c.clone();
                        split.pairs[i] = self.pair(pair.place.clone(), alt);
                        self.simplify_into(split, out);
                    }
                    return;
                }
            }
        }
        out.push(c);
    }

    fn simplify_pair(&self, pair: &MatchPair) -> Simplified {
        let irrefutable = |pairs| Simplified::Irrefutable { pairs, binding: None };
        let place = &pair.place;
        match &self.hir.pats[pair.pat].kind {
            PatKind::Wild | PatKind::Err => irrefutable(Vec::new()),
            PatKind::Binding { binding, sub } => {
                let pending =
                    PendingBinding { binding: *binding, place: place.clone(), mode: self.binding_mode(*binding) };
                let pairs = sub.iter().map(|&s| self.pair(place.clone(), s)).collect();
                Simplified::Irrefutable { pairs, binding: Some(pending) }
            }
            PatKind::Tuple { pats, rest } => irrefutable(self.tuple_pairs(place, pats, *rest)),
            PatKind::Adt { res, fields, .. } => match self.single_variant(pair, *res) {
                Some(base) => {
                    irrefutable(self.field_pairs(&base, self.place_ty(place), fields, self.variant_of_res(*res)))
                }
                None => Simplified::Refutable,
            },
            PatKind::Path(res) => match res {
                Res::Variant(_) if self.single_variant(pair, *res).is_none() => Simplified::Refutable,
                Res::Def(def) if matches!(self.cx.program.krate.defs[*def].kind, DefKind::Const { .. }) => {
                    Simplified::Refutable
                }
                _ => irrefutable(Vec::new()),
            },
            PatKind::Ref { pat, .. } | PatKind::Box(pat) => {
                irrefutable(vec![self.pair(self.deref_place(place.clone()), *pat)])
            }
            PatKind::Slice { prefix, rest, suffix } => match self.tcx.kind(self.place_ty(place)) {
                // The type checker rejects slice patterns on arrays of generic length.
                TyKind::Array(_, n) => {
                    let n = self.tcx.len_value(n).unwrap_or(0);
                    irrefutable(self.array_pairs(place, n, prefix, *rest, suffix))
                }
                _ => Simplified::Refutable,
            },
            PatKind::Or(alts) => Simplified::Or(alts.clone()),
            PatKind::Lit(_) | PatKind::Range { .. } => Simplified::Refutable,
        }
    }

    pub(crate) fn place_ty(&self, place: &Place) -> Ty {
        try_place_ty(self.cx, &self.locals, place).map_or_else(|_| self.tcx.error(), |pt| pt.ty)
    }

    /// For a struct pattern, or a variant of a one-variant enum: the place
    /// its fields are projected from. `None` if a test is needed.
    fn single_variant(&self, pair: &MatchPair, res: Res) -> Option<Place> {
        let ty = self.place_ty(&pair.place);
        if !self.cx.is_enum(ty) {
            return Some(pair.place.clone());
        }
        let TyKind::Adt(def, _) = self.tcx.kind(ty) else {
            return None;
        };
        let count = self.cx.program.items.adts.get(&def).map_or(0, |a| a.variants.len());
        (count == 1).then(|| pair.place.project(PlaceElem::Downcast(self.variant_of_res(res))))
    }

    fn tuple_pairs(&self, place: &Place, pats: &[PatId], rest: Option<usize>) -> Vec<MatchPair> {
        let tys = match self.tcx.kind(self.place_ty(place)) {
            TyKind::Tuple(tys) => tys.to_vec(),
            _ => return Vec::new(),
        };
        let n = tys.len();
        pats.iter()
            .enumerate()
            .filter_map(|(k, &p)| {
                let index = match rest {
                    Some(r) if k >= r => (n + k).checked_sub(pats.len())?,
                    _ => k,
                };
                let ty = *tys.get(index)?;
                Some(self.pair(place.field(index as u32, ty), p))
            })
            .collect()
    }

    /// Pairs for the fields of a struct or (downcast) variant pattern.
    pub(crate) fn field_pairs(&self, base: &Place, adt_ty: Ty, fields: &[FieldPat], variant: u32) -> Vec<MatchPair> {
        let TyKind::Adt(def, _) = self.tcx.kind(adt_ty) else {
            return Vec::new();
        };
        let Some(info) = self.cx.program.items.adts.get(&def).and_then(|a| a.variants.get(variant as usize)) else {
            return Vec::new();
        };
        let tys = self.cx.variant_field_tys(adt_ty, variant).unwrap_or_default();
        fields
            .iter()
            .filter_map(|f| {
                let index = match f.name {
                    FieldName::Named(name) => info.fields.iter().position(|fi| fi.name == name)?,
                    FieldName::Index(i) => i as usize,
                };
                let ty = *tys.get(index)?;
                Some(self.pair(base.field(index as u32, ty), f.pat))
            })
            .collect()
    }

    /// `[a, b, .., z]` on an array of length `n`.
    fn array_pairs(
        &self,
        place: &Place,
        n: u64,
        prefix: &[PatId],
        rest: Option<PatId>,
        suffix: &[PatId],
    ) -> Vec<MatchPair> {
        let (p, s) = (prefix.len() as u64, suffix.len() as u64);
        let mut pairs: Vec<MatchPair> = prefix
            .iter()
            .enumerate()
            .map(|(i, &pat)| {
                self.pair(place.project(PlaceElem::ConstantIndex { offset: i as u64, from_end: false }), pat)
            })
            .collect();
        if let Some(rest) = rest {
            let to = n.saturating_sub(s);
            pairs.push(self.pair(place.project(PlaceElem::Subslice { from: p, to, from_end: false }), rest));
        }
        for (j, &pat) in suffix.iter().enumerate() {
            let offset = n.saturating_sub(s) + j as u64;
            pairs.push(self.pair(place.project(PlaceElem::ConstantIndex { offset, from_end: false }), pat));
        }
        pairs
    }

    /// `[a, .., z]` on a slice whose length was checked.
    pub(crate) fn slice_pairs(
        &self,
        place: &Place,
        prefix: &[PatId],
        rest: Option<PatId>,
        suffix: &[PatId],
    ) -> Vec<MatchPair> {
        let (p, s) = (prefix.len() as u64, suffix.len() as u64);
        let mut pairs: Vec<MatchPair> = prefix
            .iter()
            .enumerate()
            .map(|(i, &pat)| {
                self.pair(place.project(PlaceElem::ConstantIndex { offset: i as u64, from_end: false }), pat)
            })
            .collect();
        if let Some(rest) = rest {
            pairs.push(self.pair(place.project(PlaceElem::Subslice { from: p, to: s, from_end: true }), rest));
        }
        for (j, &pat) in suffix.iter().enumerate() {
            let offset = s - j as u64;
            pairs.push(self.pair(place.project(PlaceElem::ConstantIndex { offset, from_end: true }), pat));
        }
        pairs
    }
}
