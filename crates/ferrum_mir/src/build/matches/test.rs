//! Tests: choosing one from a refutable pair, sorting candidates into its
//! outcomes, and emitting it.
//!
//! Outcomes are indexed: a variant switch has one per variant plus
//! "otherwise" last; an integer switch one per collected value plus
//! "otherwise"; equality, range and length tests have "success" (0) and
//! "failure" (1). A candidate whose pair on the tested place the outcome
//! decides moves to that outcome (with the pair replaced by its
//! sub-pairs); the first candidate the test cannot decide stops sorting.

use super::{Candidate, MatchPair};
use crate::build::Builder;
use crate::mir::{BasicBlock, BinOp, Callee, ConstKind, Constant, Operand, Place, PlaceElem, Rvalue, TerminatorKind};
use crate::tys::truncate;
use ferrum_hir::hir::{DefKind, PatKind, Res};
use ferrum_span::Span;
use ferrum_ty::ty::{Ty, TyKind};

/// How a refutable pattern constrains its place.
pub(crate) enum PatTest {
    Variant { variant: u32, subpairs: Vec<MatchPair> },
    Value(Constant),
    Range(PatRange),
    Slice { len: u64, exact: bool, subpairs: Vec<MatchPair> },
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PatRange {
    pub(crate) lo: Option<Constant>,
    pub(crate) hi: Option<Constant>,
    pub(crate) inclusive: bool,
}

pub(crate) enum TestKind {
    Switch { variants: usize },
    SwitchInt { values: Vec<u128> },
    Eq { value: Constant },
    Range(PatRange),
    Len { len: u64, exact: bool },
}

pub(crate) struct Test {
    pub(crate) place: Place,
    pub(crate) ty: Ty,
    pub(crate) kind: TestKind,
    pub(crate) span: Span,
}

impl Test {
    fn outcomes(&self) -> usize {
        match &self.kind {
            TestKind::Switch { variants } => variants + 1,
            TestKind::SwitchInt { values } => values.len() + 1,
            _ => 2,
        }
    }
}

impl Builder<'_, '_> {
    /// Classifies a refutable pair (after simplification).
    pub(crate) fn classify(&mut self, pair: &MatchPair) -> Option<PatTest> {
        let ty = self.place_ty(&pair.place);
        let span = self.hir.pats[pair.pat].span;
        Some(match &self.hir.pats[pair.pat].kind {
            PatKind::Adt { res, fields, .. } => {
                let variant =
                    self.res.variant_indices.get(pair.pat).copied().unwrap_or_else(|| self.variant_of_res(*res));
                let base = pair.place.project(PlaceElem::Downcast(variant));
                PatTest::Variant { variant, subpairs: self.field_pairs(&base, ty, fields, variant) }
            }
            PatKind::Path(Res::Variant(def)) => match self.cx.program.krate.defs[*def].kind {
                DefKind::Variant { index, .. } => PatTest::Variant { variant: index, subpairs: Vec::new() },
                _ => return None,
            },
            PatKind::Path(Res::Def(def)) => PatTest::Value(self.const_item_pattern(*def, ty, span)),
            PatKind::Lit(c) => PatTest::Value(self.pat_const(c, ty, span)),
            PatKind::Range { lo, hi, inclusive } => PatTest::Range(PatRange {
                lo: lo.as_ref().map(|c| self.pat_const(c, ty, span)),
                hi: hi.as_ref().map(|c| self.pat_const(c, ty, span)),
                inclusive: *inclusive,
            }),
            PatKind::Slice { prefix, rest, suffix } => PatTest::Slice {
                len: (prefix.len() + suffix.len()) as u64,
                exact: rest.is_none(),
                subpairs: self.slice_pairs(&pair.place, prefix, *rest, suffix),
            },
            _ => return None,
        })
    }

    /// The test for the first pair of the first candidate (`None` if the
    /// pattern cannot be tested, an internal error).
    pub(crate) fn test_for(&mut self, pair: &MatchPair, candidates: &[Candidate]) -> Option<Test> {
        let ty = self.place_ty(&pair.place);
        let span = self.hir.pats[pair.pat].span;
        let kind = match self.classify(pair) {
            Some(PatTest::Variant { .. }) => {
                let variants = match self.tcx.kind(ty) {
                    TyKind::Adt(def, _) => self.cx.program.items.adts.get(&def).map_or(0, |a| a.variants.len()),
                    _ => 0,
                };
                TestKind::Switch { variants }
            }
            Some(PatTest::Value(c)) if self.switchable(&c) => {
                TestKind::SwitchInt { values: self.collect_values(&pair.place, candidates) }
            }
            Some(PatTest::Value(value)) => TestKind::Eq { value },
            Some(PatTest::Range(r)) => TestKind::Range(r),
            Some(PatTest::Slice { len, exact, .. }) => TestKind::Len { len, exact },
            None => return None,
        };
        Some(Test { place: pair.place.clone(), ty, kind, span })
    }

    /// A constant a `SwitchInt` can test: an integer, `char` or `bool`.
    fn switchable(&self, c: &Constant) -> bool {
        matches!(c.kind, ConstKind::Scalar(_))
            && matches!(self.tcx.kind(c.ty), TyKind::Int(_) | TyKind::Uint(_) | TyKind::Char | TyKind::Bool)
    }

    /// The distinct values tested on `place` by the leading candidates.
    fn collect_values(&mut self, place: &Place, candidates: &[Candidate]) -> Vec<u128> {
        let mut values = Vec::new();
        for c in candidates {
            let Some(pair) = c.pairs.iter().find(|p| &p.place == place) else {
                break;
            };
            match self.classify(&pair.clone()) {
                Some(PatTest::Value(c)) if self.switchable(&c) => {
                    if let ConstKind::Scalar(v) = c.kind {
                        if !values.contains(&v) {
                            values.push(v);
                        }
                    }
                }
                Some(PatTest::Range(_)) => continue,
                _ => break,
            }
        }
        values
    }

    /// Sorts candidates into the test's outcomes; returns the outcomes
    /// and the candidates tried after all of them.
    pub(crate) fn sort_candidates(
        &mut self,
        test: &Test,
        candidates: Vec<Candidate>,
    ) -> (Vec<Vec<Candidate>>, Vec<Candidate>) {
        let mut branches: Vec<Vec<Candidate>> = (0..test.outcomes()).map(|_| Vec::new()).collect();
        let mut iter = candidates.into_iter();
        let mut remaining = Vec::new();
        while let Some(mut c) = iter.next() {
            match self.sort_candidate(test, &mut c) {
                Some(outcome) => branches[outcome].push(c),
                None => {
                    remaining.push(c);
                    remaining.extend(iter);
                    break;
                }
            }
        }
        (branches, remaining)
    }

    fn sort_candidate(&mut self, test: &Test, c: &mut Candidate) -> Option<usize> {
        let j = c.pairs.iter().position(|p| p.place == test.place)?;
        let pat = self.classify(&c.pairs[j].clone())?;
        let (outcome, subpairs) = match (&test.kind, pat) {
            (TestKind::Switch { .. }, PatTest::Variant { variant, subpairs }) => (variant as usize, Some(subpairs)),
            (TestKind::SwitchInt { values }, PatTest::Value(v)) => {
                let ConstKind::Scalar(v) = v.kind else {
                    return None;
                };
                (values.iter().position(|&x| x == v)?, Some(Vec::new()))
            }
            (TestKind::SwitchInt { values }, PatTest::Range(r)) => {
                let disjoint = values.iter().all(|&v| self.range_contains(&r, v, test.ty) == Some(false));
                if !disjoint {
                    return None;
                }
                (values.len(), None)
            }
            (TestKind::Eq { value }, PatTest::Value(v)) if *value == v => (0, Some(Vec::new())),
            (TestKind::Range(r), PatTest::Range(r2)) if *r == r2 => (0, Some(Vec::new())),
            (TestKind::Range(r), PatTest::Value(Constant { kind: ConstKind::Scalar(v), .. })) => {
                if self.range_contains(r, v, test.ty) != Some(false) {
                    return None;
                }
                (1, None)
            }
            (TestKind::Len { len, exact }, PatTest::Slice { len: l2, exact: e2, subpairs })
                if *len == l2 && *exact == e2 =>
            {
                (0, Some(subpairs))
            }
            _ => return None,
        };
        if let Some(subpairs) = subpairs {
            c.pairs.splice(j..=j, subpairs);
        }
        Some(outcome)
    }

    /// Whether the (known) range contains the scalar `v` of type `ty`.
    fn range_contains(&self, r: &PatRange, v: u128, ty: Ty) -> Option<bool> {
        let key = |x: u128| -> i128 {
            match crate::tys::int_bits(self.tcx, ty) {
                Some(bits) if self.tcx.is_signed(ty) && bits < 128 => ((x << (128 - bits)) as i128) >> (128 - bits),
                _ => x as i128,
            }
        };
        let bound = |c: &Option<Constant>| -> Option<Option<i128>> {
            match c {
                None => Some(None),
                Some(Constant { kind: ConstKind::Scalar(b), .. }) => Some(Some(key(*b))),
                Some(_) => None,
            }
        };
        let (lo, hi) = (bound(&r.lo)?, bound(&r.hi)?);
        let v = key(v);
        let above = lo.is_none_or(|l| l <= v);
        let below = hi.is_none_or(|h| if r.inclusive { v <= h } else { v < h });
        Some(above && below)
    }

    /// Emits the test at the current block; returns one block per outcome.
    pub(crate) fn emit_test(&mut self, test: &Test, branches: &[Vec<Candidate>]) -> Vec<BasicBlock> {
        let blocks: Vec<BasicBlock> = branches.iter().map(|_| self.new_block()).collect();
        let span = test.span;
        match &test.kind {
            TestKind::Switch { variants } => self.emit_variant_switch(test, *variants, branches, &blocks),
            TestKind::SwitchInt { values } => {
                let targets = values.iter().copied().zip(blocks.iter().copied()).collect();
                let discr = Operand::Copy(test.place.clone());
                let otherwise = *blocks.last().unwrap_or(&blocks[0]);
                self.terminate(TerminatorKind::SwitchInt { discr, targets, otherwise }, span);
            }
            TestKind::Eq { value } => {
                let ok = self.equality(test, value.clone());
                self.branch(ok, blocks[0], blocks[1], span);
            }
            TestKind::Range(r) => self.emit_range(test, r, blocks[0], blocks[1]),
            TestKind::Len { len, exact } => {
                let usize = self.tcx.usize();
                let l = self.new_temp(usize, span);
                self.push_assign(Place::local(l), Rvalue::Len(test.place.clone()), span);
                let op = if *exact { BinOp::Eq } else { BinOp::Ge };
                let n = self.usize_const(*len as u128);
                let ok = self.compare(op, Operand::Move(Place::local(l)), n, span);
                self.branch(Operand::Move(Place::local(ok)), blocks[0], blocks[1], span);
            }
        }
        blocks
    }

    /// `switchInt(discriminant(place))` over the variants that have
    /// candidates; the others go to the last ("otherwise") outcome.
    fn emit_variant_switch(
        &mut self,
        test: &Test,
        variants: usize,
        branches: &[Vec<Candidate>],
        blocks: &[BasicBlock],
    ) {
        let span = test.span;
        let discrs = match self.tcx.kind(test.ty) {
            TyKind::Adt(def, _) => self.cx.discriminants(def),
            _ => Vec::new(),
        };
        let bits = crate::tys::int_bits(self.tcx, self.cx.discr_ty()).unwrap_or(64);
        let targets: Vec<(u128, BasicBlock)> = (0..variants)
            .filter(|&v| !branches[v].is_empty())
            .map(|v| (truncate(discrs.get(v).copied().unwrap_or(v as i128) as u128, bits), blocks[v]))
            .collect();
        let otherwise = if targets.len() == variants {
            let dead = self.new_block();
            let saved = std::mem::replace(&mut self.cur, dead);
            self.terminate(TerminatorKind::Unreachable, span);
            self.cur = saved;
            dead
        } else {
            blocks[variants]
        };
        let d = self.new_temp(self.cx.discr_ty(), span);
        self.push_assign(Place::local(d), Rvalue::Discriminant(test.place.clone()), span);
        let discr = Operand::Move(Place::local(d));
        self.terminate(TerminatorKind::SwitchInt { discr, targets, otherwise }, span);
    }

    /// `place == value`: a `BinaryOp`, or the library's `str_eq` for strings.
    fn equality(&mut self, test: &Test, value: Constant) -> Operand {
        let span = test.span;
        let place = Operand::Copy(test.place.clone());
        let bool_ty = self.tcx.bool();
        if matches!(value.kind, ConstKind::Str(_)) {
            let Some((eq, substs)) = self.cx.str_eq() else {
                self.error(span, "unsupported: string literal patterns (needs `PartialEq` for `str` in the library)");
                return self.bool_const(false);
            };
            let t = self.new_temp(bool_ty, span);
            let args = vec![place, Operand::Constant(Box::new(value))];
            self.emit_call(Callee::Fn(eq, substs), args, Place::local(t), false, span);
            return Operand::Move(Place::local(t));
        }
        if crate::tys::scalar_bits(self.tcx, value.ty).is_none() {
            return self.structural_eq_const(&test.place, value, span);
        }
        let t = self.compare(BinOp::Eq, place, Operand::Constant(Box::new(value)), span);
        Operand::Move(Place::local(t))
    }

    /// `lo <= place` then `place < hi` (or `<=`), each a jump to `fail`.
    fn emit_range(&mut self, test: &Test, r: &PatRange, success: BasicBlock, fail: BasicBlock) {
        let span = test.span;
        let value = Operand::Copy(test.place.clone());
        if let Some(lo) = &r.lo {
            let ok = self.compare(BinOp::Le, Operand::Constant(Box::new(lo.clone())), value.clone(), span);
            let next = self.new_block();
            self.branch(Operand::Move(Place::local(ok)), next, fail, span);
            self.cur = next;
        }
        match &r.hi {
            Some(hi) => {
                let op = if r.inclusive { BinOp::Le } else { BinOp::Lt };
                let ok = self.compare(op, value, Operand::Constant(Box::new(hi.clone())), span);
                self.branch(Operand::Move(Place::local(ok)), success, fail, span);
            }
            None => self.goto(success, span),
        }
    }
}
