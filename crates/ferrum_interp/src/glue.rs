//! Drop glue: which types need dropping, the user's `Drop::drop` impl for
//! an ADT, and synthesized MIR bodies `fn(*mut T)` that call it and then
//! drop the fields (elements, the active variant's fields) in order.
//! Also the constructor shims of tuple structs and variants used as functions.

use crate::machine::Machine;
use ferrum_hir::hir::{AdtKind, DefId, DefKind, Mutability, Res};
use ferrum_mir::mir::{
    AggregateKind, BasicBlock, BinOp, Body, Callee, ConstKind, Constant, Operand, Place, PlaceElem, Rvalue,
    TerminatorKind,
};
use ferrum_mir::synth::{synthetic_owner, BodyBuilder};
use ferrum_ty::ty::{Substs, Ty, TyCtxt, TyKind};
use ferrum_ty::TypedProgram;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;

/// The program's `Drop` impls, found once.
pub struct DropTable {
    /// ADT def to (impl def, `drop` method def).
    impls: FxHashMap<DefId, (DefId, DefId)>,
    manually_drop: Option<DefId>,
    cache: RefCell<FxHashMap<Ty, bool>>,
}

impl DropTable {
    pub fn new(prog: &TypedProgram) -> DropTable {
        let krate = &prog.krate;
        let mut impls = FxHashMap::default();
        if let Some(drop_trait) = krate.lang_item("drop") {
            for (id, def) in krate.defs.iter() {
                let DefKind::Impl(imp) = &def.kind else {
                    continue;
                };
                let Some(bound) = &imp.trait_ else { continue };
                if bound.trait_ != Res::Def(drop_trait) {
                    continue;
                }
                let Some(&self_ty) = prog.items.impl_self_tys.get(&id) else {
                    continue;
                };
                let TyKind::Adt(adt, _) = prog.tcx.kind(self_ty) else {
                    continue;
                };
                let method = imp.items.iter().copied().find(|&m| krate.defs[m].name.as_str() == "drop");
                if let Some(m) = method {
                    impls.insert(adt, (id, m));
                }
            }
        }
        DropTable { impls, manually_drop: krate.lang_item("manually_drop"), cache: RefCell::default() }
    }
}

impl Machine<'_> {
    /// Whether dropping a value of `ty` runs any code.
    pub fn needs_drop(&self, ty: Ty) -> bool {
        let mut visiting = FxHashSet::default();
        self.needs_drop_rec(ty, &mut visiting)
    }

    fn needs_drop_rec(&self, ty: Ty, visiting: &mut FxHashSet<Ty>) -> bool {
        if let Some(&b) = self.drops.cache.borrow().get(&ty) {
            return b;
        }
        if !visiting.insert(ty) {
            return false;
        }
        let result = match self.tcx.kind(ty) {
            TyKind::Adt(def, _) => {
                if Some(def) == self.drops.manually_drop {
                    false
                } else if self.drops.impls.contains_key(&def) {
                    true
                } else {
                    let adt = self.prog.items.adts.get(&def);
                    let is_union = adt.is_some_and(|a| a.kind == AdtKind::Union);
                    let variants = adt.map_or(0, |a| a.variants.len());
                    !is_union
                        && (0..variants as u32).any(|v| {
                            self.layouts.field_tys(ty, v).into_iter().any(|f| self.needs_drop_rec(f, visiting))
                        })
                }
            }
            TyKind::Tuple(tys) => tys.iter().any(|&t| self.needs_drop_rec(t, visiting)),
            TyKind::Closure { .. } => {
                self.layouts.field_tys(ty, 0).into_iter().any(|t| self.needs_drop_rec(t, visiting))
            }
            TyKind::Array(e, n) => self.tcx.len_value(n) != Some(0) && self.needs_drop_rec(e, visiting),
            TyKind::Slice(e) => self.needs_drop_rec(e, visiting),
            // Only the vtable knows.
            TyKind::Dynamic { .. } => true,
            _ => false,
        };
        visiting.remove(&ty);
        self.drops.cache.borrow_mut().insert(ty, result);
        result
    }

    /// The user's `Drop::drop` for `ty`, with the impl's generic arguments.
    fn drop_impl(&self, ty: Ty) -> Option<(DefId, Substs)> {
        let TyKind::Adt(def, _) = self.tcx.kind(ty) else {
            return None;
        };
        let &(imp, method) = self.drops.impls.get(&def)?;
        let pattern = *self.prog.items.impl_self_tys.get(&imp)?;
        let count = self.prog.items.generic_counts.get(&imp).copied().unwrap_or(0);
        let mut out = vec![None; count];
        match_ty(self.tcx, pattern, ty, &mut out);
        let substs: Substs = out.into_iter().map(|t| t.unwrap_or_else(|| self.tcx.error())).collect();
        Some((method, substs))
    }
}

/// Binds the generic parameters of `pattern` so that it equals `ty`.
fn match_ty(tcx: &TyCtxt, pattern: Ty, ty: Ty, out: &mut Vec<Option<Ty>>) {
    match (tcx.kind(pattern), tcx.kind(ty)) {
        (TyKind::Param { index, .. }, _) => {
            if let Some(slot) = out.get_mut(index as usize) {
                *slot = Some(ty);
            }
        }
        (TyKind::Adt(_, ps), TyKind::Adt(_, ts)) | (TyKind::Tuple(ps), TyKind::Tuple(ts)) => {
            ps.iter().zip(ts.iter()).for_each(|(&p, &t)| match_ty(tcx, p, t, out))
        }
        (TyKind::Ref(p, _), TyKind::Ref(t, _))
        | (TyKind::RawPtr(p, _), TyKind::RawPtr(t, _))
        | (TyKind::Slice(p), TyKind::Slice(t))
        | (TyKind::Array(p, _), TyKind::Array(t, _)) => match_ty(tcx, p, t, out),
        _ => {}
    }
}

fn scalar(ty: Ty, v: u128) -> Operand {
    Operand::Constant(Box::new(Constant { ty, kind: ConstKind::Scalar(v) }))
}

/// `fn drop_glue(_1: *mut T)`: calls `Drop::drop` then drops the fields.
pub fn drop_glue_body(m: &Machine<'_>, ty: Ty) -> Result<Body, String> {
    let tcx = m.tcx;
    let mut b = BodyBuilder::new(tcx.unit());
    let ptr = b.local(tcx.mk_ptr(ty, Mutability::Mut));
    let root = Place::local(ptr).deref();
    if let Some((method, substs)) = m.drop_impl(ty) {
        let r = b.local(tcx.mk_ref(ty, Mutability::Mut));
        let unit = b.local(tcx.unit());
        b.assign(Place::local(r), Rvalue::Ref(Mutability::Mut, root.clone()));
        let target = BasicBlock(b.blocks.len() as u32 + 1);
        b.finish_block(TerminatorKind::Call {
            func: Callee::Fn(method, substs),
            args: vec![Operand::Move(Place::local(r))],
            dest: Place::local(unit),
            target: Some(target),
        });
    }
    match tcx.kind(ty) {
        TyKind::Adt(def, _) => {
            let adt = m.prog.items.adts.get(&def).ok_or("drop of an unknown ADT")?;
            if adt.kind == AdtKind::Union || Some(def) == m.drops.manually_drop {
            } else if adt.is_enum() {
                drop_enum(m, &mut b, ty, &root, adt.variants.iter().map(|v| v.discr).collect());
            } else {
                drop_fields(m, &mut b, &root, &m.layouts.field_tys(ty, 0));
            }
        }
        TyKind::Tuple(_) | TyKind::Closure { .. } => drop_fields(m, &mut b, &root, &m.layouts.field_tys(ty, 0)),
        TyKind::Array(_, n) => drop_elements(m, &mut b, &root, m.tcx.len_value(n)),
        TyKind::Slice(_) => drop_elements(m, &mut b, &root, None),
        _ => {}
    }
    b.finish_block(TerminatorKind::Return);
    Ok(b.into_body(synthetic_owner(), 1))
}

/// Ends the current block with a `Drop` of each field that needs it.
fn drop_fields(m: &Machine<'_>, b: &mut BodyBuilder, base: &Place, tys: &[Ty]) {
    for (i, &t) in tys.iter().enumerate() {
        if m.needs_drop(t) {
            let target = BasicBlock(b.blocks.len() as u32 + 1);
            b.finish_block(TerminatorKind::Drop { place: base.field(i as u32, t), target });
        }
    }
}

fn drop_enum(m: &Machine<'_>, b: &mut BodyBuilder, ty: Ty, root: &Place, discrs: Vec<i128>) {
    let tcx = m.tcx;
    let i128_ty = tcx.intern(TyKind::Int(ferrum_ty::ty::IntTy::I128));
    let d = b.local(i128_ty);
    b.assign(Place::local(d), Rvalue::Discriminant(root.clone()));
    let switch = b.finish_block(TerminatorKind::Unreachable);
    let mut targets = Vec::new();
    let mut exits = Vec::new();
    for (v, &discr) in discrs.iter().enumerate() {
        let tys = m.layouts.field_tys(ty, v as u32);
        if !tys.iter().any(|&t| m.needs_drop(t)) {
            continue;
        }
        targets.push((discr as u128, b.next_block()));
        drop_fields(m, b, &root.project(PlaceElem::Downcast(v as u32)), &tys);
        exits.push(b.finish_block(TerminatorKind::Unreachable));
    }
    let end = b.next_block();
    b.blocks[switch.index()].terminator.kind =
        TerminatorKind::SwitchInt { discr: Operand::Move(Place::local(d)), targets, otherwise: end };
    for e in exits {
        b.blocks[e.index()].terminator.kind = TerminatorKind::Goto(end);
    }
}

/// A loop dropping every element of an array (`len` known) or slice.
fn drop_elements(m: &Machine<'_>, b: &mut BodyBuilder, root: &Place, len: Option<u64>) {
    let tcx = m.tcx;
    let usize_ty = tcx.usize();
    let i = b.local(usize_ty);
    let n = b.local(usize_ty);
    let c = b.local(tcx.bool());
    b.assign(Place::local(i), Rvalue::Use(scalar(usize_ty, 0)));
    match len {
        Some(len) => b.assign(Place::local(n), Rvalue::Use(scalar(usize_ty, len as u128))),
        None => b.assign(Place::local(n), Rvalue::Len(root.clone())),
    }
    let head = BasicBlock(b.blocks.len() as u32 + 1);
    b.finish_block(TerminatorKind::Goto(head));
    b.assign(
        Place::local(c),
        Rvalue::BinaryOp(BinOp::Lt, Operand::Copy(Place::local(i)), Operand::Copy(Place::local(n))),
    );
    let body = BasicBlock(head.0 + 1);
    let inc = BasicBlock(head.0 + 2);
    let end = BasicBlock(head.0 + 3);
    b.finish_block(TerminatorKind::SwitchInt {
        discr: Operand::Move(Place::local(c)),
        targets: vec![(0, end)],
        otherwise: body,
    });
    b.finish_block(TerminatorKind::Drop { place: root.project(PlaceElem::Index(i)), target: inc });
    b.assign(Place::local(i), Rvalue::BinaryOp(BinOp::Add, Operand::Copy(Place::local(i)), scalar(usize_ty, 1)));
    b.finish_block(TerminatorKind::Goto(head));
}

/// `fn ctor(fields...) -> Adt`: builds the variant from its arguments.
pub fn ctor_body(m: &Machine<'_>, adt: DefId, variant: u32, substs: &Substs) -> Result<Body, String> {
    let tcx = m.tcx;
    let ty = tcx.mk_adt(adt, substs.clone());
    let fields = m.layouts.field_tys(ty, variant);
    let mut b = BodyBuilder::new(ty);
    let args: Vec<Operand> = fields.iter().map(|&t| Operand::Move(Place::local(b.local(t)))).collect();
    b.assign(Place::return_place(), Rvalue::Aggregate(AggregateKind::Adt(adt, variant, substs.clone()), args));
    b.finish_block(TerminatorKind::Return);
    Ok(b.into_body(synthetic_owner(), fields.len()))
}
