//! The interpreter's state: memory, the frame stack, instances, output
//! buffering, and the services lowering needs (types, layouts, literals).

use crate::alloc::Bytes;
use crate::code::{Code, Num};
use crate::glue::DropTable;
use crate::instance::{InstId, InstanceKey, Instances};
use crate::memory::{AllocKind, Memory, Pointer};
use crate::{InterpOptions, Output};
use ferrum_hir::hir::{DefId, DefKind};
use ferrum_mir::layout::{Layout, LayoutCx, LayoutError};
use ferrum_mir::mir::{BodyOwner, Operand, Rvalue, StatementKind};
use ferrum_mir::MirProgram;
use ferrum_span::{SourceMap, Span};
use ferrum_ty::traits::Instance;
use ferrum_ty::ty::{FloatTy, Ty, TyCtxt, TyKind};
use ferrum_ty::TypedProgram;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// One interpreted call.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// The instance running (its code is in the instance table).
    pub inst: InstId,
    /// The instruction being executed (the call, while a callee runs).
    pub pc: u32,
    /// Offset of this frame in the frame stack.
    pub base: u32,
    /// Index of this frame's first address-taken local in `stack_allocs`.
    pub abase: u32,
}

pub struct Machine<'a> {
    pub prog: &'a TypedProgram,
    pub tcx: &'a TyCtxt,
    pub mir: &'a MirProgram,
    pub sources: &'a SourceMap,
    pub opts: &'a InterpOptions,
    pub out: &'a mut dyn Output,
    pub layouts: LayoutCx<'a>,
    pub mem: Memory,
    /// The flat frame stack holding non-address-taken locals.
    pub stack: Bytes,
    pub frames: Vec<Frame>,
    /// Pointers to the stack allocations of address-taken locals.
    pub stack_allocs: Vec<Pointer>,
    pub instances: Instances,
    pub fuel: u64,
    pub stdout_buf: Vec<u8>,
    literals: FxHashMap<Box<[u8]>, Pointer>,
    /// Vtables by (concrete type, object type).
    pub vtables: FxHashMap<(Ty, Ty), Pointer>,
    pub vtables_by_addr: FxHashMap<u64, Pointer>,
    pub statics: FxHashMap<BodyOwner, Pointer>,
    pub consts: FxHashMap<(BodyOwner, ferrum_ty::ty::Substs), crate::code::ConstVal>,
    pub drops: DropTable,
    /// The return value of the outermost frame of a nested run.
    pub ret_value: Option<Bytes>,
}

impl<'a> Machine<'a> {
    pub fn new(
        prog: &'a TypedProgram,
        mir: &'a MirProgram,
        sources: &'a SourceMap,
        opts: &'a InterpOptions,
        out: &'a mut dyn Output,
    ) -> Machine<'a> {
        let upvars = closure_upvars(prog, mir);
        let non_null = ["NonNull", "non_null"].iter().filter_map(|n| prog.krate.lang_item(n)).collect::<Vec<_>>();
        let layouts = LayoutCx::new(&prog.tcx, &prog.items)
            .with_closure_upvars(upvars)
            .with_non_null(non_null)
            .with_normalizer(|t| prog.normalize(t));
        Machine {
            prog,
            tcx: &prog.tcx,
            mir,
            sources,
            opts,
            out,
            layouts,
            mem: Memory::new(),
            stack: Bytes::new(1 << 16),
            frames: Vec::new(),
            stack_allocs: Vec::new(),
            instances: Instances::default(),
            fuel: opts.fuel.unwrap_or(u64::MAX),
            stdout_buf: Vec::new(),
            literals: FxHashMap::default(),
            vtables: FxHashMap::default(),
            vtables_by_addr: FxHashMap::default(),
            statics: FxHashMap::default(),
            consts: FxHashMap::default(),
            drops: DropTable::new(prog),
            ret_value: None,
        }
    }

    /// `ty` of a generic body, for the instance with `substs`: parameters
    /// replaced and associated types resolved.
    pub fn mono(&self, ty: Ty, substs: &[Ty]) -> Ty {
        let ty = self.tcx.subst(ty, substs);
        self.prog.normalize(ty)
    }

    pub fn layout(&self, ty: Ty) -> Result<Rc<Layout>, LayoutError> {
        self.layouts.layout_of(ty)
    }

    pub fn num_of(&self, ty: Ty) -> Num {
        match self.tcx.kind(ty) {
            TyKind::Int(i) => Num::Int { size: (i.bits(64) / 8) as u8, signed: true },
            TyKind::Uint(u) => Num::Int { size: (u.bits(64) / 8) as u8, signed: false },
            TyKind::Float(FloatTy::F32) => Num::F32,
            TyKind::Float(FloatTy::F64) => Num::F64,
            TyKind::Bool => Num::Bool,
            TyKind::Char => Num::Char,
            TyKind::FnPtr(_) => Num::Ptr,
            TyKind::Ref(t, _) | TyKind::RawPtr(t, _) => {
                if self.layouts.is_wide_pointee(t) {
                    Num::WidePtr
                } else {
                    Num::Ptr
                }
            }
            _ => Num::Other,
        }
    }

    /// A readable name of a type, for messages.
    pub fn ty_name(&self, ty: Ty) -> String {
        crate::tyname::ty_name(self, ty)
    }

    pub fn def_name(&self, def: DefId) -> String {
        let d = &self.prog.krate.defs[def];
        match d.parent.map(|p| &self.prog.krate.defs[p]) {
            Some(p) if matches!(p.kind, DefKind::Impl(_) | DefKind::Trait(_)) => {
                let owner = match &p.kind {
                    DefKind::Impl(_) => {
                        let ty = self
                            .prog
                            .items
                            .impl_self_tys
                            .get(&d.parent.unwrap())
                            .map(|&t| self.ty_name(t))
                            .unwrap_or_default();
                        // `<*const T>::read`, as rustc names such methods.
                        if ty.starts_with(['<', '&', '[', '(', '*']) {
                            format!("<{ty}>")
                        } else {
                            ty
                        }
                    }
                    _ => p.name.as_str().to_string(),
                };
                format!("{owner}::{}", d.name)
            }
            _ => d.name.as_str().to_string(),
        }
    }

    pub fn is_track_caller(&self, def: DefId) -> bool {
        matches!(&self.prog.krate.defs[def].kind, DefKind::Fn(f) if f.track_caller)
    }

    /// The instance a call of `def` with `substs` runs.
    pub fn fn_instance(&mut self, def: DefId, substs: &[Ty]) -> InstId {
        let key = match self.prog.krate.defs[def].kind {
            DefKind::Variant { adt, index } => InstanceKey::Ctor { adt, variant: index, substs: substs.into() },
            DefKind::Adt(_) => InstanceKey::Ctor { adt: def, variant: 0, substs: substs.into() },
            // A trait method made into a pointer is its impl's method.
            _ => match self.prog.resolve_instance(def, substs) {
                Instance::Item(def, substs) => InstanceKey::Body(BodyOwner::Fn(def), substs),
                Instance::Closure { owner, expr, substs } => InstanceKey::Body(BodyOwner::Closure(owner, expr), substs),
                Instance::Shim(shim) => InstanceKey::Shim(shim),
                Instance::Virtual { method, .. } => InstanceKey::VirtualAsFn(method),
            },
        };
        self.instances.intern(key)
    }

    /// A read-only allocation holding `bytes` (string and byte-string literals).
    pub fn literal(&mut self, bytes: &[u8]) -> Pointer {
        if let Some(&p) = self.literals.get(bytes) {
            return p;
        }
        let p = self.mem.allocate_bytes(Bytes::from_init(bytes.to_vec()), 1, AllocKind::Literal, Span::DUMMY);
        self.literals.insert(bytes.into(), p);
        p
    }

    /// The code of an instance, lowering it on first use.
    #[inline]
    pub fn code_of(&mut self, id: InstId) -> crate::ub::Res<Rc<Code>> {
        if let Some(code) = &self.instances.entries[id as usize].code {
            return Ok(code.clone());
        }
        self.lower_code(id)
    }

    #[cold]
    fn lower_code(&mut self, id: InstId) -> crate::ub::Res<Rc<Code>> {
        let key = self.instances.key(id).clone();
        let mut code = crate::consts::lower_instance(self, &key).map_err(crate::ub::Stop::error)?;
        crate::fast::validate(&mut code);
        if std::env::var_os("FERRUM_INTERP_DUMP").is_some() {
            // A development aid: the lowered code of every instance.
            eprintln!("== {} (frame {} bytes, simple: {})", code.name, code.frame_size, code.simple);
            for (pc, inst) in code.insts.iter().enumerate() {
                eprintln!("  {pc:4}: {inst:?}");
            }
        }
        let code = Rc::new(code);
        self.instances.entries[id as usize].code = Some(code.clone());
        Ok(code)
    }

    /// The code a frame runs (lowered before the frame was pushed).
    pub fn frame_code(&self, f: &Frame) -> &Code {
        self.instances.entries[f.inst as usize].code.as_deref().expect("frames run lowered code")
    }

    /// The code a frame runs, owned.
    pub fn frame_code_rc(&self, f: &Frame) -> Rc<Code> {
        self.instances.entries[f.inst as usize].code.clone().expect("frames run lowered code")
    }

    /// Writes to the program's stdout (buffered) or stderr (after flushing stdout).
    pub fn write_fd(&mut self, fd: i32, bytes: &[u8]) {
        if fd == 1 {
            self.stdout_buf.extend_from_slice(bytes);
            if self.stdout_buf.len() > 1 << 16 {
                self.flush();
            }
        } else {
            self.flush();
            self.out.write(fd, bytes);
        }
    }

    pub fn flush(&mut self) {
        if !self.stdout_buf.is_empty() {
            self.out.write(1, &self.stdout_buf);
            self.stdout_buf.clear();
        }
    }
}

/// Capture types of every closure, from the operands of the aggregates
/// that build them (in the enclosing body's generic terms).
fn closure_upvars(prog: &TypedProgram, mir: &MirProgram) -> FxHashMap<(DefId, u32), Vec<Ty>> {
    let mut map = FxHashMap::default();
    for body in mir.bodies.values() {
        for block in &body.blocks {
            for stmt in &block.statements {
                let StatementKind::Assign(_, Rvalue::Aggregate(ferrum_mir::mir::AggregateKind::Closure(ty), ops)) =
                    &stmt.kind
                else {
                    continue;
                };
                let TyKind::Closure { owner, expr, .. } = prog.tcx.kind(*ty) else {
                    continue;
                };
                let tys = ops.iter().filter_map(|op| operand_ty(prog, body, op)).collect();
                map.insert((owner, expr), tys);
            }
        }
    }
    map
}

/// The type of an operand in `body` (generic, unsubstituted).
pub fn operand_ty(prog: &TypedProgram, body: &ferrum_mir::mir::Body, op: &Operand) -> Option<Ty> {
    match op {
        Operand::Constant(c) => Some(c.ty),
        Operand::Copy(p) | Operand::Move(p) => place_ty(prog, body, p),
    }
}

/// The type of a place in `body` (generic, unsubstituted).
pub fn place_ty(prog: &TypedProgram, body: &ferrum_mir::mir::Body, p: &ferrum_mir::mir::Place) -> Option<Ty> {
    use ferrum_mir::mir::PlaceElem;
    let tcx = &prog.tcx;
    let mut ty = body.locals.get(p.local.index())?.ty;
    for elem in &p.projection {
        ty = match *elem {
            PlaceElem::Deref => tcx.pointee(ty)?,
            PlaceElem::Field(_, t) => t,
            PlaceElem::Index(_) | PlaceElem::ConstantIndex { .. } => match tcx.kind(ty) {
                TyKind::Array(e, _) | TyKind::Slice(e) => e,
                _ => return None,
            },
            PlaceElem::Subslice { .. } | PlaceElem::Downcast(_) => ty,
        };
    }
    Some(ty)
}
