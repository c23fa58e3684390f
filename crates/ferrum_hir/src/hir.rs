//! The high-level IR: items with resolved names, bodies with macros expanded
//! and surface sugar (`while`, `if let` chains, `assert!`, ...) desugared.
//!
//! Items live in one crate-wide arena of [`Def`]s; each function, const,
//! static or discriminant expression owns a [`Body`] with its own arenas.

use ferrum_span::{Span, Symbol};
use la_arena::{Arena, Idx};
use rustc_hash::FxHashMap;

pub use ferrum_syntax::ast::{BinOp, UnOp};

pub type DefId = Idx<Def>;
pub type BodyId = Idx<Body>;
pub type TypeRefId = Idx<TypeRef>;
pub type ExprId = Idx<Expr>;
pub type PatId = Idx<Pat>;
pub type BindingId = Idx<Binding>;

/// The whole program: user crate and embedded standard library together.
#[derive(Default, Debug)]
pub struct Crate {
    pub defs: Arena<Def>,
    pub bodies: Arena<Body>,
    pub types: Arena<TypeRef>,
    /// The user crate's root module.
    pub root: Option<DefId>,
    /// The library's root module (`std`, also reachable as `core`/`alloc`).
    pub std_root: Option<DefId>,
    /// `fn main` of the user crate.
    pub main_fn: Option<DefId>,
    /// `#[test]` functions of the user crate in source order.
    pub tests: Vec<DefId>,
    /// Items the compiler must know, marked `#[lang = "name"]` in the library.
    pub lang_items: FxHashMap<Symbol, DefId>,
    /// `#[rustc_on_unimplemented(message = "..", label = "..")]` of library
    /// traits: E0277's wording when the trait is missing (`{Self}` is the
    /// type).
    pub on_unimplemented: FxHashMap<DefId, OnUnimplemented>,
}

#[derive(Debug, Clone, Default)]
pub struct OnUnimplemented {
    pub message: Option<String>,
    pub label: Option<String>,
}

impl Crate {
    pub fn lang_item(&self, name: &str) -> Option<DefId> {
        self.lang_items.get(&Symbol::intern(name)).copied()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mutability {
    Not,
    Mut,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visibility {
    Public,
    /// Visible inside this module (and its descendants).
    Restricted(DefId),
}

#[derive(Debug)]
pub struct Def {
    /// The item's name (`<impl>` for impls; `crate`/`std` for the roots).
    pub name: Symbol,
    /// From the item's first keyword to the end of its name (rustc's def span).
    pub span: Span,
    /// The enclosing module, impl, trait, or enum (for variants); `None` for
    /// crate roots. Items declared inside a function body get the module
    /// containing that function (they are not listed in its `items`, so
    /// walk `Crate::defs` to find every impl).
    pub parent: Option<DefId>,
    pub vis: Visibility,
    pub kind: DefKind,
    /// Whether this item comes from the embedded library.
    pub is_library: bool,
    /// `#[derive(...)]` trait names, in order.
    pub derives: Vec<(Symbol, Span)>,
}

#[derive(Debug)]
pub enum DefKind {
    Mod {
        items: Vec<DefId>,
    },
    Fn(FnDef),
    Adt(AdtDef),
    /// An enum variant; `adt` is the enum, `index` the variant's position.
    Variant {
        adt: DefId,
        index: u32,
    },
    Const {
        ty: TypeRefId,
        body: Option<BodyId>,
    },
    Static {
        mutable: bool,
        ty: TypeRefId,
        body: Option<BodyId>,
    },
    Impl(ImplDef),
    Trait(TraitDef),
    /// `type X = T;` or an associated type (`ty` is `None` for a trait's declaration).
    TypeAlias {
        generics: Generics,
        bounds: Vec<TraitBound>,
        ty: Option<TypeRefId>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abi {
    Rust,
    /// A runtime builtin from `#[builtin] extern "ferrum"` (no body).
    Builtin,
    /// A compiler intrinsic from `extern "rust-intrinsic"` (no body).
    Intrinsic,
}

#[derive(Debug)]
pub struct FnDef {
    pub generics: Generics,
    /// Parameter types; for methods the first is the `self` type.
    pub inputs: Vec<TypeRefId>,
    pub output: TypeRefId,
    pub has_self: bool,
    pub body: Option<BodyId>,
    pub is_unsafe: bool,
    pub is_const: bool,
    pub abi: Abi,
    pub is_test: bool,
    /// `#[should_panic]` on a test.
    pub should_panic: bool,
    /// `#[track_caller]`: panics inside report the caller's location.
    pub track_caller: bool,
}

#[derive(Debug, Default)]
pub struct Generics {
    /// The generics of the enclosing impl or trait, whose parameters come
    /// first in the numbering (as in rustc).
    pub parent: Option<DefId>,
    /// This item's own type parameters; parameter `i` of this list has
    /// index `parent_count + i`.
    pub params: Vec<GenericParam>,
    /// Bounds from `T: Bound` in the parameter list and from `where` clauses.
    pub predicates: Vec<Predicate>,
    /// True for traits, whose implicit `Self` parameter is index 0.
    pub has_self: bool,
}

#[derive(Debug)]
pub struct GenericParam {
    pub name: Symbol,
    pub span: Span,
    pub is_const: Option<TypeRefId>,
    pub default: Option<TypeRefId>,
}

#[derive(Debug)]
pub struct Predicate {
    pub ty: TypeRefId,
    pub bound: TraitBound,
}

#[derive(Debug, Clone)]
pub struct TraitBound {
    /// `Res::Def(trait)` or `Res::Err`.
    pub trait_: Res,
    pub args: Vec<TypeRefId>,
    /// `Item = T` bindings.
    pub assoc: Vec<(Symbol, TypeRefId)>,
    /// `?Sized`.
    pub maybe: bool,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdtKind {
    Struct,
    Enum,
    Union,
}

#[derive(Debug)]
pub struct AdtDef {
    pub kind: AdtKind,
    pub generics: Generics,
    /// One variant for structs and unions.
    pub variants: Vec<VariantDef>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VariantShape {
    Named,
    Tuple,
    Unit,
}

#[derive(Debug)]
pub struct VariantDef {
    pub name: Symbol,
    pub span: Span,
    /// The `Variant` def of an enum variant; the struct itself for structs.
    pub def: DefId,
    pub shape: VariantShape,
    pub fields: Vec<FieldDef>,
    /// Explicit `= expr` discriminant.
    pub discriminant: Option<BodyId>,
}

#[derive(Debug)]
pub struct FieldDef {
    /// Tuple fields are named `0`, `1`, ...
    pub name: Symbol,
    pub ty: TypeRefId,
    pub vis: Visibility,
    pub span: Span,
}

#[derive(Debug)]
pub struct ImplDef {
    pub generics: Generics,
    pub trait_: Option<TraitBound>,
    pub self_ty: TypeRefId,
    pub items: Vec<DefId>,
}

#[derive(Debug)]
pub struct TraitDef {
    pub generics: Generics,
    pub supertraits: Vec<TraitBound>,
    pub items: Vec<DefId>,
}

/// What a path names after name resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Res {
    Local(BindingId),
    /// An item: fn, const, static, struct, enum, union, trait, type alias,
    /// module, or the constructor of a tuple/unit struct.
    Def(DefId),
    /// Enum variant (a `DefKind::Variant` def).
    Variant(DefId),
    PrimTy(PrimTy),
    /// `Self` inside an impl (the impl's def) or a trait (the trait's def).
    SelfTy(DefId),
    /// Generic parameter `index` of the generics owned by `owner`.
    TyParam {
        owner: DefId,
        index: u32,
    },
    Err,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrimTy {
    Bool,
    Char,
    Str,
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
    F32,
    F64,
}

impl PrimTy {
    pub fn from_name(name: &str) -> Option<PrimTy> {
        Some(match name {
            "bool" => PrimTy::Bool,
            "char" => PrimTy::Char,
            "str" => PrimTy::Str,
            "i8" => PrimTy::I8,
            "i16" => PrimTy::I16,
            "i32" => PrimTy::I32,
            "i64" => PrimTy::I64,
            "i128" => PrimTy::I128,
            "isize" => PrimTy::Isize,
            "u8" => PrimTy::U8,
            "u16" => PrimTy::U16,
            "u32" => PrimTy::U32,
            "u64" => PrimTy::U64,
            "u128" => PrimTy::U128,
            "usize" => PrimTy::Usize,
            "f32" => PrimTy::F32,
            "f64" => PrimTy::F64,
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------- types

#[derive(Debug)]
pub struct TypeRef {
    pub kind: TypeRefKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum TypeRefKind {
    /// A resolved type path: `Res::PrimTy`, `Res::Def(adt or alias)`,
    /// `Res::TyParam`, `Res::SelfTy`; `args` are the last segment's generic
    /// arguments.
    Path {
        res: Res,
        args: Vec<TypeRefId>,
        assoc: Vec<(Symbol, TypeRefId)>,
    },
    /// `T::Item`, `Self::Item`, `<T as Trait>::Item`.
    Assoc {
        base: TypeRefId,
        trait_: Option<TraitBound>,
        name: Symbol,
    },
    Ref {
        mutability: Mutability,
        ty: TypeRefId,
    },
    RawPtr {
        mutability: Mutability,
        ty: TypeRefId,
    },
    Tuple(Vec<TypeRefId>),
    /// The length is a const body evaluated by the type checker.
    Array {
        elem: TypeRefId,
        len: BodyId,
    },
    Slice(TypeRefId),
    Never,
    /// `_` or an omitted type.
    Infer,
    FnPtr {
        params: Vec<TypeRefId>,
        ret: TypeRefId,
    },
    ImplTrait(Vec<TraitBound>),
    DynTrait(Vec<TraitBound>),
    /// A const generic argument (`Foo<3>`, `f::<{ N + 1 }>()`): a const body.
    /// (A bare `N` naming a const parameter is a `Path` to the `TyParam`.)
    Const(BodyId),
    Err,
}

// ---------------------------------------------------------------- bodies

#[derive(Debug)]
pub struct Body {
    /// The function, const, static or type this body belongs to.
    pub owner: DefId,
    pub params: Vec<PatId>,
    pub value: ExprId,
    pub exprs: Arena<Expr>,
    pub pats: Arena<Pat>,
    pub bindings: Arena<Binding>,
}

#[derive(Debug)]
pub struct Binding {
    pub name: Symbol,
    pub mutable: bool,
    /// `ref` / `ref mut` binding mode written by the user.
    pub by_ref: Option<Mutability>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Lit {
    Bool(bool),
    /// Integer literal; `suffix` fixes its type.
    Int(u128, Option<PrimTy>),
    /// Float literal text; `suffix` fixes its type.
    Float(Symbol, Option<PrimTy>),
    Char(char),
    Byte(u8),
    Str(Symbol),
    ByteStr(Vec<u8>),
}

#[derive(Debug)]
pub enum ValuePath {
    /// A fully resolved path; `args` are explicit generic args (turbofish),
    /// of the item and, for enum variants, of the enum. `Trait::method`
    /// (e.g. `Default::default`) resolves to the trait's item def, whose
    /// `Self` the type checker infers. `Self`/`Self(..)` in an impl whose
    /// self type is an ADT resolve to that ADT.
    Resolved { res: Res, args: Vec<TypeRefId> },
    /// `Type::name` where the type checker finds `name` (associated fn,
    /// const or variant through an alias): `i32::MAX`, `Point::new`.
    TypeRelative { ty: TypeRefId, name: Symbol, args: Vec<TypeRefId> },
}

#[derive(Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub tail: Option<ExprId>,
    pub is_unsafe: bool,
}

#[derive(Debug)]
pub enum Stmt {
    Let {
        pat: PatId,
        ty: Option<TypeRefId>,
        init: Option<ExprId>,
        else_block: Option<ExprId>,
        span: Span,
    },
    /// `semi` tells whether the value is discarded with `;`.
    Expr {
        expr: ExprId,
        semi: bool,
    },
}

#[derive(Debug)]
pub struct Arm {
    pub pat: PatId,
    pub guard: Option<ExprId>,
    pub body: ExprId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    Named(Symbol),
    Index(u32),
}

#[derive(Debug)]
pub struct FieldInit {
    pub name: Symbol,
    pub expr: ExprId,
    pub span: Span,
}

/// Where a `loop` came from, for diagnostics and `--emit hir`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopSource {
    Loop,
    While,
}

#[derive(Debug)]
pub enum ExprKind {
    Lit(Lit),
    Path(ValuePath),
    Unary(UnOp, ExprId),
    /// Arithmetic, comparison and bit operators; `&&`/`||` are `And`/`Or`
    /// and short-circuit.
    Binary(BinOp, ExprId, ExprId),
    Assign(ExprId, ExprId),
    AssignOp(BinOp, ExprId, ExprId),
    Call(ExprId, Vec<ExprId>),
    MethodCall {
        receiver: ExprId,
        method: Symbol,
        method_span: Span,
        args: Vec<ExprId>,
        generic_args: Vec<TypeRefId>,
    },
    Field(ExprId, FieldName),
    Index(ExprId, ExprId),
    Block {
        block: Block,
        label: Option<Symbol>,
    },
    If {
        cond: ExprId,
        then: ExprId,
        else_: Option<ExprId>,
    },
    /// `let pat = expr` in a condition (only inside `If` conditions and
    /// `&&` chains of them).
    Let {
        pat: PatId,
        expr: ExprId,
    },
    /// `loop`; `while` is lowered to `loop { if cond { body } else { break } }`.
    Loop {
        body: ExprId,
        label: Option<Symbol>,
        source: LoopSource,
    },
    /// `for pat in iter { body }`, kept for the type checker and MIR builder.
    For {
        pat: PatId,
        iter: ExprId,
        body: ExprId,
        label: Option<Symbol>,
    },
    Match {
        scrutinee: ExprId,
        arms: Vec<Arm>,
    },
    /// `target` is the `Loop`/`For`/labelled `Block` expression left.
    Break {
        target: Option<ExprId>,
        value: Option<ExprId>,
    },
    Continue {
        target: Option<ExprId>,
    },
    Return(Option<ExprId>),
    Tuple(Vec<ExprId>),
    Array(Vec<ExprId>),
    /// `[value; len]`, `len` a const body.
    Repeat {
        value: ExprId,
        len: BodyId,
    },
    /// Struct or struct-like variant literal (`res` is the struct or variant).
    Struct {
        res: Res,
        args: Vec<TypeRefId>,
        fields: Vec<FieldInit>,
        base: Option<ExprId>,
    },
    Cast(ExprId, TypeRefId),
    Ref {
        mutability: Mutability,
        expr: ExprId,
    },
    RawRef {
        mutability: Mutability,
        expr: ExprId,
    },
    Closure {
        params: Vec<(PatId, Option<TypeRefId>)>,
        ret: Option<TypeRefId>,
        body: ExprId,
        is_move: bool,
    },
    Try(ExprId),
    /// Something that failed to lower; an error was reported.
    Err,
}

#[derive(Debug)]
pub struct Pat {
    pub kind: PatKind,
    pub span: Span,
}

/// A constant inside a pattern (literal or range end).
#[derive(Debug, Clone)]
pub enum PatConst {
    Lit {
        lit: Lit,
        negated: bool,
    },
    /// A path to a `const` or associated const (`i32::MAX`).
    Path(Res),
    TypeRelative {
        ty: TypeRefId,
        name: Symbol,
    },
}

#[derive(Debug)]
pub enum PatKind {
    Wild,
    Binding {
        binding: BindingId,
        sub: Option<PatId>,
    },
    Lit(PatConst),
    Range {
        lo: Option<PatConst>,
        hi: Option<PatConst>,
        inclusive: bool,
    },
    /// `rest` is the position of `..` among the written elements.
    Tuple {
        pats: Vec<PatId>,
        rest: Option<usize>,
    },
    /// Struct, struct-like variant, tuple struct or unit/tuple variant;
    /// `res` is the struct def or the variant def.
    Adt {
        res: Res,
        args: Vec<TypeRefId>,
        fields: Vec<FieldPat>,
        rest: bool,
        shape: VariantShape,
    },
    /// A unit struct, unit variant or const used as a pattern.
    Path(Res),
    Ref {
        mutability: Mutability,
        pat: PatId,
    },
    Or(Vec<PatId>),
    Slice {
        prefix: Vec<PatId>,
        rest: Option<PatId>,
        suffix: Vec<PatId>,
    },
    Box(PatId),
    Err,
}

#[derive(Debug)]
pub struct FieldPat {
    /// Field name; tuple-struct positions are `0`, `1`, ...
    pub name: FieldName,
    pub pat: PatId,
}
