//! Bindings: declaring the locals of a pattern, binding modes, and making
//! the bindings of a matched candidate, around its guard.
//!
//! In a guard, by-move bindings are not moved yet: the guard sees them
//! through a shared reference to the matched place, so a failing guard
//! leaves the scrutinee intact for the next arm. Copy and by-reference
//! bindings are made before the guard (and end on failure).

use super::{ArmTarget, Candidate, PendingBinding};
use crate::build::Builder;
use crate::mir::{BasicBlock, Local, Place, Rvalue, StatementKind};
use ferrum_hir::hir::{BindingId, Mutability, PatId, PatKind};
use ferrum_span::Symbol;
use rustc_hash::FxHashMap;

impl Builder<'_, '_> {
    /// How a binding binds: `Some(m)` by reference (written `ref`/`ref
    /// mut` or from the default binding mode), `None` by value.
    pub(crate) fn binding_mode(&self, binding: BindingId) -> Option<Mutability> {
        self.hir.bindings[binding].by_ref.or_else(|| self.res.binding_modes.get(binding).copied().flatten())
    }

    /// Declares a local for every binding of `pat`. The alternatives of an
    /// or-pattern share the locals of the first (matched by name).
    pub(crate) fn declare_bindings(&mut self, pat: PatId) {
        match &self.hir.pats[pat].kind {
            PatKind::Binding { binding, .. } => {
                self.declare_var(*binding);
            }
            PatKind::Or(alts) => {
                let Some((&first, rest)) = alts.split_first() else {
                    return;
                };
                self.declare_bindings(first);
                let by_name: FxHashMap<Symbol, Local> = self
                    .pattern_bindings(first)
                    .into_iter()
                    .map(|b| (self.hir.bindings[b].name, self.vars[&b]))
                    .collect();
                for &alt in rest {
                    for b in self.pattern_bindings(alt) {
                        match by_name.get(&self.hir.bindings[b].name) {
                            Some(&local) => {
                                self.vars.entry(b).or_insert(local);
                            }
                            None => {
                                self.declare_var(b);
                            }
                        }
                    }
                }
                return;
            }
            _ => {}
        }
        for child in self.pat_children(pat) {
            self.declare_bindings(child);
        }
    }

    /// The bindings of a pattern in order (first or-alternative only).
    pub(crate) fn pattern_bindings(&self, pat: PatId) -> Vec<BindingId> {
        let mut out = Vec::new();
        self.collect_bindings(pat, &mut out);
        out
    }

    fn collect_bindings(&self, pat: PatId, out: &mut Vec<BindingId>) {
        match &self.hir.pats[pat].kind {
            PatKind::Binding { binding, .. } => out.push(*binding),
            PatKind::Or(alts) => {
                if let Some(&first) = alts.first() {
                    self.collect_bindings(first, out);
                }
                return;
            }
            _ => {}
        }
        for child in self.pat_children(pat) {
            self.collect_bindings(child, out);
        }
    }

    /// The distinct locals a pattern binds.
    pub(crate) fn pattern_locals(&self, pat: PatId) -> Vec<Local> {
        let mut locals: Vec<Local> = Vec::new();
        for b in self.pattern_bindings(pat) {
            if let Some(&l) = self.vars.get(&b) {
                if !locals.contains(&l) {
                    locals.push(l);
                }
            }
        }
        locals
    }

    fn pat_children(&self, pat: PatId) -> Vec<PatId> {
        match &self.hir.pats[pat].kind {
            PatKind::Binding { sub, .. } => sub.iter().copied().collect(),
            PatKind::Tuple { pats, .. } => pats.clone(),
            PatKind::Adt { fields, .. } => fields.iter().map(|f| f.pat).collect(),
            PatKind::Ref { pat, .. } | PatKind::Box(pat) => vec![*pat],
            PatKind::Or(alts) => alts.clone(),
            PatKind::Slice { prefix, rest, suffix } => prefix.iter().chain(rest).chain(suffix).copied().collect(),
            _ => Vec::new(),
        }
    }

    /// Makes a binding: `StorageLive`, then a copy, move or borrow.
    pub(crate) fn bind(&mut self, b: &PendingBinding) -> Local {
        let local = self.declare_var(b.binding);
        let span = self.hir.bindings[b.binding].span;
        self.push_stmt(StatementKind::StorageLive(local), span);
        let rvalue = match b.mode {
            Some(m) => Rvalue::Ref(m, b.place.clone()),
            None => {
                let ty = self.place_ty(&b.place);
                Rvalue::Use(self.consume(b.place.clone(), ty))
            }
        };
        self.push_assign(Place::local(local), rvalue, span);
        local
    }

    /// Binds a matched candidate and runs its guard. Returns the block
    /// where the guard failed, if there is a guard.
    pub(crate) fn bind_and_guard(&mut self, c: &Candidate, arm: ArmTarget) -> Option<BasicBlock> {
        let Some(guard) = arm.guard else {
            for b in &c.bindings {
                self.bind(b);
            }
            self.goto(arm.block, self.span);
            return None;
        };
        let span = self.espan(guard);
        let mut live = Vec::new();
        let mut refs = Vec::new();
        let mut deferred = Vec::new();
        for b in &c.bindings {
            let ty = self.place_ty(&b.place);
            if b.mode.is_some() || self.is_copy(ty) {
                live.push(self.bind(b));
                continue;
            }
            let r = self.new_temp(self.tcx.mk_ref(ty, Mutability::Not), span);
            self.push_stmt(StatementKind::StorageLive(r), span);
            self.push_assign(Place::local(r), Rvalue::Ref(Mutability::Not, b.place.clone()), span);
            self.guard_refs.insert(b.binding, Place::local(r).deref());
            refs.push(r);
            deferred.push(b.clone());
        }
        let (pass, fail) = (self.new_block(), self.new_block());
        self.then_else(guard, pass, fail);
        for b in &deferred {
            self.guard_refs.remove(&b.binding);
        }
        self.cur = fail;
        for &l in live.iter().chain(&refs) {
            self.push_stmt(StatementKind::StorageDead(l), span);
        }
        self.cur = pass;
        for &r in &refs {
            self.push_stmt(StatementKind::StorageDead(r), span);
        }
        for b in &deferred {
            self.bind(b);
        }
        self.goto(arm.block, span);
        Some(fail)
    }
}
