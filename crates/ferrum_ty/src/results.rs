//! Per-body side tables produced by type checking.

use crate::ty::{Substs, Ty};
use ferrum_hir::hir::{BindingId, DefId, ExprId, Mutability, PatId};
use la_arena::ArenaMap;

/// An implicit conversion applied to an expression's value, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Adjust {
    /// `*e` of a reference or `Box` (builtin deref).
    Deref,
    /// `&e` / `&mut e` (autoref of a method receiver).
    Borrow(Mutability),
    /// `&mut T` to `*mut T`, `&T` to `*const T`.
    RefToRawPtr(Mutability),
    /// `&mut T` to `&T`.
    ReborrowShared,
    /// `&[T; N]` to `&[T]` (and later `&T` to `&dyn Trait`); target type.
    Unsize(Ty),
    /// A function item to a function pointer.
    ReifyFnPointer,
    /// A closure that captures nothing to a function pointer (the target).
    ClosureFnPointer(Ty),
    /// `!` to any type.
    NeverToAny(Ty),
    /// `*Deref::deref(&e)` (or `*DerefMut::deref_mut(&mut e)`) of a
    /// library type; `target` is `<T as Deref>::Target`.
    OverloadedDeref { mutbl: Mutability, target: Ty },
}

/// What a path expression, method call or overloaded operator refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueRes {
    /// A function or method (possibly a trait method), with its generic
    /// arguments after inference.
    Fn(DefId, Substs),
    Const(DefId, Substs),
    Static(DefId),
    /// A tuple-struct/variant constructor used as a value or called.
    Ctor {
        adt: DefId,
        variant: u32,
        substs: Substs,
    },
    /// A unit struct or unit variant.
    UnitCtor {
        adt: DefId,
        variant: u32,
        substs: Substs,
    },
    Local(BindingId),
    /// A const generic parameter used as a value: the parameter (a `Param`
    /// type, a `ConstValue` once substituted).
    ConstParam(Ty),
}

#[derive(Default, Debug)]
pub struct TypeckResults {
    /// For a function returning `impl Trait`: the hidden type of each
    /// opaque type (by index) as the body determined it.
    pub opaque_hidden: Vec<Ty>,
    pub expr_tys: ArenaMap<ExprId, Ty>,
    pub pat_tys: ArenaMap<PatId, Ty>,
    pub binding_tys: ArenaMap<BindingId, Ty>,
    /// Adjustments applied to an expression's value, in order.
    pub adjustments: ArenaMap<ExprId, Vec<Adjust>>,
    /// Resolution of `Path` expressions, `MethodCall`s (the method),
    /// overloaded operators and index expressions (when not builtin).
    pub value_res: ArenaMap<ExprId, ValueRes>,
    /// Field index of `Field` expressions (after autoderef) and of struct
    /// literal fields (keyed by the field's init expression).
    pub field_indices: ArenaMap<ExprId, u32>,
    /// Implicit dereferences before matching a pattern (match ergonomics):
    /// the reference types peeled, outermost first.
    pub pat_adjustments: ArenaMap<PatId, Vec<Ty>>,
    /// Whether a binding binds by reference because of the default binding
    /// mode (`Some(m)`) or by value (`None`).
    pub binding_modes: ArenaMap<BindingId, Option<Mutability>>,
    /// Variant index of ADT patterns and struct literals of enums.
    pub variant_indices: ArenaMap<PatId, u32>,
    /// `for` loops that iterate through `IntoIterator`/`Iterator` (loops
    /// over integer ranges count directly and have no entry).
    pub for_loops: ArenaMap<ExprId, ForLoop>,
    /// Signature, kind and captures of every closure expression.
    pub closures: rustc_hash::FxHashMap<ExprId, ClosureInfo>,
    /// Whether checking this body reported an error.
    pub tainted: bool,
}

/// How a `for` loop iterates: `into_iter(iterable)` gives `iter`, whose
/// `next` gives `Option<item>`.
#[derive(Clone, Debug)]
pub struct ForLoop {
    pub into_iter: DefId,
    pub next: DefId,
    pub iterable: Ty,
    pub iter: Ty,
    pub item: Ty,
}

/// Which `Fn*` traits a closure implements: the most restrictive use of
/// its captures decides (ordered from most to least capable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClosureKind {
    Fn,
    FnMut,
    FnOnce,
}

impl ClosureKind {
    pub const ALL: [ClosureKind; 3] = [ClosureKind::Fn, ClosureKind::FnMut, ClosureKind::FnOnce];

    /// The lang item of this kind's trait.
    pub fn lang_item(self) -> &'static str {
        match self {
            ClosureKind::Fn => "fn",
            ClosureKind::FnMut => "fn_mut",
            ClosureKind::FnOnce => "fn_once",
        }
    }

    /// The trait's call method.
    pub fn method_name(self) -> &'static str {
        match self {
            ClosureKind::Fn => "call",
            ClosureKind::FnMut => "call_mut",
            ClosureKind::FnOnce => "call_once",
        }
    }

    /// The kind whose trait is `trait_`, if `trait_` is an `Fn*` trait.
    pub fn of_trait(krate: &ferrum_hir::hir::Crate, trait_: DefId) -> Option<ClosureKind> {
        ClosureKind::ALL.into_iter().find(|k| krate.lang_item(k.lang_item()) == Some(trait_))
    }
}

/// How a closure holds a variable of its environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureMode {
    ByValue,
    ByRef(Mutability),
}

#[derive(Clone, Debug)]
pub struct Capture {
    pub binding: BindingId,
    pub mode: CaptureMode,
    /// The type of the closure's field: the variable's type, or a
    /// reference to it.
    pub ty: Ty,
}

/// A closure's signature (parameters untupled) and environment, in the
/// generic terms of the enclosing item.
#[derive(Clone, Debug)]
pub struct ClosureInfo {
    pub inputs: Vec<Ty>,
    pub output: Ty,
    pub kind: ClosureKind,
    /// In order of first mention in the body.
    pub captures: Vec<Capture>,
}
