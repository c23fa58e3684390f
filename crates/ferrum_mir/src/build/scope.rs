//! Scopes: which locals to `StorageDead` and which values to `Drop` when
//! control leaves a region, and the `break`/`continue` targets of loops
//! and labelled blocks.
//!
//! Each scope keeps its scheduled drops in scheduling order; leaving it
//! emits them in reverse (a value is dropped, then its storage ends, and
//! later declarations go first). Temporaries are scheduled in the
//! *temporary scope* — the enclosing statement, `if` condition, match
//! guard, arm or loop body — which may be outside the innermost block
//! (edition 2021: temporaries of a block's tail expression live to the end
//! of the enclosing statement).

use super::Builder;
use crate::mir::{BasicBlock, Local, Place, StatementKind, TerminatorKind};
use ferrum_hir::hir::ExprId;
use ferrum_span::Span;
use ferrum_ty::ty::Ty;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DropKind {
    Storage,
    Value,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct DropData {
    pub(crate) local: Local,
    pub(crate) kind: DropKind,
    pub(crate) span: Span,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Scope {
    pub(crate) drops: Vec<DropData>,
}

/// A loop or labelled block that `break` (and for loops `continue`) can
/// leave.
#[derive(Debug, Clone)]
pub(crate) struct Breakable {
    /// The `Loop`, `For` or labelled `Block` expression.
    pub(crate) expr: ExprId,
    /// Number of scopes outside the breakable: exits leave the rest.
    pub(crate) depth: usize,
    pub(crate) break_block: BasicBlock,
    pub(crate) continue_block: Option<BasicBlock>,
    /// Where `break value` writes.
    pub(crate) dest: Place,
}

impl Builder<'_, '_> {
    pub(crate) fn push_scope(&mut self) -> usize {
        self.scopes.push(Scope::default());
        self.scopes.len() - 1
    }

    /// Leaves the innermost scope normally, emitting its drops.
    pub(crate) fn pop_scope(&mut self) {
        if let Some(scope) = self.scopes.pop() {
            self.emit_drops(scope.drops.iter().rev().copied());
        }
    }

    /// Emits drops in the given order into the current block.
    pub(crate) fn emit_drops(&mut self, drops: impl Iterator<Item = DropData>) {
        for drop in drops {
            match drop.kind {
                DropKind::Storage => self.push_stmt(StatementKind::StorageDead(drop.local), drop.span),
                DropKind::Value => {
                    let next = self.new_block();
                    let place = Place::local(drop.local);
                    self.terminate(TerminatorKind::Drop { place, target: next }, drop.span);
                    self.cur = next;
                }
            }
        }
    }

    /// Emits the drops of every scope from `depth` outwards, innermost
    /// first, without leaving them (for `break`, `continue`, `return`).
    pub(crate) fn exit_scopes_to(&mut self, depth: usize) {
        let drops: Vec<DropData> = self.scopes[depth.min(self.scopes.len())..]
            .iter()
            .rev()
            .flat_map(|s| s.drops.iter().rev().copied())
            .collect();
        self.emit_drops(drops.into_iter());
    }

    pub(crate) fn schedule_storage_dead(&mut self, scope: usize, local: Local, span: Span) {
        self.scopes[scope].drops.push(DropData { local, kind: DropKind::Storage, span });
    }

    /// Schedules dropping the value of `local` if its type needs it.
    pub(crate) fn schedule_drop(&mut self, scope: usize, local: Local, ty: Ty, span: Span) {
        if self.needs_drop(ty) {
            self.scopes[scope].drops.push(DropData { local, kind: DropKind::Value, span });
        }
    }

    /// Schedules the end of a local's storage and, before it, its drop.
    pub(crate) fn schedule_local(&mut self, scope: usize, local: Local, span: Span) {
        let ty = self.locals[local.index()].ty;
        self.schedule_storage_dead(scope, local, span);
        self.schedule_drop(scope, local, ty, span);
    }

    /// A temporary living until the end of `scope`: `StorageLive` now,
    /// `StorageDead` (and drop) when the scope ends.
    pub(crate) fn temp_in(&mut self, scope: usize, ty: Ty, span: Span) -> Local {
        let local = self.new_temp(ty, span);
        self.push_stmt(StatementKind::StorageLive(local), span);
        self.schedule_local(scope, local, span);
        local
    }

    /// A temporary of the current temporary scope.
    pub(crate) fn temp(&mut self, ty: Ty, span: Span) -> Local {
        self.temp_in(self.temp_scope, ty, span)
    }

    /// Runs `f` in a new terminating scope: temporaries created inside are
    /// dropped when it ends.
    pub(crate) fn in_temp_scope<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let scope = self.push_scope();
        let saved = std::mem::replace(&mut self.temp_scope, scope);
        let r = f(self);
        self.temp_scope = saved;
        self.pop_scope();
        r
    }

    /// The breakable a `break`/`continue` leaves: its explicit target, or
    /// the innermost loop.
    pub(crate) fn find_breakable(&self, target: Option<ExprId>, for_continue: bool) -> Option<Breakable> {
        let found = match target {
            Some(t) => self.breakables.iter().rev().find(|b| b.expr == t),
            None => self.breakables.iter().rev().find(|b| b.continue_block.is_some()),
        };
        found.filter(|b| !for_continue || b.continue_block.is_some()).cloned()
    }
}
