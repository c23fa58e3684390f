//! The checked interpreter: executes monomorphised MIR over a byte-level
//! memory model with provenance, and reports undefined behaviour.
//!
//! Input: a type-checked program, its MIR and the entry function.
//! Output: the program's stdout/stderr (through [`Output`]) and an
//! [`Outcome`]: exit code, panic, undefined behaviour or exhausted budget.
//!
//! How it runs: every function instance (def + generic arguments) is
//! lowered once ([`lower`]) into a compact internal code ([`code`]) with
//! pre-resolved callees, frame offsets and layouts; [`exec`] runs that code
//! on an explicit frame stack (never the host stack per interpreted call).
//! Locals whose address is never taken live in a flat per-frame byte buffer;
//! the others are real stack allocations, so dangling pointers to them are
//! caught.
//!
//! Invariants: the interpreter never panics on any program; every memory
//! access checks liveness, bounds, alignment, initialisation and provenance;
//! a failure is an [`Outcome`], never a crash of the host.

mod alloc;
mod builtins;
mod cast;
mod code;
mod consts;
mod exec;
mod fast;
mod float_digits;
mod glue;
mod instance;
mod intrinsics;
mod lower;
mod machine;
mod memory;
mod ops;
mod panic;
mod place;
mod run;
mod tyname;
mod ub;
mod vtable;

use ferrum_hir::hir::DefId;
use ferrum_mir::MirProgram;
use ferrum_span::SourceMap;
use ferrum_ty::TypedProgram;

pub use ub::{UbKind, UbReport};

/// How to run a program.
#[derive(Clone, Debug)]
pub struct InterpOptions {
    /// Maximum number of executed statements and terminators; `None` is unlimited.
    pub fuel: Option<u64>,
    /// Maximum number of nested interpreted calls.
    pub max_call_depth: usize,
    /// Report heap allocations still live when `main` returns.
    pub check_leaks: bool,
    /// The program's command-line arguments (`args[0]` is the program name).
    pub args: Vec<String>,
    /// Name of the running thread in panic messages (`main`, or the test's name).
    pub thread_name: String,
}

impl Default for InterpOptions {
    fn default() -> InterpOptions {
        InterpOptions {
            fuel: None,
            max_call_depth: 100_000,
            check_leaks: true,
            args: vec!["main".into()],
            thread_name: "main".into(),
        }
    }
}

/// Where the interpreted program's output goes (fd 1 and fd 2).
pub trait Output {
    fn write(&mut self, fd: i32, bytes: &[u8]);
}

/// Collects output in memory, one buffer per stream (for tests and `ferrum test`).
#[derive(Default, Debug, Clone)]
pub struct CaptureOutput {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Output for CaptureOutput {
    fn write(&mut self, fd: i32, bytes: &[u8]) {
        if fd == 2 {
            self.stderr.extend_from_slice(bytes);
        } else {
            self.stdout.extend_from_slice(bytes);
        }
    }
}

/// How an interpreted program ended.
#[derive(Debug)]
pub enum Outcome {
    /// `main` returned (0) or the program called `process::exit`.
    Exit(i32),
    /// The program panicked; the message is already on stderr. Exit code 101.
    Panicked,
    /// Undefined behaviour; the report is already on stderr. Exit code 134.
    Ub(UbReport),
    /// The step budget or the call depth was exceeded (the message is not
    /// yet printed; the driver reports it).
    ResourceExhausted(String),
    /// The interpreter cannot run this program: unsupported construct,
    /// unknown intrinsic or builtin, missing MIR. Not the program's fault.
    /// The message (with the location) is not yet printed.
    Error(String),
}

impl Outcome {
    /// The process exit code the driver should use.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Exit(code) => *code,
            Outcome::Panicked => 101,
            Outcome::Ub(_) => 134,
            Outcome::ResourceExhausted(_) => 2,
            Outcome::Error(_) => 3,
        }
    }
}

/// Runs `entry` (normally `fn main`) to completion.
pub fn run(
    program: &TypedProgram,
    mir: &MirProgram,
    sources: &SourceMap,
    entry: DefId,
    opts: &InterpOptions,
    out: &mut dyn Output,
) -> Outcome {
    // The interpreter must never take the host down: an internal bug becomes
    // an error outcome instead of a crash.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut machine = machine::Machine::new(program, mir, sources, opts, out);
        machine.run_main(entry)
    }));
    result.unwrap_or_else(|e| {
        let msg = e
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| e.downcast_ref::<&str>().copied())
            .unwrap_or("unknown panic");
        Outcome::Error(format!("internal interpreter error: {msg}"))
    })
}
