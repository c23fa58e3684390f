//! Which arguments of a call the result may borrow from, read off the
//! callee's signature with Rust's lifetime elision rules.
//!
//! The HIR keeps no lifetimes, so an explicitly named lifetime in the
//! result type (`&'a T`, `&'static str`) is recognised by its span: more
//! text between `&` and the referent than `&` or `&mut ` (plus a space)
//! takes. Whenever the result's lifetimes are not all elided, or elision
//! would not pick one argument, the answer is "unknown" and the result is
//! assumed to borrow from nothing — the direction that cannot produce a
//! false error.

use crate::types::LoanHolders;
use ferrum_hir::hir::{Crate, DefId, DefKind, Mutability, Res, TypeRefId, TypeRefKind};
use ferrum_mir::tys::MirCtxt;
use ferrum_ty::ty::TyKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::rc::Rc;

/// Cached answers per callee.
#[derive(Default)]
pub(crate) struct SignatureFlows {
    cache: RefCell<FxHashMap<DefId, Option<Rc<[usize]>>>>,
    stores: RefCell<FxHashMap<DefId, Stores>>,
}

/// `(dst, src)` argument pairs of [`SignatureFlows::stores`].
type Stores = Rc<[(usize, usize)]>;

impl SignatureFlows {
    /// The argument indices the result of calling `def` may borrow from;
    /// `None` when the signature does not say (then: from none).
    pub(crate) fn flows(&self, mcx: &MirCtxt, holders: &LoanHolders, def: DefId) -> Option<Rc<[usize]>> {
        if let Some(known) = self.cache.borrow().get(&def) {
            return known.clone();
        }
        let answer = compute(mcx, holders, def).map(Rc::from);
        self.cache.borrow_mut().insert(def, answer.clone());
        answer
    }
}

impl SignatureFlows {
    /// Pairs `(dst, src)`: argument `src`, passed by value, may be stored
    /// behind argument `dst`, a `&mut` whose referent's type shares a
    /// generic parameter with it (`Vec<T>::push(&mut self, value: T)`).
    pub(crate) fn stores(&self, mcx: &MirCtxt, holders: &LoanHolders, def: DefId) -> Stores {
        if let Some(known) = self.stores.borrow().get(&def) {
            return known.clone();
        }
        let answer: Stores = compute_stores(mcx, holders, def).into();
        self.stores.borrow_mut().insert(def, answer.clone());
        answer
    }
}

fn compute_stores(mcx: &MirCtxt, holders: &LoanHolders, def: DefId) -> Vec<(usize, usize)> {
    let krate = &mcx.program.krate;
    let DefKind::Fn(f) = &krate.defs[def].kind else {
        return Vec::new();
    };
    let by_value: Vec<FxHashSet<u32>> = f
        .inputs
        .iter()
        .map(|&t| {
            let mut s = Scan::default();
            s.visit(mcx, holders, t);
            s.params
        })
        .collect();
    let mut pairs = Vec::new();
    for (dst, &t) in f.inputs.iter().enumerate() {
        let TypeRefKind::Ref { mutability: Mutability::Mut, ty: inner } = krate.types[t].kind else { continue };
        let mut s = Scan::default();
        s.visit(mcx, holders, inner);
        for (src, params) in by_value.iter().enumerate() {
            if src != dst && params.iter().any(|p| s.params.contains(p)) {
                pairs.push((dst, src));
            }
        }
    }
    pairs
}

fn compute(mcx: &MirCtxt, holders: &LoanHolders, def: DefId) -> Option<Vec<usize>> {
    let krate = &mcx.program.krate;
    let DefKind::Fn(f) = &krate.defs[def].kind else {
        return None;
    };
    let scan = |ty| {
        let mut s = Scan::default();
        s.visit(mcx, holders, ty);
        s
    };
    let output = scan(f.output);
    let inputs: Vec<Scan> = f.inputs.iter().map(|&t| scan(t)).collect();
    let mut flows = Vec::new();
    // Elided lifetimes in the result come from where elision says, whatever
    // else the result holds (`-> Option<&I::Output>` borrows `&self`).
    let self_ref =
        f.has_self && f.inputs.first().is_some_and(|&t| matches!(krate.types[t].kind, TypeRefKind::Ref { .. }));
    // A library method taking `&self` whose result is a type holding
    // borrows (`iter(&self) -> Iter<'_, T>`) borrows `self`: the library's
    // signatures follow elision there (a user's `Iter<'a, T>` naming
    // another argument's lifetime cannot be told apart, so only the
    // library's are trusted).
    if self_ref && output.opaque > 0 && krate.defs[def].is_library {
        flows.push(0);
    }
    if output.elided > 0 {
        if self_ref {
            if !flows.contains(&0) {
                flows.push(0);
            }
        } else {
            let positions: usize = inputs.iter().map(Scan::lifetime_positions).sum();
            let single = inputs.iter().position(|s| s.lifetime_positions() > 0);
            match single {
                Some(i) if positions == 1 => flows.push(i),
                _ => return None,
            }
        }
    }
    for param in &output.params {
        for (i, input) in inputs.iter().enumerate() {
            if input.params.contains(param) && !flows.contains(&i) {
                flows.push(i);
            }
        }
    }
    Some(flows)
}

/// What a signature type says about lifetimes.
#[derive(Default)]
struct Scan {
    /// References whose lifetime is elided.
    elided: usize,
    /// References with a lifetime written out.
    explicit: usize,
    /// Types with lifetime parameters of their own (hidden or not), and
    /// anything not understood, count as several lifetimes.
    opaque: usize,
    /// Generic parameters mentioned by value (their instances may hold
    /// borrows, which move with them). One behind a reference lends only
    /// what elision says: `take(&mut self) -> Option<T>` borrows nothing.
    params: FxHashSet<u32>,
    /// Depth of references around the type being visited.
    refs: u32,
    /// A type whose lifetimes cannot be known (trait objects, aliases...).
    unknown: bool,
}

impl Scan {
    fn lifetime_positions(&self) -> usize {
        self.elided + self.explicit + 2 * self.opaque + 2 * usize::from(self.unknown)
    }

    fn visit(&mut self, mcx: &MirCtxt, holders: &LoanHolders, ty: TypeRefId) {
        let krate = &mcx.program.krate;
        let tref = &krate.types[ty];
        match &tref.kind {
            TypeRefKind::Ref { mutability, ty: inner } => {
                if has_explicit_lifetime(krate, ty, *inner, *mutability) {
                    self.explicit += 1;
                } else {
                    self.elided += 1;
                }
                self.refs += 1;
                self.visit(mcx, holders, *inner);
                self.refs -= 1;
            }
            TypeRefKind::Path { res, args, assoc } => {
                if !assoc.is_empty() {
                    self.unknown = true;
                }
                match res {
                    Res::TyParam { index, .. } => {
                        if self.refs == 0 {
                            self.params.insert(*index);
                        }
                    }
                    Res::PrimTy(_) => {}
                    Res::Def(adt) if matches!(krate.defs[*adt].kind, DefKind::Adt(_)) => {
                        let fields = mcx.adt_field_tys(*adt, &[]);
                        if fields.iter().any(|&t| holders.may_hold(mcx, t)) {
                            self.opaque += 1;
                        }
                    }
                    // A trait's `Self` is its parameter 0.
                    Res::SelfTy(owner) if matches!(krate.defs[*owner].kind, DefKind::Trait(_)) => {
                        if self.refs == 0 {
                            self.params.insert(0);
                        }
                    }
                    Res::SelfTy(owner) => {
                        let self_ty = mcx.program.items.impl_self_tys.get(owner).copied();
                        match self_ty {
                            Some(t) if !holders.may_hold(mcx, t) => {}
                            _ => self.opaque += 1,
                        }
                        // `self: Option<T>` holds what `T` holds (`unwrap`).
                        if let Some(t) = self_ty.filter(|_| self.refs == 0) {
                            let tcx = mcx.tcx();
                            tcx.walk(t, &mut |p| {
                                if let TyKind::Param { index, .. } = tcx.kind(p) {
                                    self.params.insert(index);
                                }
                            });
                        }
                    }
                    _ => self.unknown = true,
                }
                for &arg in args {
                    self.visit(mcx, holders, arg);
                }
            }
            // `Self::IntoIter`: what it holds is not known, but it may hold
            // what its base holds (`into_iter(self)` of a `&Vec<T>`).
            TypeRefKind::Assoc { base, .. } => {
                self.unknown = true;
                self.visit(mcx, holders, *base);
            }
            TypeRefKind::Tuple(elems) => elems.iter().for_each(|&t| self.visit(mcx, holders, t)),
            TypeRefKind::Array { elem, .. } | TypeRefKind::Slice(elem) => self.visit(mcx, holders, *elem),
            // Raw and function pointers carry no loans.
            TypeRefKind::RawPtr { .. } | TypeRefKind::FnPtr { .. } => {}
            TypeRefKind::Never | TypeRefKind::Infer => {}
            _ => self.unknown = true,
        }
    }
}

/// Whether `&'a T` rather than `&T`: the referent starts further from the
/// `&` than `&` or `&mut ` and one space account for. Extra spaces make
/// it answer "explicit", which only makes the checker say less.
fn has_explicit_lifetime(krate: &Crate, ref_ty: TypeRefId, inner: TypeRefId, m: Mutability) -> bool {
    let outer = krate.types[ref_ty].span;
    let inner = krate.types[inner].span;
    if outer.is_dummy() || inner.is_dummy() || outer.file != inner.file || inner.lo < outer.lo {
        return true;
    }
    let plain = match m {
        Mutability::Not => 2,
        Mutability::Mut => 5,
    };
    inner.lo - outer.lo > plain
}
