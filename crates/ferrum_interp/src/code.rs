//! The compact internal code one function instance is lowered to.
//!
//! A body becomes a flat array of [`Inst`]s (statements and terminators
//! alike, jumps are instruction indices). Locals are byte offsets into the
//! frame's slice of the frame stack, or slots holding the pointer to a stack
//! allocation for locals whose address is taken. Places with no dynamic
//! part are folded into a single frame offset; the rest are [`ComplexPlace`]s.

use crate::alloc::Bytes;
use crate::builtins::Builtin;
use crate::instance::InstId;
use crate::intrinsics::Intrinsic;
use ferrum_mir::layout::Layout;
use ferrum_mir::mir::{BinOp, UnOp};
use ferrum_span::Span;
use std::rc::Rc;

pub type Pc = u32;

/// A place an instruction writes to or reads from.
#[derive(Clone, Copy, Debug)]
pub enum PlaceRef {
    /// A frame offset (a flat local plus static projections).
    Frame(u32),
    /// Index into [`Code::places`].
    Complex(u32),
}

/// An operand.
#[derive(Clone, Copy, Debug)]
pub enum OpRef {
    Frame(u32),
    /// A constant of at most 8 bytes without provenance.
    Imm(u64),
    /// Index into [`Code::consts`].
    Const(u32),
    /// Index into [`Code::places`].
    Place(u32),
}

/// A frame slot or an immediate: the operands of the fast integer instructions.
#[derive(Clone, Copy, Debug)]
pub enum Fop {
    Frame(u32),
    Imm(u64),
}

/// The scalar class of an operand, for arithmetic, casts and checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    Int {
        size: u8,
        signed: bool,
    },
    F32,
    F64,
    Bool,
    Char,
    /// A thin pointer (raw, reference, function pointer).
    Ptr,
    /// A data pointer plus length or vtable.
    WidePtr,
    /// Anything else (aggregates, zero-sized values).
    Other,
}

impl Num {
    pub fn size(self) -> usize {
        match self {
            Num::Int { size, .. } => size as usize,
            Num::F32 | Num::Char => 4,
            Num::F64 | Num::Ptr => 8,
            Num::Bool => 1,
            Num::WidePtr => 16,
            Num::Other => 0,
        }
    }
}

/// How a place's root is found.
#[derive(Clone, Copy, Debug)]
pub enum Root {
    Frame(u32),
    /// Slot of an address-taken local (its stack allocation).
    Alloc(u32),
}

/// The length of the array or slice an index projection indexes.
#[derive(Clone, Copy, Debug)]
pub enum LenOf {
    Const(u64),
    /// The wide pointer's metadata.
    Meta,
}

#[derive(Clone, Copy, Debug)]
pub enum Proj {
    Offset(u64),
    Deref {
        wide: bool,
    },
    Index {
        index: OpRef,
        stride: u64,
        len: LenOf,
    },
    ConstIndex {
        offset: u64,
        from_end: bool,
        stride: u64,
        len: LenOf,
    },
    /// Yields a slice (new metadata) or an array (metadata unused).
    Subslice {
        from: u64,
        to: u64,
        from_end: bool,
        stride: u64,
        len: LenOf,
    },
}

#[derive(Clone, Debug)]
pub struct ComplexPlace {
    pub root: Root,
    pub projs: Box<[Proj]>,
    /// Alignment of the place's type (checked on access through pointers).
    pub align: u64,
}

/// Checks applied when copying a value of a scalar type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    /// Raw byte copy (aggregates: padding may be uninitialised).
    Raw,
    /// Every byte must be initialised (integers, floats, pointers).
    Init,
    Bool,
    Char,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastOp {
    /// Integer/bool/char to integer or char: truncate or extend.
    IntToInt,
    IntToFloat,
    FloatToInt,
    FloatToFloat,
    /// Copy (pointer-to-pointer, transmute of equal sizes); wide to thin drops metadata.
    Copy,
    PtrToAddr,
    AddrToPtr,
    /// Thin pointer to wide pointer with constant metadata.
    Unsize(u64),
    /// Thin pointer to trait object pointer with this vtable.
    UnsizeDyn(crate::memory::Pointer),
    /// `dyn Sub` pointer to `dyn Super` pointer: the new vtable is the one
    /// in this slot of the old.
    Upcast(u32),
    /// Function item (zero-sized) to function pointer to instance.
    FnToPtr(InstId),
}

#[derive(Clone, Debug)]
pub enum AssertMsg {
    Overflow(BinOp),
    OverflowNeg,
    DivisionByZero,
    RemainderByZero,
    BoundsCheck { len: OpRef, index: OpRef },
}

#[derive(Clone, Copy, Debug)]
pub enum CallTarget {
    Direct(InstId),
    Indirect(OpRef),
    /// Method `slot` of the vtable that the wide pointer operand (the
    /// receiver, also passed as the first argument) carries.
    Virtual {
        receiver: OpRef,
        slot: u32,
    },
}

#[derive(Clone, Debug)]
#[repr(u8)]
pub enum Inst {
    Copy {
        dst: PlaceRef,
        src: OpRef,
        size: u32,
        valid: Validity,
    },
    Bin {
        op: BinOp,
        ty: Num,
        rty: Num,
        dst: PlaceRef,
        a: OpRef,
        b: OpRef,
    },
    /// `dst` is a `(T, bool)` whose flag is at offset `flag`.
    Checked {
        op: BinOp,
        ty: Num,
        rty: Num,
        dst: PlaceRef,
        flag: u32,
        a: OpRef,
        b: OpRef,
    },
    PtrOffset {
        dst: PlaceRef,
        ptr: OpRef,
        count: OpRef,
        stride: u64,
        wide: bool,
    },
    Un {
        op: UnOp,
        ty: Num,
        dst: PlaceRef,
        a: OpRef,
    },
    /// The metadata word of a wide pointer.
    Meta {
        dst: PlaceRef,
        a: OpRef,
    },
    Cast {
        op: CastOp,
        from: Num,
        to: Num,
        dst: PlaceRef,
        src: OpRef,
        size: u32,
    },
    Ref {
        dst: PlaceRef,
        place: PlaceRef,
        wide: bool,
    },
    Len {
        dst: PlaceRef,
        place: PlaceRef,
        len: LenOf,
    },
    Discr {
        dst: PlaceRef,
        size: u8,
        place: PlaceRef,
        layout: Rc<Layout>,
    },
    /// A typed load of an enum through a pointer: its tag must name a
    /// variant (checked where the value is loaded, not where it is matched).
    CheckTag {
        place: PlaceRef,
        layout: Rc<Layout>,
    },
    SetDiscr {
        place: PlaceRef,
        layout: Rc<Layout>,
        variant: u32,
    },
    Repeat {
        dst: PlaceRef,
        src: OpRef,
        elem: u32,
        count: u64,
    },
    /// Start of storage of an address-taken local: a fresh stack allocation.
    Live {
        slot: u32,
    },
    /// End of storage of an address-taken local: its allocation dies.
    Dead {
        slot: u32,
    },
    /// Integer arithmetic or comparison on values of at most 8 bytes in the frame.
    IntBin {
        op: BinOp,
        size: u8,
        signed: bool,
        dst: u32,
        a: Fop,
        b: Fop,
    },
    /// A shift whose amount has another integer size (`bsize`).
    IntShift {
        op: BinOp,
        size: u8,
        signed: bool,
        bsize: u8,
        dst: u32,
        a: Fop,
        b: Fop,
    },
    /// Checked integer arithmetic writing the `(value, overflowed)` pair.
    IntChecked {
        op: BinOp,
        size: u8,
        signed: bool,
        dst: u32,
        flag: u32,
        a: Fop,
        b: Fop,
    },
    /// `!x` / `-x` on an integer, or `!b` on a bool, in the frame.
    IntUn {
        op: UnOp,
        size: u8,
        is_bool: bool,
        dst: u32,
        a: Fop,
    },
    /// Float arithmetic or comparison in the frame.
    FltBin {
        op: BinOp,
        f64: bool,
        dst: u32,
        a: Fop,
        b: Fop,
    },
    /// A comparison feeding a branch (`_c = a < b; switchInt(_c)`); still writes `dst`.
    IntCmpIf {
        op: BinOp,
        size: u8,
        signed: bool,
        dst: u32,
        a: Fop,
        b: Fop,
        then: Pc,
        else_: Pc,
    },
    /// Checked integer arithmetic with its overflow assert fused: panics with
    /// `msg` on overflow, else writes the `(value, false)` pair and jumps.
    IntCheckedAssert {
        op: BinOp,
        size: u8,
        signed: bool,
        dst: u32,
        flag: u32,
        a: Fop,
        b: Fop,
        msg: Box<AssertMsg>,
        target: Pc,
        /// Also writes the value here (`u32::MAX`: nowhere), replacing the
        /// copy that started the target block.
        out: u32,
    },
    /// Integer-to-integer cast between frame slots of at most 8 bytes.
    IntCast {
        dst: u32,
        src: u32,
        from: u8,
        signed: bool,
        to: u8,
    },
    /// A frame-to-frame copy of at most 16 bytes.
    CopyFrame {
        dst: u32,
        src: u32,
        size: u8,
        valid: Validity,
    },
    Goto(Pc),
    If {
        cond: OpRef,
        then: Pc,
        else_: Pc,
    },
    Switch {
        discr: OpRef,
        size: u8,
        targets: Box<[(u128, Pc)]>,
        otherwise: Pc,
    },
    Assert {
        cond: OpRef,
        expected: bool,
        msg: Box<AssertMsg>,
        target: Pc,
    },
    Call {
        callee: CallTarget,
        args: Box<[OpRef]>,
        dest: PlaceRef,
        ret: Option<Pc>,
    },
    Intrinsic {
        which: Box<Intrinsic>,
        args: Box<[OpRef]>,
        dest: PlaceRef,
        ret: Option<Pc>,
    },
    Builtin {
        which: Builtin,
        args: Box<[OpRef]>,
        dest: PlaceRef,
        ret: Option<Pc>,
    },
    Return,
    Unreachable,
    /// A construct the lowering could not handle; reported when executed.
    Error(Box<str>),
}

/// An address-taken local: its stack allocation's shape.
#[derive(Clone, Debug)]
pub struct AllocLocal {
    pub size: u64,
    pub align: u64,
    pub span: Span,
    /// Allocated at frame entry (arguments, the return place, locals without
    /// `StorageLive`); otherwise at `StorageLive`.
    pub at_entry: bool,
}

/// Where a local lives.
#[derive(Clone, Copy, Debug)]
pub enum Slot {
    Frame(u32),
    Alloc(u32),
}

/// A constant operand's bytes.
#[derive(Clone, Debug)]
pub struct ConstVal {
    pub bytes: Bytes,
}

pub struct Code {
    pub name: String,
    pub track_caller: bool,
    pub insts: Vec<Inst>,
    pub spans: Vec<Span>,
    pub frame_size: u32,
    pub ret: Slot,
    pub ret_size: u32,
    /// Where each argument goes and its size.
    pub args: Vec<(Slot, u32)>,
    pub alloc_locals: Vec<AllocLocal>,
    pub places: Vec<ComplexPlace>,
    pub consts: Vec<ConstVal>,
    /// Names of flat locals by frame range, for messages.
    pub local_names: Vec<(u32, u32, String)>,
    /// No address-taken locals: calls and returns can take the fast path.
    pub simple: bool,
}

impl Code {
    pub fn span(&self, pc: Pc) -> Span {
        self.spans.get(pc as usize).copied().unwrap_or(Span::DUMMY)
    }

    /// The name of the flat local covering frame offset `off`.
    pub fn local_at(&self, off: u32) -> Option<&str> {
        self.local_names.iter().find(|(lo, size, _)| off >= *lo && off < lo + size.max(&1)).map(|(_, _, n)| n.as_str())
    }
}
