//! Blocks: a scope for the block's locals, its statements, then the tail
//! expression into the destination; labelled blocks are breakable.

use super::{Breakable, Builder};
use crate::mir::Place;
use ferrum_hir::hir::{Block, ExprId};
use ferrum_span::Symbol;

impl<'a> Builder<'a, '_> {
    pub(crate) fn block_into(&mut self, dest: Place, id: ExprId, block: &'a Block, label: Option<Symbol>) {
        if label.is_none() {
            self.block_body(dest, id, block);
            return;
        }
        let exit = self.new_block();
        let depth = self.scopes.len();
        let breakable = Breakable { expr: id, depth, break_block: exit, continue_block: None, dest: dest.clone() };
        self.breakables.push(breakable);
        self.block_body(dest, id, block);
        self.breakables.pop();
        self.goto_and_continue(exit, self.espan(id));
    }

    fn block_body(&mut self, dest: Place, id: ExprId, block: &'a Block) {
        let scope = self.push_scope();
        let saved = std::mem::replace(&mut self.block_scope, scope);
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
        match block.tail {
            Some(tail) => self.expr_into(dest, self.full(tail)),
            None => {
                let dest_ty = crate::place_ty::place_ty(self.cx, &self.locals, &dest);
                if self.tcx.is_unit(dest_ty) && !self.is_never(self.expr_ty(id)) {
                    self.push_assign_unit(dest, self.espan(id));
                }
            }
        }
        self.block_scope = saved;
        self.pop_scope();
    }
}
