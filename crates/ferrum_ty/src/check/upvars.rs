//! Capture analysis: which variables of the enclosing body each closure
//! uses, how (by value, by shared or by mutable reference), and hence which
//! `Fn*` traits it implements.
//!
//! Runs once the body's types are known. Closures capture whole variables
//! (not the disjoint fields Rust 2021 would capture); a variable's mode is
//! the strongest use in the closure body: a move of a non-`Copy` value, a
//! mutation or mutable borrow, or a read. A `move` closure captures
//! everything by value.

use super::FnCtxt;
use crate::items::TraitRef;
use crate::results::{Capture, CaptureMode, ClosureKind};
use crate::ty::{Ty, TyKind};
use crate::Adjust;
use ferrum_hir::hir::{BinOp, BindingId, ExprId, ExprKind, Mutability, PatId, PatKind, Res, Stmt, UnOp, ValuePath};
use ferrum_hir::visit;
use rustc_hash::FxHashSet;

/// How an expression's place is accessed.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Demand {
    Shared,
    Unique,
    Consume,
}

impl Demand {
    fn borrow(m: Mutability) -> Demand {
        match m {
            Mutability::Not => Demand::Shared,
            Mutability::Mut => Demand::Unique,
        }
    }
}

/// What a closure does with one captured variable (ordered by strength).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum UseKind {
    Read,
    Mutate,
    Move,
}

struct Uses {
    /// Bindings declared inside the closure (not captured).
    inner: FxHashSet<BindingId>,
    found: Vec<(BindingId, UseKind)>,
}

impl Uses {
    fn record(&mut self, binding: BindingId, kind: UseKind) {
        if self.inner.contains(&binding) {
            return;
        }
        match self.found.iter_mut().find(|(b, _)| *b == binding) {
            Some((_, k)) => *k = (*k).max(kind),
            None => self.found.push((binding, kind)),
        }
    }
}

impl FnCtxt<'_> {
    /// Computes captures and kinds of every closure of the body, inner
    /// closures first (an outer closure captures what its inner ones do).
    pub(super) fn analyze_closures(&mut self) {
        let mut order = Vec::new();
        post_order_closures(self.body, self.body.value, &mut order);
        for closure in order {
            self.analyze_closure(closure);
        }
    }

    fn analyze_closure(&mut self, closure: ExprId) {
        let ExprKind::Closure { params, body, is_move, .. } = &self.body.exprs[closure].kind else { return };
        let (body, is_move) = (*body, *is_move);
        let mut uses = Uses { inner: FxHashSet::default(), found: Vec::new() };
        for &(pat, _) in params {
            self.collect_bindings(pat, &mut uses.inner);
        }
        let mut declared = Vec::new();
        visit::walk_expr(self.body, body, &mut |e| visit::expr_pats(self.body, e, &mut |p| declared.push(p)));
        for pat in declared {
            self.collect_bindings(pat, &mut uses.inner);
        }
        self.visit_use(body, Demand::Consume, &mut uses);
        let mut kind = ClosureKind::Fn;
        let mut captures = Vec::new();
        for (binding, use_) in uses.found {
            let var_ty =
                self.resolve(self.results.binding_tys.get(binding).copied().unwrap_or_else(|| self.tcx.error()));
            kind = kind.max(match use_ {
                UseKind::Read => ClosureKind::Fn,
                UseKind::Mutate => ClosureKind::FnMut,
                UseKind::Move => ClosureKind::FnOnce,
            });
            let mode = match use_ {
                _ if is_move => CaptureMode::ByValue,
                UseKind::Move => CaptureMode::ByValue,
                UseKind::Mutate => CaptureMode::ByRef(Mutability::Mut),
                UseKind::Read => CaptureMode::ByRef(Mutability::Not),
            };
            let ty = match mode {
                CaptureMode::ByValue => var_ty,
                CaptureMode::ByRef(m) => self.tcx.mk_ref(var_ty, m),
            };
            captures.push(Capture { binding, mode, ty });
        }
        let key = super::closure::closure_key(self.owner, closure);
        if let Some(info) = self.closure_table.get_mut(&key) {
            info.kind = kind;
            info.captures = captures;
        }
    }

    /// The first variable of the enclosing body that closure `closure`
    /// names (what rustc calls an upvar mention), with where it is named.
    pub(super) fn first_upvar_mention(&self, closure: ExprId) -> Option<(ferrum_span::Span, ferrum_span::Symbol)> {
        let ExprKind::Closure { params, body, .. } = &self.body.exprs[closure].kind else { return None };
        let mut inner = FxHashSet::default();
        for &(pat, _) in params {
            self.collect_bindings(pat, &mut inner);
        }
        let mut declared = Vec::new();
        visit::walk_expr(self.body, *body, &mut |e| visit::expr_pats(self.body, e, &mut |p| declared.push(p)));
        for pat in declared {
            self.collect_bindings(pat, &mut inner);
        }
        let mut first = None;
        visit::walk_expr(self.body, *body, &mut |e| {
            if let ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), .. }) = &self.body.exprs[e].kind {
                if first.is_none() && !inner.contains(b) {
                    first = Some((self.body.exprs[e].span, self.body.bindings[*b].name));
                }
            }
        });
        first
    }

    fn collect_bindings(&self, pat: PatId, out: &mut FxHashSet<BindingId>) {
        visit::walk_pat(self.body, pat, &mut |p| {
            if let PatKind::Binding { binding, .. } = self.body.pats[p].kind {
                out.insert(binding);
            }
        });
    }

    /// Records the uses of captured variables in `expr`, whose value (after
    /// its adjustments) is accessed as `demand`.
    fn visit_use(&mut self, expr: ExprId, demand: Demand, uses: &mut Uses) {
        let demand = self.demand_before_adjustments(expr, demand);
        match &self.body.exprs[expr].kind {
            ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), .. }) => {
                let ty = self.resolve(self.expr_ty(expr));
                let kind = match demand {
                    Demand::Shared => UseKind::Read,
                    Demand::Unique => UseKind::Mutate,
                    Demand::Consume if self.is_copy_ty(ty) => UseKind::Read,
                    // Passing a `&mut` on reborrows it rather than moving it.
                    Demand::Consume if matches!(self.tcx.kind(ty), TyKind::Ref(_, Mutability::Mut)) => UseKind::Mutate,
                    Demand::Consume => UseKind::Move,
                };
                uses.record(*b, kind);
            }
            ExprKind::Field(base, _) => {
                let demand = match demand {
                    Demand::Consume if self.is_copy_ty(self.resolve(self.expr_ty(expr))) => Demand::Shared,
                    d => d,
                };
                self.visit_use(*base, demand, uses);
            }
            ExprKind::Index(base, index) => {
                let d = match demand {
                    Demand::Consume => Demand::Shared,
                    d => d,
                };
                self.visit_use(*base, d, uses);
                self.visit_use(*index, Demand::Consume, uses);
            }
            ExprKind::Unary(UnOp::Deref, inner) => {
                let d = match demand {
                    Demand::Unique => Demand::Unique,
                    _ => Demand::Shared,
                };
                self.visit_use(*inner, d, uses);
            }
            ExprKind::Ref { mutability, expr: inner } | ExprKind::RawRef { mutability, expr: inner } => {
                self.visit_use(*inner, Demand::borrow(*mutability), uses);
            }
            ExprKind::Assign(lhs, rhs) | ExprKind::AssignOp(_, lhs, rhs) => {
                self.visit_use(*rhs, Demand::Consume, uses);
                self.visit_use(*lhs, Demand::Unique, uses);
            }
            ExprKind::Call(callee, args) => {
                let d = self.callee_demand(*callee);
                self.visit_use(*callee, d, uses);
                for &a in args {
                    self.visit_use(a, Demand::Consume, uses);
                }
            }
            ExprKind::Match { scrutinee, arms } => {
                let d = arms.iter().map(|a| self.pattern_demand(a.pat)).max().unwrap_or(Demand::Shared);
                self.visit_use(*scrutinee, d, uses);
                for arm in arms {
                    if let Some(g) = arm.guard {
                        self.visit_use(g, Demand::Consume, uses);
                    }
                    self.visit_use(arm.body, Demand::Consume, uses);
                }
            }
            ExprKind::Let { pat, expr: scrutinee } => {
                let d = self.pattern_demand(*pat);
                self.visit_use(*scrutinee, d, uses);
            }
            ExprKind::Block { block, .. } => {
                for stmt in &block.stmts {
                    match stmt {
                        Stmt::Let { pat, init, else_block, .. } => {
                            if let Some(init) = init {
                                let d = self.pattern_demand(*pat);
                                self.visit_use(*init, d, uses);
                            }
                            if let Some(e) = else_block {
                                self.visit_use(*e, Demand::Consume, uses);
                            }
                        }
                        Stmt::Expr { expr, .. } => self.visit_use(*expr, Demand::Consume, uses),
                    }
                }
                if let Some(tail) = block.tail {
                    self.visit_use(tail, Demand::Consume, uses);
                }
            }
            // Comparisons take both operands by reference (`PartialEq::eq(&a, &b)`).
            ExprKind::Binary(BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge, lhs, rhs) => {
                self.visit_use(*lhs, Demand::Shared, uses);
                self.visit_use(*rhs, Demand::Shared, uses);
            }
            ExprKind::Closure { .. } => self.visit_nested_closure(expr, uses),
            _ => {
                let mut children = Vec::new();
                visit::expr_children(self.body, expr, &mut |c| children.push(c));
                for c in children {
                    self.visit_use(c, Demand::Consume, uses);
                }
            }
        }
    }

    /// An inner closure uses what it captures, as it captures it.
    fn visit_nested_closure(&mut self, closure: ExprId, uses: &mut Uses) {
        let key = super::closure::closure_key(self.owner, closure);
        let Some(info) = self.closure_table.get(&key) else { return };
        let captures = info.captures.clone();
        for cap in captures {
            let kind = match cap.mode {
                CaptureMode::ByRef(Mutability::Not) => UseKind::Read,
                CaptureMode::ByRef(Mutability::Mut) => UseKind::Mutate,
                CaptureMode::ByValue if self.is_copy_ty(cap.ty) => UseKind::Read,
                CaptureMode::ByValue => UseKind::Move,
            };
            uses.record(cap.binding, kind);
        }
    }

    /// How the value before `expr`'s adjustments is accessed, given how the
    /// adjusted value is.
    fn demand_before_adjustments(&self, expr: ExprId, mut demand: Demand) -> Demand {
        let Some(adjusts) = self.results.adjustments.get(expr) else { return demand };
        for adjust in adjusts.iter().rev() {
            demand = match adjust {
                Adjust::Borrow(m) => Demand::borrow(*m),
                Adjust::OverloadedDeref { mutbl, .. } => Demand::borrow(*mutbl),
                Adjust::Deref => match demand {
                    Demand::Unique => Demand::Unique,
                    _ => Demand::Shared,
                },
                _ => Demand::Consume,
            };
        }
        demand
    }

    /// Calling a callee needs it by shared or mutable reference, or by value.
    fn callee_demand(&mut self, callee: ExprId) -> Demand {
        let ty = self.resolve(self.expr_ty(callee));
        let kind = match self.tcx.kind(ty) {
            TyKind::Closure { owner, expr, .. } => self.closure_table.get(&(owner, expr)).map(|i| i.kind),
            TyKind::FnDef(..) | TyKind::FnPtr(_) => return Demand::Consume,
            _ => self.env_callable_kind(ty),
        };
        match kind {
            Some(ClosureKind::Fn) | None => Demand::Shared,
            Some(ClosureKind::FnMut) => Demand::Unique,
            Some(ClosureKind::FnOnce) => Demand::Consume,
        }
    }

    /// The most capable `Fn*` trait the environment bounds `ty` by.
    fn env_callable_kind(&self, ty: Ty) -> Option<ClosureKind> {
        self.env
            .iter()
            .filter(|p| p.trait_ref.self_ty() == ty)
            .filter_map(|p| ClosureKind::of_trait(self.krate, p.trait_ref.trait_))
            .min()
    }

    /// The strongest access a pattern's bindings make of the matched value.
    fn pattern_demand(&mut self, pat: PatId) -> Demand {
        let mut demand = Demand::Shared;
        let mut bindings = Vec::new();
        visit::walk_pat(self.body, pat, &mut |p| {
            if let PatKind::Binding { binding, .. } = self.body.pats[p].kind {
                bindings.push(binding);
            }
        });
        for b in bindings {
            let by_ref = self.body.bindings[b].by_ref.or_else(|| self.results.binding_modes.get(b).copied().flatten());
            let d = match by_ref {
                Some(m) => Demand::borrow(m),
                None => {
                    let ty = self.resolve(self.results.binding_tys.get(b).copied().unwrap_or_else(|| self.tcx.error()));
                    if self.is_copy_ty(ty) {
                        Demand::Shared
                    } else {
                        Demand::Consume
                    }
                }
            };
            demand = demand.max(d);
        }
        demand
    }

    /// Whether `ty` is `Copy` (in this body's environment).
    pub(super) fn is_copy_ty(&mut self, ty: Ty) -> bool {
        let Some(copy) = self.krate.lang_item("copy") else { return false };
        let goal = TraitRef { trait_: copy, substs: vec![ty].into() };
        let snapshot = self.infcx.snapshot();
        let holds = matches!(
            self.select(&goal),
            crate::traits::Selection::Builtin
                | crate::traits::Selection::Impl { .. }
                | crate::traits::Selection::Param(_)
        );
        self.infcx.rollback_to(snapshot);
        holds
    }
}

/// Closure expressions under `expr`, innermost first.
fn post_order_closures(body: &ferrum_hir::hir::Body, expr: ExprId, out: &mut Vec<ExprId>) {
    visit::expr_children(body, expr, &mut |c| post_order_closures(body, c, out));
    if matches!(body.exprs[expr].kind, ExprKind::Closure { .. }) {
        out.push(expr);
    }
}
