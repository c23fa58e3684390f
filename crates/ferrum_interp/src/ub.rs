//! Undefined behaviour as data: the kinds the interpreter detects, the
//! internal error raised at the faulting access, and the public report
//! rendered like a rustc diagnostic.

use ferrum_span::Span;

/// The catalogue of undefined behaviour the interpreter detects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UbKind {
    UseAfterFree,
    DoubleFree,
    OutOfBounds,
    UninitRead,
    InvalidFree,
    Misaligned,
    DanglingStack,
    /// A bool that is not 0/1, a char that is not a scalar value, an enum tag
    /// that names no variant, invalid UTF-8 in a `str`.
    InvalidValue,
    NoProvenance,
    MemoryLeak,
    /// `unchecked_*` arithmetic that overflows, division by zero.
    ArithmeticOverflow,
    /// Reaching `Unreachable` or returning from a diverging function.
    Unreachable,
    /// Calling through a pointer that is not a function pointer.
    InvalidCall,
}

impl UbKind {
    /// The kind's name as printed (`error: undefined behavior: <name>: ...`)
    /// and as written in `//~ UB <name>` test annotations.
    pub fn name(self) -> &'static str {
        match self {
            UbKind::UseAfterFree => "use-after-free",
            UbKind::DoubleFree => "double-free",
            UbKind::OutOfBounds => "out-of-bounds",
            UbKind::UninitRead => "uninit-read",
            UbKind::InvalidFree => "invalid-free",
            UbKind::Misaligned => "misaligned",
            UbKind::DanglingStack => "dangling-stack",
            UbKind::InvalidValue => "invalid-value",
            UbKind::NoProvenance => "no-provenance",
            UbKind::MemoryLeak => "memory-leak",
            UbKind::ArithmeticOverflow => "arithmetic-overflow",
            UbKind::Unreachable => "unreachable",
            UbKind::InvalidCall => "invalid-call",
        }
    }
}

/// `1 byte`, `4 bytes`: sizes in messages.
pub fn n_bytes(n: impl Into<u64>) -> String {
    match n.into() {
        1 => "1 byte".to_string(),
        n => format!("{n} bytes"),
    }
}

/// Undefined behaviour found at an access, before it is located in the program.
#[derive(Clone, Debug)]
pub struct UbError {
    pub kind: UbKind,
    pub details: String,
    /// `allocated here` / `freed here` and similar secondary locations.
    pub labels: Vec<(Span, String)>,
    pub notes: Vec<String>,
}

impl UbError {
    pub fn new(kind: UbKind, details: impl Into<String>) -> UbError {
        UbError { kind, details: details.into(), labels: Vec::new(), notes: Vec::new() }
    }

    pub fn label(mut self, span: Span, text: impl Into<String>) -> UbError {
        if !span.is_dummy() {
            self.labels.push((span, text.into()));
        }
        self
    }
}

/// A located, rendered report of undefined behaviour.
#[derive(Clone, Debug)]
pub struct UbReport {
    pub kind: UbKind,
    pub details: String,
    /// Where it happened (the innermost user frame), if known.
    pub span: Option<Span>,
    /// User frames, innermost first: function name and call/fault location.
    pub backtrace: Vec<(String, Option<Span>)>,
    /// The full diagnostic as written to stderr.
    pub rendered: String,
}

/// Why execution stopped early; boxed so results stay one word.
pub enum StopKind {
    Ub(UbError),
    /// The panic message is already written.
    Panic,
    Exit(i32),
    Exhausted(String),
    Error(String),
}

pub struct Stop(pub Box<StopKind>);

pub type Res<T> = Result<T, Stop>;

impl From<UbError> for Stop {
    fn from(e: UbError) -> Stop {
        Stop(Box::new(StopKind::Ub(e)))
    }
}

pub fn ub<T>(kind: UbKind, details: impl Into<String>) -> Res<T> {
    Err(UbError::new(kind, details).into())
}

impl Stop {
    pub fn error(msg: impl Into<String>) -> Stop {
        Stop(Box::new(StopKind::Error(msg.into())))
    }
}
