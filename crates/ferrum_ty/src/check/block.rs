//! Blocks, statements and control flow: `if`, `loop`, `for`, `match`, `break`.

use super::{BreakableCtxt, FnCtxt};
use crate::ty::{InferKind, Ty, TyKind};
use ferrum_hir::hir::{Arm, Block, ExprId, LoopSource, PatId, Stmt};
use ferrum_span::Diagnostic;

impl FnCtxt<'_> {
    pub(super) fn check_block_expr(&mut self, expr: ExprId, block: &Block, labelled: bool, expected: Option<Ty>) -> Ty {
        if labelled {
            let ty = expected.unwrap_or_else(|| self.new_var());
            self.breakables.insert(expr, BreakableCtxt { ty: Some(ty), may_break: false });
            let block_ty = self.check_block(block, Some(ty));
            if !matches!(self.kind(block_ty), TyKind::Never) {
                self.demand_eq(self.span(expr), ty, block_ty);
            }
            let ctxt = self.breakables.remove(&expr).expect("registered above");
            if ctxt.may_break {
                self.diverges = false;
                return ty;
            }
            return block_ty;
        }
        self.check_block(block, expected)
    }

    pub(super) fn check_block(&mut self, block: &Block, expected: Option<Ty>) -> Ty {
        let outer_diverges = std::mem::replace(&mut self.diverges, false);
        if block.is_unsafe {
            self.unsafe_depth += 1;
        }
        for stmt in &block.stmts {
            self.check_stmt(stmt);
        }
        let ty = match block.tail {
            Some(tail) => match expected {
                Some(exp) => {
                    let t = self.check_expr(tail, Some(exp));
                    self.coerce(tail, t, exp);
                    exp
                }
                None => self.check_expr(tail, None),
            },
            None if self.diverges => self.tcx.never(),
            None => self.tcx.unit(),
        };
        if block.is_unsafe {
            self.unsafe_depth -= 1;
        }
        self.diverges |= outer_diverges;
        ty
    }

    fn check_stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Let { pat, ty, init, else_block, .. } => {
                let declared = ty.map(|t| self.lower_ty(t));
                let pat_ty = match (declared, init) {
                    (Some(d), Some(init)) => self.check_expr_coercible(*init, d, self.span(*init)),
                    (None, Some(init)) => self.check_expr(*init, None),
                    (Some(d), None) => d,
                    (None, None) => self.new_var(),
                };
                if init.is_none() {
                    self.note_uninit_bindings(*pat);
                }
                self.check_pat_top(*pat, pat_ty, else_block.is_some());
                if let Some(else_block) = else_block {
                    let saved = std::mem::replace(&mut self.diverges, false);
                    let t = self.check_expr(*else_block, None);
                    if !matches!(self.kind(t), TyKind::Never | TyKind::Error) {
                        self.error(
                            Diagnostic::error("`else` clause of `let...else` does not diverge")
                                .code("E0308")
                                .primary(self.span(*else_block), "expected `!`, found `()`")
                                .help("try adding a diverging expression, such as `return` or `panic!(..)`"),
                        );
                    }
                    self.diverges = saved;
                }
            }
            Stmt::Expr { expr, semi } => {
                if *semi {
                    self.check_expr(*expr, None);
                } else {
                    // A block-like expression statement without `;` must be `()`.
                    let unit = self.tcx.unit();
                    let t = self.check_expr(*expr, Some(unit));
                    if !matches!(self.kind(t), TyKind::Never) {
                        self.coerce(*expr, t, unit);
                    }
                }
            }
        }
    }

    pub(super) fn check_if(&mut self, cond: ExprId, then: ExprId, else_: Option<ExprId>, expected: Option<Ty>) -> Ty {
        let bool_ty = self.tcx.bool();
        let cond_ty = self.check_expr(cond, Some(bool_ty));
        self.demand_eq(self.span(cond), bool_ty, cond_ty);
        let cond_diverges = self.diverges;
        let Some(else_) = else_ else {
            let unit = self.tcx.unit();
            let t = self.check_expr(then, Some(unit));
            if !matches!(self.kind(t), TyKind::Never) {
                self.coerce(then, t, unit);
            }
            self.diverges = cond_diverges;
            return unit;
        };
        self.diverges = false;
        let then_ty = self.check_expr(then, expected);
        let then_diverges = self.diverges;
        self.diverges = false;
        let target = expected.or_else(|| (!matches!(self.kind(then_ty), TyKind::Never)).then_some(then_ty));
        let ty = match target {
            Some(target) => {
                if expected.is_some() {
                    self.coerce(then, then_ty, target);
                }
                let else_ty = self.check_expr(else_, Some(target));
                self.coerce_branch(else_, else_ty, target, then);
                target
            }
            None => self.check_expr(else_, None),
        };
        let else_diverges = self.diverges;
        self.diverges = cond_diverges || (then_diverges && else_diverges);
        ty
    }

    /// Coerces one arm of an `if`/`match` to the type the first arm fixed,
    /// with rustc's wording for incompatible arms.
    fn coerce_branch(&mut self, expr: ExprId, ty: Ty, target: Ty, _first: ExprId) {
        self.coerce(expr, ty, target);
    }

    pub(super) fn check_loop(&mut self, expr: ExprId, body: ExprId, source: LoopSource) -> Ty {
        let break_ty = match source {
            LoopSource::Loop => Some(self.new_var()),
            LoopSource::While => None,
        };
        self.breakables.insert(expr, BreakableCtxt { ty: break_ty, may_break: false });
        let unit = self.tcx.unit();
        let t = self.check_expr(body, Some(unit));
        if !matches!(self.kind(t), TyKind::Never) {
            self.coerce(body, t, unit);
        }
        let ctxt = self.breakables.remove(&expr).expect("registered above");
        match (source, ctxt.may_break) {
            (LoopSource::Loop, false) => {
                self.diverges = true;
                self.tcx.never()
            }
            (LoopSource::Loop, true) => {
                self.diverges = false;
                break_ty.unwrap()
            }
            (LoopSource::While, _) => {
                self.diverges = false;
                unit
            }
        }
    }

    pub(super) fn check_for(&mut self, expr: ExprId, pat: PatId, iter: ExprId, body: ExprId) -> Ty {
        let iter_ty = self.check_expr(iter, None);
        let elem = match self.counting_range_elem(iter_ty) {
            Some(elem) => elem,
            None => self.check_for_iterator(expr, iter, iter_ty),
        };
        self.check_pat_top(pat, elem, false);
        self.breakables.insert(expr, BreakableCtxt { ty: None, may_break: false });
        let unit = self.tcx.unit();
        let t = self.check_expr(body, Some(unit));
        if !matches!(self.kind(t), TyKind::Never) {
            self.coerce(body, t, unit);
        }
        self.breakables.remove(&expr);
        self.diverges = false;
        unit
    }

    /// The element type of `a..b` / `a..=b` over integers, which MIR
    /// building turns into a counting loop.
    fn counting_range_elem(&mut self, ty: Ty) -> Option<Ty> {
        let TyKind::Adt(def, substs) = self.kind(ty) else { return None };
        let ranges = [self.krate.lang_item("Range"), self.krate.lang_item("RangeInclusive")];
        if !ranges.contains(&Some(def)) {
            return None;
        }
        let elem = substs[0];
        let integral =
            matches!(self.kind(elem), TyKind::Int(_) | TyKind::Uint(_) | TyKind::Infer(_, crate::ty::InferKind::Int));
        integral.then_some(elem)
    }

    /// `for` through `IntoIterator::into_iter` and `Iterator::next`.
    fn check_for_iterator(&mut self, expr: ExprId, iter: ExprId, iter_ty: Ty) -> Ty {
        if matches!(self.kind(iter_ty), TyKind::Error) {
            return self.tcx.error();
        }
        let lang = |name| self.krate.lang_item(name);
        let (Some(into_iter_trait), Some(iterator)) = (lang("IntoIterator"), lang("Iterator")) else {
            return self.tcx.error();
        };
        let sym = ferrum_span::Symbol::intern;
        let (Some(into_iter), Some(next)) = (
            crate::impls::assoc_item(self.krate, into_iter_trait, sym("into_iter")),
            crate::impls::assoc_item(self.krate, iterator, sym("next")),
        ) else {
            return self.tcx.error();
        };
        let span = self.span(iter);
        let goal = crate::items::TraitRef { trait_: into_iter_trait, substs: vec![iter_ty].into() };
        // No integer or float type is iterable: rustc says so before
        // the literal's type is settled (`{integer}` is not an iterator).
        let numeric = matches!(self.kind(self.resolve(iter_ty)), TyKind::Infer(_, InferKind::Int | InferKind::Float));
        if numeric || matches!(self.select(&goal), crate::traits::Selection::Unimplemented) {
            let t = self.ty_str(iter_ty);
            self.error(
                Diagnostic::error(format!("`{t}` is not an iterator"))
                    .code("E0277")
                    .primary(span, format!("`{t}` is not an iterator"))
                    .note(format!("the trait `Iterator` is not implemented for `{t}`"))
                    .note("required for `{t}` to implement `IntoIterator`".replace("{t}", &t)),
            );
            return self.tcx.error();
        }
        self.register_trait(goal, span);
        let projection = |trait_, self_ty, name| {
            self.tcx.intern(TyKind::Projection { trait_, substs: vec![self_ty].into(), name: sym(name) })
        };
        let iter_proj = projection(into_iter_trait, iter_ty, "IntoIter");
        let iter_state = self.normalize(iter_proj, span);
        let item_proj = projection(iterator, iter_state, "Item");
        let item = self.normalize(item_proj, span);
        self.process_obligations(false);
        let for_loop = crate::ForLoop { into_iter, next, iterable: iter_ty, iter: iter_state, item };
        self.results.for_loops.insert(expr, for_loop);
        item
    }

    pub(super) fn check_match(&mut self, scrutinee: ExprId, arms: &[Arm], expected: Option<Ty>) -> Ty {
        let scrutinee_ty = self.check_expr(scrutinee, None);
        let scrutinee_diverges = self.diverges;
        let mut target = expected;
        let mut all_diverge = true;
        for arm in arms {
            self.diverges = false;
            self.check_pat_top(arm.pat, scrutinee_ty, true);
            if let Some(guard) = arm.guard {
                let b = self.tcx.bool();
                let t = self.check_expr(guard, Some(b));
                self.demand_eq(self.span(guard), b, t);
            }
            self.diverges = false;
            let arm_ty = self.check_expr(arm.body, target);
            match target {
                Some(t) => {
                    self.coerce(arm.body, arm_ty, t);
                }
                None if !matches!(self.kind(arm_ty), TyKind::Never) => target = Some(arm_ty),
                None => {}
            }
            all_diverge &= self.diverges;
        }
        self.diverges = scrutinee_diverges || all_diverge;
        match target {
            Some(t) if !all_diverge => t,
            Some(t) if expected.is_some() => t,
            _ => self.tcx.never(),
        }
    }

    pub(super) fn check_break(&mut self, expr: ExprId, target: Option<ExprId>, value: Option<ExprId>) -> Ty {
        let Some(target) = target else { return self.tcx.never() };
        let break_ty = self.breakables.get(&target).map(|b| b.ty);
        match (break_ty, value) {
            (Some(Some(ty)), Some(v)) => {
                self.check_expr_coercible(v, ty, self.span(v));
            }
            (Some(Some(ty)), None) => {
                let unit = self.tcx.unit();
                self.demand_eq(self.span(expr), ty, unit);
            }
            (Some(None), Some(v)) => {
                self.check_expr(v, None);
                self.error(
                    Diagnostic::error("`break` with value from a `while` loop")
                        .code("E0571")
                        .primary(self.span(expr), "can only break with a value inside `loop` or breakable block"),
                );
            }
            (Some(None), None) => {}
            (None, v) => {
                if let Some(v) = v {
                    self.check_expr(v, None);
                }
            }
        }
        if let Some(ctxt) = self.breakables.get_mut(&target) {
            ctxt.may_break = true;
        }
        self.tcx.never()
    }
}
