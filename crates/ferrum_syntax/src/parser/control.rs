//! Keyword-led expressions: `if` (with `let` chains), `match`, `loop`,
//! `while`, `for`, labels, and closures.

use super::{PResult, Parser, Restrictions, ALLOW_LET, NO_STRUCT, STMT_EXPR};
use crate::ast::{Arm, ClosureParam, Delim, ExprId, ExprKind, Ident};
use crate::kw::Kw;
use crate::token::Tk;
use ferrum_span::{Diagnostic, Span};

impl Parser<'_, '_> {
    /// `if cond { .. } else if .. else { .. }`.
    pub(crate) fn parse_if(&mut self) -> PResult<ExprId> {
        let lo = self.span();
        self.bump();
        let mut cond = self.parse_cond()?;
        let then = if !self.is_open(Delim::Brace) && matches!(self.ast.exprs[cond].kind, ExprKind::Block(..)) {
            // `if { .. }`: the block is the body and the condition is missing.
            let span = self.ast.exprs[cond].span;
            let after_if = Span { lo: lo.lo + 2, hi: lo.lo + 2, ..lo };
            let diag = Diagnostic::error("missing condition for `if` expression")
                .primary(after_if, "expected condition here")
                .secondary(
                    Span { hi: span.lo + 1, ..span },
                    "if this block is the condition of the `if` expression, then it must be followed by another block",
                );
            self.emit(diag);
            let ExprKind::Block(block, _) = std::mem::replace(&mut self.ast.exprs[cond].kind, ExprKind::Err) else {
                unreachable!("checked above")
            };
            cond = self.err_expr(span.shrink_to_lo());
            block
        } else {
            if !self.is_open(Delim::Brace) {
                if let Some(diag) = self.if_block_swallowed(lo, cond) {
                    return Err(self.emit(diag));
                }
            }
            self.parse_body_block()?
        };
        let else_ = if self.eat_kw(Kw::Else) {
            if self.is_kw(Kw::If) {
                Some(self.nested(|p| p.parse_if())?)
            } else {
                let else_lo = self.span();
                let block = self.parse_body_block()?;
                Some(self.expr(ExprKind::Block(block, None), self.since(else_lo)))
            }
        } else {
            None
        };
        Ok(self.expr(ExprKind::If { cond, then, else_ }, self.since(lo)))
    }

    /// `if a > { b }`: the block was taken as the end of the condition.
    fn if_block_swallowed(&self, if_span: Span, cond: ExprId) -> Option<Diagnostic> {
        let msg = "this `if` expression is missing a block after the condition";
        let if_span = Span { hi: if_span.lo + 2, ..if_span };
        match &self.ast.exprs[cond].kind {
            ExprKind::Binary(_, _, rhs) if matches!(self.ast.exprs[*rhs].kind, ExprKind::Block(..)) => {
                let lo = self.ast.exprs[cond].span;
                let rhs_lo = self.ast.exprs[*rhs].span.lo;
                let unfinished = Span { hi: rhs_lo.saturating_sub(1).max(lo.lo), ..lo };
                Some(
                    Diagnostic::error(msg)
                        .primary(if_span, "")
                        .secondary(unfinished, "help: this binary operation is possibly unfinished"),
                )
            }
            _ => None,
        }
    }

    /// The head of `if` or `while`: no struct literals, `let` allowed.
    fn parse_cond(&mut self) -> PResult<ExprId> {
        self.parse_expr_res(NO_STRUCT | ALLOW_LET)
    }

    /// The block after a keyword's head (`if x {`).
    fn parse_body_block(&mut self) -> PResult<crate::ast::Block> {
        // rustc says just "expected `{`" here, whatever else could follow.
        self.expected.clear();
        if !self.check_open(Delim::Brace) {
            return Err(self.unexpected());
        }
        self.parse_block()
    }

    /// `loop`, `while` or `for` with an optional label already parsed.
    pub(crate) fn parse_loop(&mut self, label: Option<Ident>, lo: Span) -> PResult<ExprId> {
        let kind = match self.cur_kw() {
            Kw::Loop => {
                self.bump();
                let body = self.parse_body_block()?;
                ExprKind::Loop { body, label }
            }
            Kw::While => {
                self.bump();
                let cond = self.parse_cond()?;
                let body = self.parse_body_block()?;
                ExprKind::While { cond, body, label }
            }
            _ => {
                self.bump();
                let pat = self.parse_pat()?;
                if !self.check_kw(Kw::In) {
                    let span = self.span();
                    let diag = Diagnostic::error("missing `in` in `for` loop")
                        .primary(span.shrink_to_lo(), "help: try adding `in` here");
                    return Err(self.emit(diag));
                }
                self.bump();
                let iter = self.parse_expr_res(NO_STRUCT)?;
                let body = self.parse_body_block()?;
                ExprKind::For { pat, iter, body, label }
            }
        };
        Ok(self.expr(kind, self.since(lo)))
    }

    /// `'a: loop {}`, `'a: while ..`, `'a: for ..`, `'a: {}`.
    pub(crate) fn parse_labeled(&mut self) -> PResult<ExprId> {
        let lo = self.span();
        let label = self.expect_lifetime()?;
        self.expect_punct(":")?;
        match self.cur_kw() {
            Kw::Loop | Kw::While | Kw::For => self.parse_loop(Some(label), lo),
            _ if self.is_open(Delim::Brace) => {
                let block = self.parse_block()?;
                Ok(self.expr(ExprKind::Block(block, Some(label)), self.since(lo)))
            }
            _ => {
                self.expected.push(super::Expected::Kw(Kw::Loop));
                self.expected.push(super::Expected::Kw(Kw::While));
                self.expected.push(super::Expected::Kw(Kw::For));
                self.expected.push(super::Expected::Open(Delim::Brace));
                Err(self.unexpected())
            }
        }
    }

    /// `match scrutinee { arms }`.
    pub(crate) fn parse_match(&mut self) -> PResult<ExprId> {
        let lo = self.span();
        self.bump();
        let scrutinee = self.parse_expr_res(NO_STRUCT)?;
        if !self.check_open(Delim::Brace) {
            return Err(self.unexpected());
        }
        self.bump();
        self.parse_inner_attrs()?;
        let mut arms = Vec::new();
        loop {
            if self.eat_close(Delim::Brace) || self.at_eof() || matches!(self.kind(), Tk::CloseDelim(_)) {
                break;
            }
            let start = self.progress();
            match self.parse_arm() {
                Ok(arm) => arms.push(arm),
                Err(_) => {
                    self.recover_list();
                    self.eat_punct(",");
                }
            }
            if self.progress() == start {
                self.bump();
            }
        }
        arms.shrink_to_fit();
        Ok(self.expr(ExprKind::Match { scrutinee, arms }, self.since(lo)))
    }

    fn parse_arm(&mut self) -> PResult<Arm> {
        self.parse_outer_attrs()?;
        let lo = self.span();
        let pat = self.parse_pat()?;
        let guard = if self.eat_kw(Kw::If) { Some(self.parse_expr_res(ALLOW_LET)?) } else { None };
        self.expect_punct("=>")?;
        let body = self.parse_expr_res(STMT_EXPR)?;
        let span = self.since(lo);
        let needs_comma = !self.is_block_like(body);
        if !self.eat_punct(",") && needs_comma && !self.check_close(Delim::Brace) {
            let diag = Diagnostic::error("expected `,` following `match` arm")
                .primary(self.prev_span().shrink_to_hi(), "")
                .help("missing a comma here to end this `match` arm");
            self.emit(diag);
            // Carry on as if the comma were there when the next arm follows.
            if !self.can_begin_pat() {
                self.recover_list();
                self.eat_punct(",");
            }
        }
        Ok(Arm { pat, guard, body, span })
    }

    /// `move |a, b: T| body` or `|| -> T { .. }`.
    pub(crate) fn parse_closure(&mut self, r: Restrictions) -> PResult<ExprId> {
        let lo = self.span();
        let is_move = self.eat_kw(Kw::Move);
        let mut params = Vec::new();
        if !self.eat_punct("||") {
            self.expect_punct("|")?;
            loop {
                if self.eat_punct("|") {
                    break;
                }
                self.parse_outer_attrs()?;
                let pat = self.parse_pat_no_alt()?;
                let ty = if self.eat_punct(":") { Some(self.parse_type_no_plus()?) } else { None };
                params.push(ClosureParam { pat, ty });
                if !self.eat_punct(",") {
                    self.expect_punct("|")?;
                    break;
                }
            }
        }
        let (ret, body) = if self.eat_punct("->") {
            let ret = self.parse_type_no_plus()?;
            let body_lo = self.span();
            if !self.check_open(Delim::Brace) {
                return Err(self.unexpected());
            }
            let block = self.parse_block()?;
            (Some(ret), self.expr(ExprKind::Block(block, None), self.since(body_lo)))
        } else {
            (None, self.parse_expr_res(r & NO_STRUCT)?)
        };
        Ok(self.expr(ExprKind::Closure { is_move, params, ret, body }, self.since(lo)))
    }
}
