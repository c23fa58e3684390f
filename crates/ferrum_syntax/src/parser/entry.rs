//! Entry points: a whole file, and fragments re-parsed from macro tokens
//! (expression lists, one expression, type, pattern, items, statements).
//! Each never fails: errors are reported and `Err` nodes returned.

use super::item::ItemContext;
use super::{PResult, Parser};
use crate::ast::{Attribute, Block, ExprId, ItemId, PatId, PatKind, TypeId, TypeKind};
use crate::token::Tk;

impl Parser<'_, '_> {
    pub(crate) fn parse_source_file(&mut self) -> (Vec<Attribute>, Vec<ItemId>) {
        let attrs = match self.parse_inner_attrs() {
            Ok(attrs) => attrs,
            Err(_) => {
                self.recover_item();
                Vec::new()
            }
        };
        let items = self.parse_items(false, ItemContext::Module);
        (attrs, items)
    }

    /// Reports leftover tokens after a complete fragment.
    fn expect_end(&mut self) {
        if !self.at_eof() {
            self.unexpected();
        }
    }

    fn or_recover<T>(&mut self, r: PResult<T>, err: impl FnOnce(&mut Self) -> T) -> T {
        match r {
            Ok(x) => {
                self.expect_end();
                x
            }
            Err(_) => err(self),
        }
    }

    /// `a, b, name = c,` up to the end of the tokens.
    pub(crate) fn parse_expr_list_to_end(&mut self) -> Vec<ExprId> {
        let mut out = Vec::new();
        while !self.at_eof() {
            let start = self.progress();
            match self.parse_expr() {
                Ok(e) => out.push(e),
                Err(_) => {
                    self.recover_list();
                    let span = self.span();
                    out.push(self.err_expr(span));
                }
            }
            if self.eat_punct(",") {
                continue;
            }
            if !self.at_eof() {
                if self.progress() != start {
                    self.unexpected();
                }
                self.recover_list();
                if !self.eat_punct(",") {
                    // A stray closing delimiter: nothing sensible follows.
                    break;
                }
            }
        }
        out
    }

    pub(crate) fn parse_expr_to_end(&mut self) -> ExprId {
        let r = self.parse_expr();
        self.or_recover(r, |p| p.err_expr(p.prev_span()))
    }

    pub(crate) fn parse_type_to_end(&mut self) -> TypeId {
        let r = self.parse_type();
        self.or_recover(r, |p| p.ty(TypeKind::Err, p.prev_span()))
    }

    pub(crate) fn parse_pat_to_end(&mut self) -> PatId {
        let r = self.parse_pat();
        self.or_recover(r, |p| p.pat(PatKind::Err, p.prev_span()))
    }

    pub(crate) fn parse_items_to_end(&mut self) -> Vec<ItemId> {
        let items = self.parse_items(false, ItemContext::Module);
        self.expect_end();
        items
    }

    pub(crate) fn parse_stmts_to_end(&mut self) -> Block {
        let lo = self.span();
        let mut block = self.parse_block_body(lo, false);
        while !self.at_eof() {
            // A stray closing delimiter ended the body early: skip it.
            if matches!(self.kind(), Tk::CloseDelim(_)) {
                self.unexpected();
                self.bump();
            }
            let more = self.parse_block_body(lo, false);
            if let Some(expr) = block.tail.take() {
                let span = self.ast.exprs[expr].span;
                block.stmts.push(crate::ast::Stmt { kind: crate::ast::StmtKind::Expr { expr, semi: false }, span });
            }
            block.stmts.extend(more.stmts);
            block.tail = more.tail;
            block.span = more.span;
        }
        block
    }
}
