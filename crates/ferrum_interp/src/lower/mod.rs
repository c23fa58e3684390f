//! Lowering one MIR body with its generic arguments into [`Code`].
//!
//! Done once per instance, at its first call: types are substituted,
//! layouts computed, locals assigned frame offsets (or stack-allocation
//! slots when their address is taken), callees resolved to instances,
//! builtins and intrinsics by name to enums, constants evaluated.
//! Constructs the lowering cannot handle become [`Inst::Error`] so that
//! they are reported only if executed.

mod call;
mod fastops;
mod peephole;
mod place;
mod rvalue;

use crate::code::{AllocLocal, Code, ComplexPlace, ConstVal, Inst, OpRef, Pc, PlaceRef, Slot};
use crate::machine::Machine;
use ferrum_mir::layout::Layout;
use ferrum_mir::mir::{Body, Local, Place, PlaceElem, Rvalue, StatementKind, TerminatorKind};
use ferrum_span::Span;
use ferrum_ty::ty::{Substs, Ty};
use rustc_hash::FxHashSet;
use std::rc::Rc;

pub type LResult<T> = Result<T, String>;

/// Lowers `body` instantiated with `substs`.
pub fn lower_body(
    m: &mut Machine<'_>,
    body: &Body,
    substs: &Substs,
    name: String,
    def: Option<ferrum_hir::hir::DefId>,
) -> LResult<Code> {
    let mut lw = Lowerer::new(m, body, substs.clone())?;
    lw.lower_blocks()?;
    Ok(lw.finish(name, def))
}

pub struct Lowerer<'m, 'a, 'b> {
    pub m: &'m mut Machine<'a>,
    pub body: &'b Body,
    pub substs: Substs,
    pub local_tys: Vec<Ty>,
    pub local_layouts: Vec<Rc<Layout>>,
    pub slots: Vec<Slot>,
    pub alloc_locals: Vec<AllocLocal>,
    pub insts: Vec<Inst>,
    pub spans: Vec<Span>,
    pub places: Vec<ComplexPlace>,
    pub consts: Vec<ConstVal>,
    pub frame_size: u32,
    /// The span of the statement or terminator being lowered.
    pub span: Span,
    /// Index of the first instruction of the block being lowered.
    pub block_start: usize,
}

fn align_to(n: u64, align: u64) -> u64 {
    n.div_ceil(align.max(1)) * align.max(1)
}

impl<'m, 'a, 'b> Lowerer<'m, 'a, 'b> {
    fn new(m: &'m mut Machine<'a>, body: &'b Body, substs: Substs) -> LResult<Self> {
        let mut lw = Lowerer {
            m,
            body,
            substs,
            local_tys: Vec::new(),
            local_layouts: Vec::new(),
            slots: Vec::new(),
            alloc_locals: Vec::new(),
            insts: Vec::new(),
            spans: Vec::new(),
            places: Vec::new(),
            consts: Vec::new(),
            frame_size: 0,
            span: body.span,
            block_start: 0,
        };
        let taken = address_taken(body);
        let storage = storage_marked(body);
        for (i, decl) in body.locals.iter().enumerate() {
            let ty = lw.mono(decl.ty);
            let layout = lw.layout(ty)?;
            let slot = if taken.contains(&Local(i as u32)) {
                let at_entry = !storage.contains(&Local(i as u32));
                lw.alloc_locals.push(AllocLocal { size: layout.size, align: layout.align, span: decl.span, at_entry });
                Slot::Alloc(lw.alloc_locals.len() as u32 - 1)
            } else {
                Slot::Frame(lw.reserve(layout.size, layout.align))
            };
            lw.local_tys.push(ty);
            lw.local_layouts.push(layout);
            lw.slots.push(slot);
        }
        Ok(lw)
    }

    /// Reserves frame space; returns its offset.
    pub fn reserve(&mut self, size: u64, align: u64) -> u32 {
        let off = align_to(self.frame_size as u64, align.min(16));
        self.frame_size = (off + size) as u32;
        off as u32
    }

    /// The value of a monomorphic array length.
    pub fn known_len(&self, len: Ty) -> LResult<u64> {
        self.m.tcx.len_value(len).ok_or_else(|| format!("array length `{}` is not known", self.m.ty_name(len)))
    }

    /// Substitutes the instance's generic arguments.
    pub fn mono(&self, ty: Ty) -> Ty {
        self.m.mono(ty, &self.substs)
    }

    pub fn layout(&self, ty: Ty) -> LResult<Rc<Layout>> {
        self.m.layout(ty).map_err(|e| format!("cannot compute the layout of `{}`: {e:?}", self.m.ty_name(ty)))
    }

    pub fn emit(&mut self, inst: Inst) {
        self.insts.push(inst);
        self.spans.push(self.span);
    }

    pub fn add_place(&mut self, p: ComplexPlace) -> u32 {
        self.places.push(p);
        self.places.len() as u32 - 1
    }

    pub fn add_const(&mut self, c: ConstVal) -> OpRef {
        self.consts.push(c);
        OpRef::Const(self.consts.len() as u32 - 1)
    }

    fn lower_blocks(&mut self) -> LResult<()> {
        let mut starts: Vec<Pc> = Vec::with_capacity(self.body.blocks.len());
        for block in &self.body.blocks {
            starts.push(self.insts.len() as Pc);
            self.block_start = self.insts.len();
            for stmt in &block.statements {
                self.span = stmt.span;
                let before = self.insts.len();
                if let Err(e) = self.lower_statement(&stmt.kind) {
                    self.insts.truncate(before);
                    self.spans.truncate(before);
                    self.emit(Inst::Error(e.into()));
                }
            }
            self.span = block.terminator.span;
            let before = self.insts.len();
            if let Err(e) = self.lower_terminator(&block.terminator.kind) {
                self.insts.truncate(before);
                self.spans.truncate(before);
                self.emit(Inst::Error(e.into()));
            }
        }
        for inst in &mut self.insts {
            remap_targets(inst, &starts);
        }
        peephole::run(&mut self.insts);
        Ok(())
    }

    fn lower_statement(&mut self, kind: &StatementKind) -> LResult<()> {
        match kind {
            StatementKind::Assign(place, rvalue) => self.lower_assign(place, rvalue),
            StatementKind::StorageLive(local) => {
                if let Slot::Alloc(slot) = self.slots[local.index()] {
                    self.emit(Inst::Live { slot });
                }
                Ok(())
            }
            StatementKind::StorageDead(local) => {
                match self.slots[local.index()] {
                    Slot::Alloc(slot) => self.emit(Inst::Dead { slot }),
                    // A flat local cannot be pointed to, so its end of
                    // storage is unobservable (MIR never reads dead locals).
                    Slot::Frame(_) => {}
                }
                Ok(())
            }
            StatementKind::SetDiscriminant { place, variant } => {
                let (p, ty) = self.lower_place(place)?;
                let layout = self.layout(ty)?;
                self.emit(Inst::SetDiscr { place: p, layout, variant: *variant });
                Ok(())
            }
            StatementKind::Nop => Ok(()),
        }
    }

    fn lower_terminator(&mut self, kind: &TerminatorKind) -> LResult<()> {
        match kind {
            TerminatorKind::Goto(bb) => self.emit(Inst::Goto(bb.0)),
            TerminatorKind::SwitchInt { discr, targets, otherwise } => self.lower_switch(discr, targets, *otherwise)?,
            TerminatorKind::Return => self.emit(Inst::Return),
            TerminatorKind::Unreachable => self.emit(Inst::Unreachable),
            TerminatorKind::Call { func, args, dest, target } => self.lower_call(func, args, dest, *target)?,
            TerminatorKind::Drop { place, target } => self.lower_drop(place, target.0)?,
            TerminatorKind::Assert { cond, expected, msg, target } => {
                self.lower_assert(cond, *expected, msg, target.0)?
            }
        }
        Ok(())
    }

    fn finish(self, name: String, def: Option<ferrum_hir::hir::DefId>) -> Code {
        let ret = self.slots[0];
        let ret_size = self.local_layouts[0].size as u32;
        let args = (1..=self.body.arg_count).map(|i| (self.slots[i], self.local_layouts[i].size as u32)).collect();
        let mut local_names = Vec::new();
        for (i, decl) in self.body.locals.iter().enumerate() {
            if let (Some(name), Slot::Frame(off)) = (decl.name, self.slots[i]) {
                local_names.push((off, self.local_layouts[i].size as u32, name.as_str().to_string()));
            }
        }
        let track_caller = def.is_some_and(|d| self.m.is_track_caller(d));
        let simple = self.alloc_locals.is_empty();
        Code {
            name,
            track_caller,
            insts: self.insts,
            spans: self.spans,
            frame_size: align_to(self.frame_size as u64, 16) as u32,
            ret,
            ret_size,
            args,
            alloc_locals: self.alloc_locals,
            places: self.places,
            consts: self.consts,
            local_names,
            simple,
        }
    }
}

/// Locals whose address is taken (by `&`, `&raw` or a `Drop` that needs a pointer).
fn address_taken(body: &Body) -> FxHashSet<Local> {
    let mut set = FxHashSet::default();
    let mut direct = |p: &Place| {
        if !p.projection.contains(&PlaceElem::Deref) {
            set.insert(p.local);
        }
    };
    for block in &body.blocks {
        for stmt in &block.statements {
            if let StatementKind::Assign(_, Rvalue::Ref(_, p) | Rvalue::AddressOf(_, p)) = &stmt.kind {
                direct(p);
            }
        }
        if let TerminatorKind::Drop { place, .. } = &block.terminator.kind {
            direct(place);
        }
    }
    set
}

/// Locals with `StorageLive` statements.
fn storage_marked(body: &Body) -> FxHashSet<Local> {
    let mut set = FxHashSet::default();
    for block in &body.blocks {
        for stmt in &block.statements {
            if let StatementKind::StorageLive(l) = stmt.kind {
                set.insert(l);
            }
        }
    }
    set
}

/// Rewrites block-index jump targets into instruction indices.
fn remap_targets(inst: &mut Inst, starts: &[Pc]) {
    let map = |t: &mut Pc| *t = starts.get(*t as usize).copied().unwrap_or(u32::MAX);
    match inst {
        Inst::Goto(t) => map(t),
        Inst::If { then, else_, .. } | Inst::IntCmpIf { then, else_, .. } => {
            map(then);
            map(else_);
        }
        Inst::Switch { targets, otherwise, .. } => {
            targets.iter_mut().for_each(|(_, t)| map(t));
            map(otherwise);
        }
        Inst::Assert { target, .. } | Inst::IntCheckedAssert { target, .. } => map(target),
        Inst::Call { ret, .. } | Inst::Intrinsic { ret, .. } | Inst::Builtin { ret, .. } => {
            if let Some(t) = ret {
                map(t)
            }
        }
        _ => {}
    }
}

/// A place ref shifted by `by` bytes, whose type has alignment `align`.
pub fn offset_place(places: &mut Vec<ComplexPlace>, p: PlaceRef, by: u64, align: u64) -> PlaceRef {
    if by == 0 && matches!(p, PlaceRef::Frame(_)) {
        return p;
    }
    match p {
        PlaceRef::Frame(off) => PlaceRef::Frame(off + by as u32),
        PlaceRef::Complex(i) => {
            let mut cp = places[i as usize].clone();
            let mut projs = cp.projs.into_vec();
            match projs.last_mut() {
                Some(crate::code::Proj::Offset(n)) => *n += by,
                _ => projs.push(crate::code::Proj::Offset(by)),
            }
            cp.projs = projs.into_boxed_slice();
            cp.align = align;
            places.push(cp);
            PlaceRef::Complex(places.len() as u32 - 1)
        }
    }
}
