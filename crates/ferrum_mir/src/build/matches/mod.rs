//! Pattern matching: `match`, `let` patterns, `if let`, `let ... else`
//! and parameter patterns, after rustc's `matches` module.
//!
//! Each arm becomes a [`Candidate`]: a list of [`MatchPair`]s (a place to
//! test against a sub-pattern) and the bindings collected so far.
//! [`simplify`] removes irrefutable pairs (wildcards, bindings, tuples,
//! structs, derefs, arrays) and expands or-patterns into one candidate
//! per alternative. [`Builder::match_candidates`] then takes the first
//! candidate's first remaining pair, builds one [`test`] on its place
//! (a switch on the discriminant, a switch on integer values, an equality
//! or range comparison, a slice length check), sorts the candidates in
//! order into the test's outcomes for as long as the test decides them,
//! and recurses; the unsorted rest is tried where every branch fails.
//!
//! A candidate without pairs has matched: its bindings are made and its
//! guard evaluated ([`bind`]); a failing guard falls through to the next
//! candidates. Or-alternatives re-run the guard, as Rust specifies.

mod bind;
mod consts;
mod simplify;
mod structural;
mod test;

use super::Builder;
use crate::mir::{BasicBlock, Place, PlaceElem, TerminatorKind};
use ferrum_hir::hir::{Arm, BindingId, ExprId, Mutability, PatId};

/// A place to match against a pattern; the pattern's implicit derefs
/// (match ergonomics) are already applied to the place.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MatchPair {
    pub(crate) place: Place,
    pub(crate) pat: PatId,
}

/// A binding to make once its candidate has matched.
#[derive(Clone, Debug)]
pub(crate) struct PendingBinding {
    pub(crate) binding: BindingId,
    pub(crate) place: Place,
    /// `Some(m)`: bind `&m place`; `None`: copy or move the value.
    pub(crate) mode: Option<Mutability>,
}

/// One way an arm can match: the tests left and the bindings to make.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub(crate) pairs: Vec<MatchPair>,
    pub(crate) bindings: Vec<PendingBinding>,
    pub(crate) arm: usize,
}

/// Where a matched arm continues, after its guard.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ArmTarget {
    pub(crate) block: BasicBlock,
    pub(crate) guard: Option<ExprId>,
}

impl<'a> Builder<'a, '_> {
    pub(crate) fn match_into(&mut self, dest: Place, id: ExprId, scrutinee: ExprId, arms: &'a [Arm]) {
        let span = self.espan(id);
        let place = self.as_place(self.full(scrutinee));
        for arm in arms {
            self.declare_bindings(arm.pat);
        }
        let targets: Vec<ArmTarget> =
            arms.iter().map(|a| ArmTarget { block: self.new_block(), guard: a.guard }).collect();
        let candidates = arms.iter().enumerate().map(|(i, a)| self.candidate(place.clone(), a.pat, i)).collect();
        let (start, otherwise) = (self.cur, self.new_block());
        self.match_candidates(start, otherwise, candidates, &targets);
        self.cur = otherwise;
        self.terminate(TerminatorKind::Unreachable, span);
        let join = self.new_block();
        for (arm, target) in arms.iter().zip(&targets) {
            self.cur = target.block;
            self.in_temp_scope(|b| {
                for local in b.pattern_locals(arm.pat) {
                    b.schedule_local(b.temp_scope, local, span);
                }
                b.expr_into(dest.clone(), b.full(arm.body));
            });
            self.goto(join, span);
        }
        self.cur = join;
    }

    /// Matches an irrefutable pattern (or jumps to `failure`), making its
    /// bindings; continues in the success block. The caller declares the
    /// bindings and schedules their drops.
    pub(crate) fn bind_irrefutable(&mut self, place: Place, pat: PatId, failure: Option<BasicBlock>) {
        let success = self.new_block();
        let targets = [ArmTarget { block: success, guard: None }];
        let otherwise = failure.unwrap_or_else(|| self.new_block());
        let start = self.cur;
        let candidate = self.candidate(place, pat, 0);
        self.match_candidates(start, otherwise, vec![candidate], &targets);
        if failure.is_none() {
            self.cur = otherwise;
            self.terminate(TerminatorKind::Unreachable, self.hir.pats[pat].span);
        }
        self.cur = success;
    }

    fn candidate(&self, place: Place, pat: PatId, arm: usize) -> Candidate {
        Candidate { pairs: vec![self.pair(place, pat)], bindings: Vec::new(), arm }
    }

    /// A match pair, with the pattern's implicit dereferences applied.
    pub(crate) fn pair(&self, place: Place, pat: PatId) -> MatchPair {
        let derefs = self.res.pat_adjustments.get(pat).map_or(0, |a| a.len());
        let mut place = place;
        for _ in 0..derefs {
            place = place.project(PlaceElem::Deref);
        }
        MatchPair { place, pat }
    }

    /// Tests `candidates` in order starting at `start`; jumps to
    /// `otherwise` if none matches.
    pub(crate) fn match_candidates(
        &mut self,
        start: BasicBlock,
        otherwise: BasicBlock,
        candidates: Vec<Candidate>,
        arms: &[ArmTarget],
    ) {
        self.cur = start;
        let mut candidates = self.simplify_candidates(candidates);
        let Some(first) = candidates.first() else {
            self.goto(otherwise, self.span);
            return;
        };
        if first.pairs.is_empty() {
            let first = candidates.remove(0);
            if let Some(fail) = self.bind_and_guard(&first, arms[first.arm]) {
                self.match_candidates(fail, otherwise, candidates, arms);
            }
            return;
        }
        let Some(test) = self.test_for(&first.pairs[0], &candidates) else {
            // Cannot happen for checked patterns; dropping the pair keeps
            // lowering total.
            let span = self.hir.pats[first.pairs[0].pat].span;
            self.error(span, "internal compiler error: pattern cannot be tested");
            candidates[0].pairs.remove(0);
            self.match_candidates(start, otherwise, candidates, arms);
            return;
        };
        let (branches, remaining) = self.sort_candidates(&test, candidates);
        let remaining_start = if remaining.is_empty() { otherwise } else { self.new_block() };
        let blocks = self.emit_test(&test, &branches);
        for (block, cands) in blocks.into_iter().zip(branches) {
            self.match_candidates(block, remaining_start, cands, arms);
        }
        if !remaining.is_empty() {
            self.match_candidates(remaining_start, otherwise, remaining, arms);
        }
    }
}
