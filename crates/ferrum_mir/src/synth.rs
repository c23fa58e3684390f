//! Bodies the compiler writes itself (drop glue, constructor functions,
//! `Fn*` shims): a small builder for MIR without HIR behind it.

use crate::mir::{
    BasicBlock, BasicBlockData, Body, BodyOwner, Local, LocalDecl, Place, Rvalue, Statement, StatementKind, Terminator,
    TerminatorKind,
};
use ferrum_span::Span;
use ferrum_ty::ty::Ty;

/// A placeholder owner for synthesized bodies (never looked up).
pub fn synthetic_owner() -> BodyOwner {
    BodyOwner::AnonConst(la_arena::Idx::from_raw(la_arena::RawIdx::from(u32::MAX)))
}

/// Builds MIR bodies block by block.
pub struct BodyBuilder {
    pub locals: Vec<LocalDecl>,
    pub blocks: Vec<BasicBlockData>,
    pub current: Vec<Statement>,
}

impl BodyBuilder {
    pub fn new(ret: Ty) -> BodyBuilder {
        let mut b = BodyBuilder { locals: Vec::new(), blocks: Vec::new(), current: Vec::new() };
        b.local(ret);
        b
    }

    pub fn local(&mut self, ty: Ty) -> Local {
        self.locals.push(LocalDecl { ty, name: None, mutable: true, span: Span::DUMMY });
        Local(self.locals.len() as u32 - 1)
    }

    pub fn assign(&mut self, place: Place, rvalue: Rvalue) {
        self.current.push(Statement { kind: StatementKind::Assign(place, rvalue), span: Span::DUMMY });
    }

    /// The index the next finished block will get.
    pub fn next_block(&self) -> BasicBlock {
        BasicBlock(self.blocks.len() as u32)
    }

    pub fn finish_block(&mut self, kind: TerminatorKind) -> BasicBlock {
        let statements = std::mem::take(&mut self.current);
        self.blocks.push(BasicBlockData { statements, terminator: Terminator { kind, span: Span::DUMMY } });
        BasicBlock(self.blocks.len() as u32 - 1)
    }

    pub fn into_body(self, owner: BodyOwner, arg_count: usize) -> Body {
        Body { owner, locals: self.locals, arg_count, blocks: self.blocks, span: Span::DUMMY }
    }
}
