//! Argument parsing and the subcommands.

use crate::pipeline::{self, CompileOptions, Emit};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "ferrum", version, about = "A compiler toolchain and checked interpreter for Rust")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Backend {
    /// The checked interpreter.
    Interp,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ErrorFormat {
    Human,
    Json,
}

#[derive(clap::Args)]
struct Common {
    /// The Rust source file.
    file: PathBuf,
    /// Print an intermediate representation instead of running.
    #[arg(long, value_enum)]
    emit: Option<Emit>,
    /// How to print diagnostics.
    #[arg(long = "error-format", value_enum, default_value = "human")]
    error_format: ErrorFormat,
    /// Print the time each compiler phase takes to stderr.
    #[arg(long = "time-passes")]
    time_passes: bool,
    /// Type-check every library body, not only those the program reaches
    /// (lazy checking would hide errors in unreached library code).
    #[arg(long = "whole-library")]
    whole_library: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run `fn main`.
    Run {
        #[command(flatten)]
        common: Common,
        /// Which engine runs the program.
        #[arg(long, value_enum, default_value = "interp")]
        backend: Backend,
        /// Stop after this many interpreted steps.
        #[arg(long)]
        fuel: Option<u64>,
        /// Don't report heap memory still allocated at exit.
        #[arg(long = "ignore-leaks")]
        ignore_leaks: bool,
        /// Arguments passed to the program.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Type-check only.
    Check {
        #[command(flatten)]
        common: Common,
    },
    /// Run the file's `#[test]` functions.
    Test {
        #[command(flatten)]
        common: Common,
        /// Stop each test after this many interpreted steps.
        #[arg(long)]
        fuel: Option<u64>,
    },
}

pub fn main(args: Vec<String>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match cli.command {
        Command::Run { common, backend: Backend::Interp, fuel, ignore_leaks, args } => {
            let mode = if common.emit.is_some() { pipeline::Mode::Emit } else { pipeline::Mode::Run };
            let Some(compiled) = compile_or_report(&common, mode) else { return 1 };
            if let Some(emit) = common.emit {
                return emit_and_exit(&compiled, emit);
            }
            let program_name = common.file.display().to_string();
            let mut argv = vec![program_name];
            argv.extend(args);
            let opts =
                ferrum_interp::InterpOptions { fuel, check_leaks: !ignore_leaks, args: argv, ..Default::default() };
            pipeline::run_main(&compiled, &opts)
        }
        Command::Check { common } => {
            let Some(compiled) = compile_or_report(&common, pipeline::Mode::Check) else { return 1 };
            match common.emit {
                Some(emit) => emit_and_exit(&compiled, emit),
                None => 0,
            }
        }
        Command::Test { common, fuel } => {
            let Some(compiled) = compile_or_report(&common, pipeline::Mode::Test) else { return 1 };
            crate::test_runner::run_tests(&compiled, fuel)
        }
    }
}

fn compile_or_report(common: &Common, mode: pipeline::Mode) -> Option<pipeline::Compiled> {
    let opts = CompileOptions {
        mode,
        time_passes: common.time_passes,
        json: common.error_format == ErrorFormat::Json,
        whole_library: common.whole_library,
    };
    pipeline::compile(&common.file, &opts)
}

fn emit_and_exit(compiled: &pipeline::Compiled, emit: Emit) -> i32 {
    let text = pipeline::emit(compiled, emit);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    0
}
