//! Control flow: `if` and `let` conditions (with let-chains), `while`
//! lowered to `loop`, match arms, and the targets of `break`/`continue`
//! (E0268, E0267, E0426, E0696).

use crate::ctx::*;
use crate::hir::*;
use crate::pat::PatCx;
use ferrum_span::{Diagnostic, Span};
use ferrum_syntax::ast::{self, ExprKind as A};
use rustc_hash::FxHashMap;

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_if(
        &mut self,
        src: &AstSrc<'a>,
        cond: ast::ExprId,
        then: &ast::Block,
        else_: Option<ast::ExprId>,
        span: Span,
    ) -> ExprId {
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let cond = self.lower_cond(src, cond);
        let then = self.lower_block_expr(src, then, None, then.span);
        self.ribs.pop();
        let else_ = else_.map(|e| self.lower_expr(src, e));
        self.alloc_expr(ExprKind::If { cond, then, else_ }, span)
    }

    /// A condition: `let` is allowed, alone or in `&&` chains; its bindings
    /// go to the innermost rib (opened by the caller).
    pub(crate) fn lower_cond(&mut self, src: &AstSrc<'a>, id: ast::ExprId) -> ExprId {
        let e = &src.exprs[id];
        match &e.kind {
            A::Let(pat, init) => {
                let expr = self.lower_expr(src, *init);
                let mut cx = PatCx::new(false);
                let pat = self.lower_pat_in(src, *pat, &mut cx);
                self.add_bindings(&cx);
                self.alloc_expr(ExprKind::Let { pat, expr }, e.span)
            }
            A::Binary(ast::BinOp::And, a, b) => {
                let a = self.lower_cond(src, *a);
                let b = self.lower_cond(src, *b);
                self.alloc_expr(ExprKind::Binary(ast::BinOp::And, a, b), e.span)
            }
            _ => self.lower_expr(src, id),
        }
    }

    /// `while c { b }` is `loop { if c { b } else { break } }`.
    pub(crate) fn lower_while(
        &mut self,
        src: &AstSrc<'a>,
        cond: ast::ExprId,
        body: &ast::Block,
        label: Option<ast::Ident>,
        span: Span,
    ) -> ExprId {
        let id = self.err_expr(span);
        let label = label.map(|l| l.name);
        self.body().labels.push(LabelEntry::Target { label, expr: id, is_loop: true });
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let c = self.lower_cond(src, cond);
        let then = self.lower_block_expr(src, body, None, body.span);
        self.ribs.pop();
        let cond_span = src.exprs[cond].span;
        let brk = self.alloc_expr(ExprKind::Break { target: Some(id), value: None }, cond_span);
        let if_ = self.alloc_expr(ExprKind::If { cond: c, then, else_: Some(brk) }, span);
        let block = Block { stmts: Vec::new(), tail: Some(if_), is_unsafe: false };
        let loop_body = self.alloc_expr(ExprKind::Block { block, label: None }, span);
        self.body().labels.pop();
        self.body().exprs[id].kind = ExprKind::Loop { body: loop_body, label, source: LoopSource::While };
        id
    }

    pub(crate) fn lower_arm(&mut self, src: &AstSrc<'a>, arm: &ast::Arm) -> Arm {
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let mut cx = PatCx::new(false);
        let pat = self.lower_pat_in(src, arm.pat, &mut cx);
        self.add_bindings(&cx);
        let guard = arm.guard.map(|g| self.lower_cond(src, g));
        let body = self.lower_expr(src, arm.body);
        self.ribs.pop();
        Arm { pat, guard, body }
    }

    /// The loop or labelled block a `break`/`continue` leaves.
    pub(crate) fn find_target(&mut self, label: Option<ast::Ident>, is_continue: bool, span: Span) -> Option<ExprId> {
        let mut in_closure = false;
        for entry in self.body().labels.iter().rev() {
            match entry {
                LabelEntry::Closure => {
                    in_closure = true;
                    break;
                }
                LabelEntry::Target { label: l, expr, is_loop } => match label {
                    Some(want) if *l == Some(want.name) => {
                        if is_continue && !is_loop {
                            let name = want.name;
                            let d = Diagnostic::error("`continue` pointing to a labeled block")
                                .code("E0696")
                                .primary(span, "labeled blocks cannot be `continue`'d")
                                .note(format!("the label is `{name}`"));
                            self.error(d);
                            return None;
                        }
                        return Some(*expr);
                    }
                    None if *is_loop => return Some(*expr),
                    _ => {}
                },
            }
        }
        let kw = if is_continue { "continue" } else { "break" };
        let d = match label {
            Some(l) => Diagnostic::error(format!("use of undeclared label `{}`", l.name))
                .code("E0426")
                .primary(l.span, format!("undeclared label `{}`", l.name)),
            None if in_closure => Diagnostic::error(format!("`{kw}` inside of a closure"))
                .code("E0267")
                .primary(span, format!("cannot `{kw}` inside of a closure")),
            None if is_continue => Diagnostic::error("`continue` outside of a loop")
                .code("E0268")
                .primary(span, "cannot `continue` outside of a loop"),
            None => Diagnostic::error("`break` outside of a loop or labeled block")
                .code("E0268")
                .primary(span, "cannot `break` outside of a loop or labeled block"),
        };
        self.error(d);
        None
    }
}
