//! Interned semantic types.
//!
//! A [`Ty`] is a small copyable id into the [`TyCtxt`] interner; equal types
//! have equal ids, so comparing types is comparing integers.

use ferrum_hir::hir::{DefId, Mutability};
use ferrum_span::Symbol;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ty(u32);

impl Ty {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl std::fmt::Debug for Ty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ty({})", self.0)
    }
}

/// Generic arguments of an item, parent's first (as generic parameters are numbered).
pub type Substs = std::rc::Rc<[Ty]>;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UintTy {
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum FloatTy {
    F32,
    F64,
}

/// An inference variable's id; the type checker's union-find owns its value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct InferVar(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum InferKind {
    /// Any type.
    General,
    /// An integer literal's type: defaults to `i32`.
    Int,
    /// A float literal's type: defaults to `f64`.
    Float,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FnSig {
    pub inputs: std::rc::Rc<[Ty]>,
    pub output: Ty,
    pub is_unsafe: bool,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TyKind {
    Bool,
    Char,
    Int(IntTy),
    Uint(UintTy),
    Float(FloatTy),
    /// `str` (unsized).
    Str,
    Never,
    /// `()` is the empty tuple.
    Tuple(std::rc::Rc<[Ty]>),
    /// `[T; N]`: the length is a constant-kind type, `ConstValue` once
    /// known, else a const generic `Param` or an inference variable.
    Array(Ty, Ty),
    /// The value of a const generic argument or array length (bits of a
    /// `usize`, integer, `bool` or `char`). It stands where a type would
    /// in substs, so substitution and inference treat consts and types
    /// alike.
    ConstValue(u128),
    /// `[T]` (unsized).
    Slice(Ty),
    Ref(Ty, Mutability),
    RawPtr(Ty, Mutability),
    /// A struct, enum or union with its generic arguments.
    Adt(DefId, Substs),
    /// The zero-sized type of a function item.
    FnDef(DefId, Substs),
    FnPtr(FnSig),
    /// A closure: the closure expression's owner body and expression
    /// index, plus the substs of the enclosing item.
    Closure {
        owner: DefId,
        expr: u32,
        substs: Substs,
    },
    /// `dyn Trait<Args, Name = T>` (unsized): the principal trait, its
    /// generic arguments without `Self`, and the associated types the
    /// object fixes (`Output` of `dyn Fn(i32) -> i32`), sorted by name.
    /// Auto traits (`+ Send`) are not represented.
    Dynamic {
        trait_: DefId,
        substs: Substs,
        assoc: std::rc::Rc<[(Symbol, Ty)]>,
    },
    /// Generic parameter `index` (numbering as in `hir::Generics`).
    Param {
        index: u32,
        name: Symbol,
    },
    /// `impl Trait` number `index` in the return type of function `def`:
    /// the hidden type its body returns, known once that body is checked
    /// (`ferrum_ty::opaque` then replaces it in the signature).
    Opaque {
        def: DefId,
        index: u32,
        substs: Substs,
    },
    /// `<T as Trait>::Name` that could not be normalised yet (generic code).
    Projection {
        trait_: DefId,
        substs: Substs,
        name: Symbol,
    },
    Infer(InferVar, InferKind),
    /// A type that failed to check; unifies with everything, silently.
    Error,
}

/// The type interner. Interior mutability lets every stage intern through
/// a shared reference; it is a plain table, not a graph.
#[derive(Default)]
pub struct TyCtxt {
    interner: RefCell<Interner>,
}

#[derive(Default)]
struct Interner {
    kinds: Vec<TyKind>,
    ids: FxHashMap<TyKind, Ty>,
}

impl TyCtxt {
    pub fn new() -> TyCtxt {
        TyCtxt::default()
    }

    pub fn intern(&self, kind: TyKind) -> Ty {
        let mut interner = self.interner.borrow_mut();
        if let Some(&ty) = interner.ids.get(&kind) {
            return ty;
        }
        let ty = Ty(interner.kinds.len() as u32);
        interner.kinds.push(kind.clone());
        interner.ids.insert(kind, ty);
        ty
    }

    /// The kind of `ty`. Cloning keeps the borrow short; kinds are small.
    pub fn kind(&self, ty: Ty) -> TyKind {
        self.interner.borrow().kinds[ty.index()].clone()
    }

    /// Runs `f` on the kind of `ty` without cloning it.
    pub fn with_kind<R>(&self, ty: Ty, f: impl FnOnce(&TyKind) -> R) -> R {
        f(&self.interner.borrow().kinds[ty.index()])
    }

    pub fn unit(&self) -> Ty {
        self.intern(TyKind::Tuple(std::rc::Rc::new([])))
    }
    pub fn bool(&self) -> Ty {
        self.intern(TyKind::Bool)
    }
    pub fn char(&self) -> Ty {
        self.intern(TyKind::Char)
    }
    pub fn never(&self) -> Ty {
        self.intern(TyKind::Never)
    }
    pub fn error(&self) -> Ty {
        self.intern(TyKind::Error)
    }
    pub fn usize(&self) -> Ty {
        self.intern(TyKind::Uint(UintTy::Usize))
    }
    pub fn isize(&self) -> Ty {
        self.intern(TyKind::Int(IntTy::Isize))
    }
    pub fn i32(&self) -> Ty {
        self.intern(TyKind::Int(IntTy::I32))
    }
    pub fn u8(&self) -> Ty {
        self.intern(TyKind::Uint(UintTy::U8))
    }
    pub fn f64(&self) -> Ty {
        self.intern(TyKind::Float(FloatTy::F64))
    }
    pub fn str(&self) -> Ty {
        self.intern(TyKind::Str)
    }
    pub fn static_str(&self) -> Ty {
        let s = self.str();
        self.intern(TyKind::Ref(s, Mutability::Not))
    }
    pub fn mk_ref(&self, ty: Ty, m: Mutability) -> Ty {
        self.intern(TyKind::Ref(ty, m))
    }
    pub fn mk_ptr(&self, ty: Ty, m: Mutability) -> Ty {
        self.intern(TyKind::RawPtr(ty, m))
    }
    pub fn mk_tuple(&self, tys: Vec<Ty>) -> Ty {
        self.intern(TyKind::Tuple(tys.into()))
    }
    pub fn mk_adt(&self, def: DefId, substs: Substs) -> Ty {
        self.intern(TyKind::Adt(def, substs))
    }
    pub fn mk_const(&self, value: u128) -> Ty {
        self.intern(TyKind::ConstValue(value))
    }
    pub fn mk_array(&self, elem: Ty, len: u64) -> Ty {
        let len = self.mk_const(len as u128);
        self.intern(TyKind::Array(elem, len))
    }

    /// The number an array length stands for, once it is known (always,
    /// after monomorphisation).
    pub fn len_value(&self, len: Ty) -> Option<u64> {
        self.with_kind(len, |k| match *k {
            TyKind::ConstValue(v) => u64::try_from(v).ok(),
            _ => None,
        })
    }

    /// Replaces every `Param` in `ty` by the matching entry of `substs`.
    pub fn subst(&self, ty: Ty, substs: &[Ty]) -> Ty {
        if substs.is_empty() {
            return ty;
        }
        self.fold(ty, &mut |tcx, t| match tcx.kind(t) {
            TyKind::Param { index, .. } => substs.get(index as usize).copied(),
            _ => None,
        })
    }

    /// Rebuilds `ty` bottom-up; `f` may replace any node (it is asked first,
    /// and its replacement is not folded further).
    pub fn fold(&self, ty: Ty, f: &mut dyn FnMut(&TyCtxt, Ty) -> Option<Ty>) -> Ty {
        if let Some(new) = f(self, ty) {
            return new;
        }
        let kind = self.kind(ty);
        let list = |tys: &[Ty], f: &mut dyn FnMut(&TyCtxt, Ty) -> Option<Ty>| -> Vec<Ty> {
            tys.iter().map(|&t| self.fold(t, f)).collect()
        };
        let new = match &kind {
            TyKind::Tuple(tys) => TyKind::Tuple(list(tys, f).into()),
            &TyKind::Array(t, n) => TyKind::Array(self.fold(t, f), self.fold(n, f)),
            &TyKind::Slice(t) => TyKind::Slice(self.fold(t, f)),
            &TyKind::Ref(t, m) => TyKind::Ref(self.fold(t, f), m),
            &TyKind::RawPtr(t, m) => TyKind::RawPtr(self.fold(t, f), m),
            TyKind::Adt(d, s) => TyKind::Adt(*d, list(s, f).into()),
            TyKind::FnDef(d, s) => TyKind::FnDef(*d, list(s, f).into()),
            TyKind::Closure { owner, expr, substs } => {
                TyKind::Closure { owner: *owner, expr: *expr, substs: list(substs, f).into() }
            }
            TyKind::Dynamic { trait_, substs, assoc } => TyKind::Dynamic {
                trait_: *trait_,
                substs: list(substs, f).into(),
                assoc: assoc.iter().map(|&(n, t)| (n, self.fold(t, f))).collect(),
            },
            TyKind::Projection { trait_, substs, name } => {
                TyKind::Projection { trait_: *trait_, substs: list(substs, f).into(), name: *name }
            }
            TyKind::Opaque { def, index, substs } => {
                TyKind::Opaque { def: *def, index: *index, substs: list(substs, f).into() }
            }
            TyKind::FnPtr(sig) => TyKind::FnPtr(FnSig {
                inputs: list(&sig.inputs, f).into(),
                output: self.fold(sig.output, f),
                is_unsafe: sig.is_unsafe,
            }),
            _ => return ty,
        };
        // Nothing replaced: no need to hash and look the kind up again.
        if new == kind {
            return ty;
        }
        self.intern(new)
    }

    /// Calls `f` on `ty` and every type inside it.
    pub fn walk(&self, ty: Ty, f: &mut dyn FnMut(Ty)) {
        f(ty);
        match self.kind(ty) {
            TyKind::Tuple(tys) => tys.iter().for_each(|&t| self.walk(t, f)),
            TyKind::Adt(_, s) | TyKind::FnDef(_, s) | TyKind::Closure { substs: s, .. } => {
                s.iter().for_each(|&t| self.walk(t, f))
            }
            TyKind::Dynamic { substs, assoc, .. } => {
                substs.iter().for_each(|&t| self.walk(t, f));
                assoc.iter().for_each(|&(_, t)| self.walk(t, f))
            }
            TyKind::Projection { substs: s, .. } | TyKind::Opaque { substs: s, .. } => {
                s.iter().for_each(|&t| self.walk(t, f))
            }
            TyKind::Array(t, n) => {
                self.walk(t, f);
                self.walk(n, f)
            }
            TyKind::Slice(t) | TyKind::Ref(t, _) | TyKind::RawPtr(t, _) => self.walk(t, f),
            TyKind::FnPtr(sig) => {
                sig.inputs.iter().for_each(|&t| self.walk(t, f));
                self.walk(sig.output, f)
            }
            _ => {}
        }
    }

    pub fn has_params(&self, ty: Ty) -> bool {
        let mut found = false;
        self.walk(ty, &mut |t| found |= matches!(self.kind(t), TyKind::Param { .. } | TyKind::Projection { .. }));
        found
    }

    pub fn is_unit(&self, ty: Ty) -> bool {
        self.with_kind(ty, |k| matches!(k, TyKind::Tuple(t) if t.is_empty()))
    }

    pub fn is_integral(&self, ty: Ty) -> bool {
        self.with_kind(ty, |k| matches!(k, TyKind::Int(_) | TyKind::Uint(_) | TyKind::Infer(_, InferKind::Int)))
    }

    pub fn is_signed(&self, ty: Ty) -> bool {
        self.with_kind(ty, |k| matches!(k, TyKind::Int(_)))
    }

    pub fn is_float(&self, ty: Ty) -> bool {
        self.with_kind(ty, |k| matches!(k, TyKind::Float(_) | TyKind::Infer(_, InferKind::Float)))
    }

    /// The pointee of a reference or raw pointer.
    pub fn pointee(&self, ty: Ty) -> Option<Ty> {
        self.with_kind(ty, |k| match k {
            TyKind::Ref(t, _) | TyKind::RawPtr(t, _) => Some(*t),
            _ => None,
        })
    }

    /// Whether values of this type are unsized (`str`, `[T]`, `dyn Trait`).
    pub fn is_unsized(&self, ty: Ty) -> bool {
        self.with_kind(ty, |k| matches!(k, TyKind::Str | TyKind::Slice(_) | TyKind::Dynamic { .. }))
    }
}

impl IntTy {
    pub fn bits(self, pointer_bits: u32) -> u32 {
        match self {
            IntTy::I8 => 8,
            IntTy::I16 => 16,
            IntTy::I32 => 32,
            IntTy::I64 => 64,
            IntTy::I128 => 128,
            IntTy::Isize => pointer_bits,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            IntTy::I8 => "i8",
            IntTy::I16 => "i16",
            IntTy::I32 => "i32",
            IntTy::I64 => "i64",
            IntTy::I128 => "i128",
            IntTy::Isize => "isize",
        }
    }
}

impl UintTy {
    pub fn bits(self, pointer_bits: u32) -> u32 {
        match self {
            UintTy::U8 => 8,
            UintTy::U16 => 16,
            UintTy::U32 => 32,
            UintTy::U64 => 64,
            UintTy::U128 => 128,
            UintTy::Usize => pointer_bits,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            UintTy::U8 => "u8",
            UintTy::U16 => "u16",
            UintTy::U32 => "u32",
            UintTy::U64 => "u64",
            UintTy::U128 => "u128",
            UintTy::Usize => "usize",
        }
    }
}

impl FloatTy {
    pub fn name(self) -> &'static str {
        match self {
            FloatTy::F32 => "f32",
            FloatTy::F64 => "f64",
        }
    }
}
