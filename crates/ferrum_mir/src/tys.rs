//! Type questions the MIR stages ask: is a type `Copy`, does it need drop,
//! what are the fields of a variant, which lang items exist.
//!
//! [`MirCtxt`] is built once per program: it scans the impls for `Copy`
//! and `Drop` and caches answers, so building many bodies stays cheap.
//! Generic parameters are answered from the bounds in scope
//! ([`ParamEnv`]): `T: Copy` is copied, every other `T` may need drop
//! (monomorphisation decides).

use ferrum_hir::hir::{DefId, DefKind, Generics, Mutability, Res, TypeRefKind};
use ferrum_span::Symbol;
use ferrum_ty::ty::{IntTy, Ty, TyCtxt, TyKind, UintTy};
use ferrum_ty::TypedProgram;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;

/// Width of `usize`/`isize` in bits on the (only) target MIR is built for.
pub const POINTER_BITS: u32 = 64;

/// Lang items the MIR builder needs, looked up once.
#[derive(Debug, Default, Clone, Copy)]
pub struct LangItems {
    pub copy: Option<DefId>,
    pub drop: Option<DefId>,
    pub owned_box: Option<DefId>,
    pub manually_drop: Option<DefId>,
    pub range: Option<DefId>,
    pub range_inclusive: Option<DefId>,
    pub option: Option<DefId>,
    pub result: Option<DefId>,
    pub str_eq: Option<DefId>,
    /// The `PartialEq` trait.
    pub eq: Option<DefId>,
}

/// Program-wide context shared by the builder, drop elaboration, the
/// validator and the pretty printer.
pub struct MirCtxt<'a> {
    pub program: &'a TypedProgram,
    pub lang: LangItems,
    copy_adts: FxHashSet<DefId>,
    drop_adts: FxHashSet<DefId>,
    needs_drop_cache: RefCell<FxHashMap<Ty, bool>>,
    resolved_cache: RefCell<FxHashMap<Ty, Ty>>,
}

/// What a body's where-clauses say is `Copy`: generic parameters, by
/// index, and other types (`where I::Item: Copy`).
#[derive(Debug, Default, Clone)]
pub struct ParamEnv {
    pub copy_params: FxHashSet<u32>,
    pub copy_tys: FxHashSet<Ty>,
}

impl<'a> MirCtxt<'a> {
    pub fn new(program: &'a TypedProgram) -> MirCtxt<'a> {
        let krate = &program.krate;
        let lang = LangItems {
            copy: krate.lang_item("copy"),
            drop: krate.lang_item("drop"),
            owned_box: krate.lang_item("owned_box"),
            manually_drop: krate.lang_item("manually_drop"),
            range: krate.lang_item("Range"),
            range_inclusive: krate.lang_item("RangeInclusive"),
            option: krate.lang_item("Option"),
            result: krate.lang_item("Result"),
            str_eq: krate.lang_item("str_eq"),
            eq: krate.lang_item("eq"),
        };
        let mut cx = MirCtxt {
            program,
            lang,
            copy_adts: FxHashSet::default(),
            drop_adts: FxHashSet::default(),
            needs_drop_cache: RefCell::default(),
            resolved_cache: RefCell::default(),
        };
        cx.collect_trait_impls();
        cx
    }

    pub fn tcx(&self) -> &'a TyCtxt {
        &self.program.tcx
    }

    /// Records ADTs with a `Copy` or `Drop` impl (derived ones included).
    fn collect_trait_impls(&mut self) {
        let krate = &self.program.krate;
        for (id, def) in krate.defs.iter() {
            let DefKind::Impl(imp) = &def.kind else {
                continue;
            };
            let Some(bound) = &imp.trait_ else { continue };
            let Res::Def(trait_) = bound.trait_ else {
                continue;
            };
            let Some(&self_ty) = self.program.items.impl_self_tys.get(&id) else {
                continue;
            };
            let TyKind::Adt(adt, _) = self.tcx().kind(self_ty) else {
                continue;
            };
            if Some(trait_) == self.lang.copy {
                self.copy_adts.insert(adt);
            }
            if Some(trait_) == self.lang.drop {
                self.drop_adts.insert(adt);
            }
        }
    }

    /// `ty` with leftover literal inference variables defaulted (see
    /// [`default_infer`]), memoised: almost every type is already final.
    pub fn resolved(&self, ty: Ty) -> Ty {
        if let Some(&t) = self.resolved_cache.borrow().get(&ty) {
            return t;
        }
        let t = default_infer(self.tcx(), ty);
        self.resolved_cache.borrow_mut().insert(ty, t);
        t
    }

    /// The function comparing two `&str` for a string literal pattern:
    /// the `str_eq` lang item, or else `<str as PartialEq>::eq`.
    pub fn str_eq(&self) -> Option<(DefId, ferrum_ty::ty::Substs)> {
        if let Some(f) = self.lang.str_eq {
            return Some((f, std::rc::Rc::new([])));
        }
        let krate = &self.program.krate;
        let DefKind::Trait(t) = &krate.defs[self.lang.eq?].kind else {
            return None;
        };
        let eq = t.items.iter().copied().find(|&m| krate.defs[m].name.as_str() == "eq")?;
        let s = self.tcx().str();
        Some((eq, std::rc::Rc::new([s, s])))
    }

    /// Whether `adt` has its own `impl Drop`.
    pub fn has_drop_impl(&self, adt: DefId) -> bool {
        self.drop_adts.contains(&adt)
    }

    pub fn is_box(&self, ty: Ty) -> bool {
        matches!(self.tcx().kind(ty), TyKind::Adt(d, _) if Some(d) == self.lang.owned_box)
    }

    /// The `Copy`-bounded parameters of `owner` and its parents.
    pub fn param_env(&self, owner: Option<DefId>) -> ParamEnv {
        let mut env = ParamEnv::default();
        let mut next = owner;
        while let Some(def) = next {
            let Some(generics) = generics_of(&self.program.krate, def) else {
                break;
            };
            self.add_copy_bounds(generics, &mut env);
            for pred in self.program.items.predicates.get(&def).into_iter().flatten() {
                if self.implies_copy(pred.trait_ref.trait_, 0) {
                    env.copy_tys.extend(pred.trait_ref.substs.first().copied());
                }
            }
            next = generics.parent;
        }
        env
    }

    fn add_copy_bounds(&self, generics: &Generics, env: &mut ParamEnv) {
        let krate = &self.program.krate;
        for pred in &generics.predicates {
            let is_copy = match pred.bound.trait_ {
                Res::Def(t) => Some(t) == self.lang.copy || krate.defs[t].name.as_str() == "Copy",
                _ => false,
            };
            if !is_copy {
                continue;
            }
            if let TypeRefKind::Path { res: Res::TyParam { index, .. }, .. } = krate.types[pred.ty].kind {
                env.copy_params.insert(index);
            }
        }
    }

    /// Whether values of `ty` are copied rather than moved.
    pub fn is_copy(&self, env: &ParamEnv, ty: Ty) -> bool {
        self.is_copy_depth(env, ty, 0)
    }

    fn is_copy_depth(&self, env: &ParamEnv, ty: Ty, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        match self.tcx().kind(ty) {
            TyKind::Bool | TyKind::Char | TyKind::Int(_) | TyKind::Uint(_) | TyKind::Float(_) => true,
            TyKind::Never | TyKind::RawPtr(..) | TyKind::FnDef(..) | TyKind::FnPtr(_) => true,
            TyKind::Ref(_, m) => m == Mutability::Not,
            TyKind::Tuple(tys) => tys.iter().all(|&t| self.is_copy_depth(env, t, depth + 1)),
            TyKind::Array(t, _) => self.is_copy_depth(env, t, depth + 1),
            TyKind::Adt(def, substs) => {
                self.copy_adts.contains(&def)
                    && self.adt_field_tys(def, &substs).iter().all(|&t| self.is_copy_depth(env, t, depth + 1))
            }
            TyKind::Param { index, .. } => env.copy_params.contains(&index) || env.copy_tys.contains(&ty),
            TyKind::Error | TyKind::Infer(..) => true,
            TyKind::Str | TyKind::Slice(_) | TyKind::Dynamic { .. } => false,
            TyKind::Closure { .. } => {
                self.closure_capture_tys(ty).iter().all(|&t| self.is_copy_depth(env, t, depth + 1))
            }
            TyKind::Projection { trait_, name, .. } => {
                env.copy_tys.contains(&ty) || self.assoc_ty_is_copy(trait_, name)
            }
            TyKind::Opaque { .. } | TyKind::ConstValue(_) => false,
        }
    }

    /// Whether a bound on `trait_` makes its self type `Copy`: it is
    /// `Copy` or has `Copy` among its supertraits.
    fn implies_copy(&self, trait_: DefId, depth: u32) -> bool {
        Some(trait_) == self.lang.copy
            || depth < 32
                && self
                    .program
                    .items
                    .supertraits
                    .get(&trait_)
                    .into_iter()
                    .flatten()
                    .any(|s| self.implies_copy(s.trait_, depth + 1))
    }

    /// Whether a trait declares its associated type `name` `Copy`
    /// (`type Node: Copy + Eq;`).
    fn assoc_ty_is_copy(&self, trait_: DefId, name: Symbol) -> bool {
        let bounds = self.program.items.assoc_ty_bounds.get(&trait_).into_iter().flatten();
        bounds.filter(|p| self.implies_copy(p.trait_ref.trait_, 0)).any(|p| {
            let self_ty = p.trait_ref.substs.first().copied();
            self_ty.is_some_and(|t| matches!(self.tcx().kind(t), TyKind::Projection { name: n, .. } if n == name))
        })
    }

    /// The types of a closure's captured fields, substituted.
    pub fn closure_capture_tys(&self, ty: Ty) -> Vec<Ty> {
        let TyKind::Closure { owner, expr, substs } = self.tcx().kind(ty) else {
            return Vec::new();
        };
        self.program
            .closures
            .get(&(owner, expr))
            .map_or(Vec::new(), |info| info.captures.iter().map(|c| self.tcx().subst(c.ty, &substs)).collect())
    }

    /// Whether dropping a value of `ty` may run code (a `Drop` impl
    /// somewhere inside). Generic parameters conservatively need drop.
    pub fn needs_drop(&self, ty: Ty) -> bool {
        if let Some(&known) = self.needs_drop_cache.borrow().get(&ty) {
            return known;
        }
        // Recursive types (`struct List { next: Option<Box<List>> }`) see
        // `false` for themselves while being computed; the answer for the
        // whole is still right because some other part decides it.
        self.needs_drop_cache.borrow_mut().insert(ty, false);
        let answer = self.compute_needs_drop(ty);
        self.needs_drop_cache.borrow_mut().insert(ty, answer);
        answer
    }

    fn compute_needs_drop(&self, ty: Ty) -> bool {
        match self.tcx().kind(ty) {
            TyKind::Tuple(tys) => tys.iter().any(|&t| self.needs_drop(t)),
            TyKind::Array(t, n) => self.tcx().len_value(n) != Some(0) && self.needs_drop(t),
            TyKind::Slice(t) => self.needs_drop(t),
            TyKind::Adt(def, substs) => {
                self.drop_adts.contains(&def) || self.adt_field_tys(def, &substs).iter().any(|&t| self.needs_drop(t))
            }
            TyKind::Closure { .. } => self.closure_capture_tys(ty).iter().any(|&t| self.needs_drop(t)),
            TyKind::Param { .. } | TyKind::Projection { .. } | TyKind::Opaque { .. } | TyKind::Dynamic { .. } => true,
            _ => false,
        }
    }

    /// All field types of all variants of an ADT, substituted.
    pub fn adt_field_tys(&self, def: DefId, substs: &[Ty]) -> Vec<Ty> {
        let Some(adt) = self.program.items.adts.get(&def) else {
            return Vec::new();
        };
        adt.variants.iter().flat_map(|v| v.fields.iter()).map(|f| self.tcx().subst(f.ty, substs)).collect()
    }

    /// Field types of `variant` of `ty` (tuples and arrays have no variants).
    pub fn variant_field_tys(&self, ty: Ty, variant: u32) -> Option<Vec<Ty>> {
        match self.tcx().kind(ty) {
            TyKind::Tuple(tys) => Some(tys.to_vec()),
            TyKind::Closure { .. } => Some(self.closure_capture_tys(ty)),
            TyKind::Adt(def, substs) => {
                let adt = self.program.items.adts.get(&def)?;
                let v = adt.variants.get(variant as usize)?;
                Some(v.fields.iter().map(|f| self.tcx().subst(f.ty, &substs)).collect())
            }
            _ => None,
        }
    }

    /// Whether `ty` is an enum.
    pub fn is_enum(&self, ty: Ty) -> bool {
        match self.tcx().kind(ty) {
            TyKind::Adt(def, _) => self.program.items.adts.get(&def).is_some_and(|a| a.is_enum()),
            _ => false,
        }
    }

    /// The discriminant values of an enum's variants, in variant order.
    pub fn discriminants(&self, adt: DefId) -> Vec<i128> {
        self.program.items.adts.get(&adt).map(|a| a.variants.iter().map(|v| v.discr).collect()).unwrap_or_default()
    }

    /// The type of `Rvalue::Discriminant` (rustc's default `isize`).
    pub fn discr_ty(&self) -> Ty {
        self.tcx().isize()
    }
}

/// The generics declared by `def` itself.
pub use ferrum_ty::generics::own_generics as generics_of;

/// Bit width of an integer type (`None` for non-integers).
pub fn int_bits(tcx: &TyCtxt, ty: Ty) -> Option<u32> {
    match tcx.kind(ty) {
        TyKind::Int(i) => Some(i.bits(POINTER_BITS)),
        TyKind::Uint(u) => Some(u.bits(POINTER_BITS)),
        _ => None,
    }
}

/// Bit width of any scalar that `ConstKind::Scalar` can hold.
pub fn scalar_bits(tcx: &TyCtxt, ty: Ty) -> Option<u32> {
    match tcx.kind(ty) {
        TyKind::Bool => Some(1),
        TyKind::Char => Some(32),
        TyKind::Float(f) => Some(if f == ferrum_ty::ty::FloatTy::F32 { 32 } else { 64 }),
        _ => int_bits(tcx, ty),
    }
}

/// `value` truncated to `bits` bits.
pub fn truncate(value: u128, bits: u32) -> u128 {
    if bits >= 128 {
        value
    } else {
        value & ((1u128 << bits) - 1)
    }
}

/// The minimum value of a signed integer type, as a truncated scalar.
pub fn signed_min(bits: u32) -> u128 {
    1u128 << (bits - 1)
}

/// The unsigned type of the same width as an integer type.
pub fn unsigned_of(tcx: &TyCtxt, ty: Ty) -> Ty {
    let u = match tcx.kind(ty) {
        TyKind::Int(IntTy::I8) => UintTy::U8,
        TyKind::Int(IntTy::I16) => UintTy::U16,
        TyKind::Int(IntTy::I32) => UintTy::U32,
        TyKind::Int(IntTy::I64) => UintTy::U64,
        TyKind::Int(IntTy::I128) => UintTy::U128,
        TyKind::Int(IntTy::Isize) => UintTy::Usize,
        _ => return ty,
    };
    tcx.intern(TyKind::Uint(u))
}

/// Replaces leftover integer/float inference variables by their defaults.
pub fn default_infer(tcx: &TyCtxt, ty: Ty) -> Ty {
    use ferrum_ty::ty::InferKind;
    tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
        TyKind::Infer(_, InferKind::Int) => Some(tcx.i32()),
        TyKind::Infer(_, InferKind::Float) => Some(tcx.f64()),
        TyKind::Infer(_, InferKind::General) => Some(tcx.error()),
        _ => None,
    })
}
