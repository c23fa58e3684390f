//! The mid-level IR: a control-flow graph of basic blocks over places, as
//! in rustc. One `Body` per function, const or static initialiser.
//!
//! Types in a body may mention generic parameters; a backend substitutes
//! the instance's generic arguments (monomorphisation) before lowering.

use ferrum_hir::hir::{BodyId, DefId, Mutability};
use ferrum_span::{Span, Symbol};
use ferrum_ty::ty::{Substs, Ty};
use std::fmt;

pub use ferrum_hir::hir::{BinOp as HirBinOp, UnOp as HirUnOp};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Local(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BasicBlock(pub u32);

impl Local {
    pub const RETURN: Local = Local(0);
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl BasicBlock {
    pub const START: BasicBlock = BasicBlock(0);
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Debug for Local {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "_{}", self.0)
    }
}
impl fmt::Display for Local {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "_{}", self.0)
    }
}
impl fmt::Debug for BasicBlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bb{}", self.0)
    }
}
impl fmt::Display for BasicBlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bb{}", self.0)
    }
}

/// What a body computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyOwner {
    Fn(DefId),
    /// A `const` item or associated const.
    Const(DefId),
    Static(DefId),
    /// An anonymous constant: array length, enum discriminant.
    AnonConst(BodyId),
    /// A closure expression's body: the enclosing item and the closure
    /// expression's index in the enclosing HIR body.
    Closure(DefId, u32),
    /// A constant rvalue borrowed in an item's body (`&[1, 2, 3]`),
    /// promoted to a static as rustc does so that the borrow is
    /// `'static`: the item and the expression's index in its HIR body.
    Promoted(DefId, u32),
}

#[derive(Debug, Clone)]
pub struct Body {
    pub owner: BodyOwner,
    /// `_0` is the return place, `_1..=arg_count` the arguments.
    pub locals: Vec<LocalDecl>,
    pub arg_count: usize,
    pub blocks: Vec<BasicBlockData>,
    pub span: Span,
}

impl Body {
    pub fn local_ty(&self, local: Local) -> Ty {
        self.locals[local.index()].ty
    }
    pub fn args(&self) -> impl Iterator<Item = Local> {
        (1..=self.arg_count as u32).map(Local)
    }
}

#[derive(Debug, Clone)]
pub struct LocalDecl {
    pub ty: Ty,
    /// The user variable's name; `None` for temporaries.
    pub name: Option<Symbol>,
    pub mutable: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct BasicBlockData {
    pub statements: Vec<Statement>,
    pub terminator: Terminator,
}

#[derive(Debug, Clone)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StatementKind {
    Assign(Place, Rvalue),
    StorageLive(Local),
    StorageDead(Local),
    /// Writes the tag of enum variant `variant` into `place`.
    SetDiscriminant {
        place: Place,
        variant: u32,
    },
    Nop,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    pub local: Local,
    pub projection: Vec<PlaceElem>,
}

impl Place {
    pub fn local(local: Local) -> Place {
        Place { local, projection: Vec::new() }
    }
    pub fn return_place() -> Place {
        Place::local(Local::RETURN)
    }
    pub fn project(&self, elem: PlaceElem) -> Place {
        let mut projection = self.projection.clone();
        projection.push(elem);
        Place { local: self.local, projection }
    }
    pub fn field(&self, index: u32, ty: Ty) -> Place {
        self.project(PlaceElem::Field(index, ty))
    }
    pub fn deref(&self) -> Place {
        self.project(PlaceElem::Deref)
    }
    pub fn has_deref(&self) -> bool {
        self.projection.contains(&PlaceElem::Deref)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceElem {
    Deref,
    /// Field `index` of a struct, tuple, closure or (after `Downcast`) of an
    /// enum variant; the field's type.
    Field(u32, Ty),
    /// `[i]` with the index in a local of type `usize`.
    Index(Local),
    /// `[offset]` or `[len - offset]` (slice patterns).
    ConstantIndex {
        offset: u64,
        from_end: bool,
    },
    /// `[from..len - to]` or `[from..to]` (slice patterns).
    Subslice {
        from: u64,
        to: u64,
        from_end: bool,
    },
    /// View an enum as variant `index`.
    Downcast(u32),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Copy(Place),
    Move(Place),
    Constant(Box<Constant>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Constant {
    pub ty: Ty,
    pub kind: ConstKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConstKind {
    /// Integers, bool, char (as its code point) and floats (as IEEE bits),
    /// truncated to the type's size.
    Scalar(u128),
    /// A value of a zero-sized type: `()`, a function item, a unit struct.
    ZeroSized,
    /// A `&'static str`.
    Str(Symbol),
    /// A `&'static [u8; N]`.
    ByteStr(Box<[u8]>),
    /// The value of a `const` item (evaluated by the backend, once per instance).
    Unevaluated(DefId, Substs),
    /// An anonymous constant body (array lengths are already numbers in types).
    AnonConst(BodyId),
    /// `&STATIC` or `&raw mut STATIC`: the address of a static.
    StaticAddr(DefId),
    /// The address of a promoted constant ([`BodyOwner::Promoted`]).
    PromotedAddr(DefId, u32),
    /// The value of a const generic parameter: a `Param` type that is a
    /// `ConstValue` once the body is monomorphised.
    Param(Ty),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitXor,
    BitAnd,
    BitOr,
    Shl,
    Shr,
    Eq,
    Lt,
    Le,
    Ne,
    Ge,
    Gt,
    /// Pointer offset by a count of elements (`ptr.add(n)`).
    Offset,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnOp {
    Not,
    Neg,
    /// Length of a slice behind a wide pointer (the pointer's metadata).
    PtrMetadata,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CastKind {
    IntToInt,
    IntToFloat,
    FloatToInt,
    FloatToFloat,
    /// Pointer to pointer (thin or wide, same metadata).
    PtrToPtr,
    /// Pointer to integer (`p as usize`): exposes the address.
    PtrToAddr,
    /// Integer to pointer (`a as *const T`): no provenance.
    AddrToPtr,
    /// Function item to function pointer.
    FnToPtr,
    /// Closure without captures to function pointer.
    ClosureFnPtr,
    /// `&[T; N]` to `&[T]`, and later `&T` to `&dyn Trait`.
    Unsize,
    Transmute,
}

#[derive(Debug, Clone, PartialEq)]
pub enum AggregateKind {
    Array(Ty),
    Tuple,
    /// ADT `def` (struct or enum), variant index, generic arguments.
    Adt(DefId, u32, Substs),
    Closure(Ty),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Rvalue {
    Use(Operand),
    /// `[x; n]`.
    /// `[op; n]`; the count is a constant-kind type (a `ConstValue` once
    /// monomorphic).
    Repeat(Operand, Ty),
    Ref(Mutability, Place),
    AddressOf(Mutability, Place),
    /// Length of an array or slice place.
    Len(Place),
    Cast(CastKind, Operand, Ty),
    /// Unchecked (wrapping for integers) arithmetic, comparisons, shifts
    /// (shift amounts masked), pointer offset.
    BinaryOp(BinOp, Operand, Operand),
    /// Arithmetic returning `(result, overflowed)`.
    CheckedBinaryOp(BinOp, Operand, Operand),
    UnaryOp(UnOp, Operand),
    /// The discriminant value of an enum place, as `isize`-ish integer of the
    /// place type's discriminant type.
    Discriminant(Place),
    Aggregate(AggregateKind, Vec<Operand>),
}

#[derive(Debug, Clone)]
pub struct Terminator {
    pub kind: TerminatorKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Callee {
    /// A function, method, builtin or intrinsic with its generic arguments.
    Fn(DefId, Substs),
    /// A function pointer value.
    Indirect(Operand),
}

#[derive(Debug, Clone)]
pub enum AssertMessage {
    /// `attempt to add with overflow` and friends.
    Overflow(BinOp),
    /// `attempt to negate with overflow`.
    OverflowNeg,
    DivisionByZero,
    RemainderByZero,
    /// `index out of bounds: the len is {len} but the index is {index}`.
    BoundsCheck {
        len: Operand,
        index: Operand,
    },
}

#[derive(Debug, Clone)]
pub enum TerminatorKind {
    Goto(BasicBlock),
    /// Jumps to the target whose value equals `discr`, else `otherwise`.
    SwitchInt {
        discr: Operand,
        targets: Vec<(u128, BasicBlock)>,
        otherwise: BasicBlock,
    },
    Return,
    Unreachable,
    /// `target` is `None` for calls that never return (`-> !`).
    Call {
        func: Callee,
        args: Vec<Operand>,
        dest: Place,
        target: Option<BasicBlock>,
    },
    /// Runs the drop glue of the value in `place` (if its type needs it).
    Drop {
        place: Place,
        target: BasicBlock,
    },
    /// Panics with `msg` unless `cond == expected`.
    Assert {
        cond: Operand,
        expected: bool,
        msg: AssertMessage,
        target: BasicBlock,
    },
}

impl TerminatorKind {
    pub fn successors(&self) -> Vec<BasicBlock> {
        match self {
            TerminatorKind::Goto(t) => vec![*t],
            TerminatorKind::SwitchInt { targets, otherwise, .. } => {
                targets.iter().map(|(_, b)| *b).chain(std::iter::once(*otherwise)).collect()
            }
            TerminatorKind::Return | TerminatorKind::Unreachable => vec![],
            TerminatorKind::Call { target, .. } => target.iter().copied().collect(),
            TerminatorKind::Drop { target, .. } | TerminatorKind::Assert { target, .. } => {
                vec![*target]
            }
        }
    }
}

impl BinOp {
    /// The verb of rustc's overflow message: `attempt to {verb} with overflow`.
    pub fn overflow_verb(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "subtract",
            BinOp::Mul => "multiply",
            BinOp::Div => "divide",
            BinOp::Rem => "calculate the remainder",
            BinOp::Shl => "shift left",
            BinOp::Shr => "shift right",
            _ => "compute",
        }
    }
    pub fn is_comparison(self) -> bool {
        matches!(self, BinOp::Eq | BinOp::Lt | BinOp::Le | BinOp::Ne | BinOp::Ge | BinOp::Gt)
    }
}
