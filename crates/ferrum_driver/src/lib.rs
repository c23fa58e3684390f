//! The `ferrum` command line: parses arguments, runs the pipeline stages in
//! order, renders diagnostics and maps outcomes to exit codes.
//!
//! Exit codes: the program's own code for `run`; 101 when it panics; 134
//! for undefined behaviour; 1 for compile errors; 2 for usage errors.

mod cli;
mod pipeline;
mod stdlib;
mod test_runner;

pub use pipeline::{check_source, compile, CompileOptions, Compiled};

/// Runs the `ferrum` command with `args` (including the program name) and
/// returns the process exit code.
pub fn main_with_args(args: Vec<String>) -> i32 {
    cli::main(args)
}
