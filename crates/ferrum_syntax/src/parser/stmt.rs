//! Blocks and statements: `let` (with `else`), items inside blocks,
//! expression statements (block-like ones need no `;`), and the block's
//! tail expression. A bad statement is skipped up to its end.

use super::{PResult, Parser, STMT_EXPR};
use crate::ast::{Attribute, Block, Delim, Stmt, StmtKind};
use crate::kw::Kw;
use crate::token::Tk;
use ferrum_span::Span;

impl Parser<'_, '_> {
    /// `{ stmts tail }`.
    pub(crate) fn parse_block(&mut self) -> PResult<Block> {
        let lo = self.span();
        if !self.check_open(Delim::Brace) {
            return Err(self.unexpected());
        }
        self.bump();
        self.nested(|p| Ok(p.parse_block_body(lo, true)))
    }

    /// Statements up to the closing brace (consumed when `braced`) or the
    /// end of input.
    pub(crate) fn parse_block_body(&mut self, lo: Span, braced: bool) -> Block {
        if self.parse_inner_attrs().is_err() {
            self.recover_stmt();
        }
        let mut stmts = Vec::new();
        loop {
            if braced && self.eat_close(Delim::Brace) {
                break;
            }
            if self.at_eof() || matches!(self.kind(), Tk::CloseDelim(_)) {
                break;
            }
            let start = self.progress();
            if self.parse_stmt(&mut stmts).is_err() {
                self.recover_stmt();
            }
            if self.progress() == start {
                self.bump();
            }
        }
        stmts.shrink_to_fit();
        let tail = match stmts.last() {
            Some(Stmt { kind: StmtKind::Expr { expr, semi: false }, .. }) => {
                let expr = *expr;
                stmts.pop();
                Some(expr)
            }
            _ => None,
        };
        Block { stmts, tail, is_unsafe: false, span: self.since(lo) }
    }

    fn parse_stmt(&mut self, stmts: &mut Vec<Stmt>) -> PResult<()> {
        let lo = self.span();
        let attrs = self.parse_outer_attrs()?;
        if self.is_punct(";") {
            self.bump();
            stmts.push(Stmt { kind: StmtKind::Empty, span: lo });
            return Ok(());
        }
        if self.is_kw(Kw::Let) {
            return self.parse_let_stmt(attrs, lo, stmts);
        }
        if self.starts_item() {
            let item = self.parse_item_rest(attrs, lo)?;
            stmts.push(Stmt { kind: StmtKind::Item(item), span: self.since(lo) });
            return Ok(());
        }
        let expr = self.parse_expr_res(STMT_EXPR)?;
        if self.check_punct(";") {
            self.bump();
            stmts.push(Stmt { kind: StmtKind::Expr { expr, semi: true }, span: self.since(lo) });
            return Ok(());
        }
        let block_like = self.is_block_like(expr);
        stmts.push(Stmt { kind: StmtKind::Expr { expr, semi: false }, span: self.since(lo) });
        if self.check_close(Delim::Brace) || block_like || self.at_eof() {
            return Ok(());
        }
        self.missing_semi()
    }

    /// Reports a missing `;`; carries on without skipping when the next
    /// token starts a new line or closes the block.
    fn missing_semi(&mut self) -> PResult<()> {
        let reported = self.unexpected();
        if self.newline_before() || self.is_close(Delim::Brace) {
            Ok(())
        } else {
            Err(reported)
        }
    }

    /// `let pat: ty = init else { .. };`
    fn parse_let_stmt(&mut self, attrs: Vec<Attribute>, lo: Span, stmts: &mut Vec<Stmt>) -> PResult<()> {
        self.bump();
        let pat = self.parse_pat()?;
        let ty = if self.eat_punct(":") { Some(self.parse_type()?) } else { None };
        if self.is_punct("==") {
            // `let x == 5;`: read as `=`, as rustc suggests.
            let span = self.span();
            let diag =
                ferrum_span::Diagnostic::error("unexpected `==`").primary(span, "").help("try using `=` instead");
            self.emit(diag);
            self.bump();
            let init = self.parse_expr()?;
            return self.finish_let(attrs, lo, stmts, pat, ty, Some(init));
        }
        let init = if self.eat_punct("=") { Some(self.parse_expr()?) } else { None };
        self.finish_let(attrs, lo, stmts, pat, ty, init)
    }

    fn finish_let(
        &mut self,
        attrs: Vec<Attribute>,
        lo: Span,
        stmts: &mut Vec<Stmt>,
        pat: crate::ast::PatId,
        ty: Option<crate::ast::TypeId>,
        init: Option<crate::ast::ExprId>,
    ) -> PResult<()> {
        let else_block = if init.is_some() && self.eat_kw(Kw::Else) { Some(self.parse_block()?) } else { None };
        let done = self.eat_punct(";");
        let kind = StmtKind::Let { pat, ty, init, else_block, attrs };
        stmts.push(Stmt { kind, span: self.since(lo) });
        if done {
            Ok(())
        } else {
            self.missing_semi()
        }
    }
}
