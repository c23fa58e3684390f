//! The compilation pipeline: source file to parsed, resolved, type-checked
//! and MIR-built program, with diagnostics rendered on the way.

use crate::stdlib::{self, Loader};
use ferrum_mir::MirProgram;
use ferrum_span::{Diagnostic, Diagnostics, SourceMap};
use ferrum_syntax::ast::SourceFileAst;
use ferrum_ty::TypedProgram;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Emit {
    Ast,
    Hir,
    Mir,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Run,
    Check,
    Test,
    Emit,
}

pub struct CompileOptions {
    pub mode: Mode,
    pub time_passes: bool,
    /// Diagnostics as JSON lines instead of rustc's human format.
    pub json: bool,
    /// Type-check (and build MIR for) every library body, reached or not.
    pub whole_library: bool,
}

pub struct Compiled {
    pub sources: SourceMap,
    pub user_ast: SourceFileAst,
    pub program: TypedProgram,
    pub mir: MirProgram,
}

struct Timer {
    enabled: bool,
    start: Instant,
}

impl Timer {
    fn phase(&mut self, name: &str) {
        if self.enabled {
            eprintln!("time: {:.6} {name}", self.start.elapsed().as_secs_f64());
        }
        self.start = Instant::now();
    }
}

/// Compiles the file at `path`; on errors renders them to stderr and
/// returns `None`.
pub fn compile(path: &Path, opts: &CompileOptions) -> Option<Compiled> {
    let name = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: couldn't read `{name}`: {e}\n\nerror: aborting due to 1 previous error\n");
            return None;
        }
    };
    let mut diags = Diagnostics::default();
    let compiled = compile_source(&name, &text, opts, &mut diags);
    let ok = !diags.has_errors();
    if !diags.list.is_empty() {
        report(&compiled.sources, &diags, opts.json);
    }
    ok.then_some(compiled)
}

fn report(sources: &SourceMap, diags: &Diagnostics, json: bool) {
    let mut stderr = std::io::stderr().lock();
    if json {
        for d in &diags.list {
            let _ = stderr.write_all(ferrum_span::render_json(sources, d).as_bytes());
        }
    } else {
        let _ = stderr.write_all(ferrum_span::render_all(sources, &diags.list).as_bytes());
    }
}

/// Runs every compile stage on `text`, collecting diagnostics. Never
/// panics on any input (the robustness tests call this directly).
pub fn compile_source(name: &str, text: &str, opts: &CompileOptions, diags: &mut Diagnostics) -> Compiled {
    let mut timer = Timer { enabled: opts.time_passes, start: Instant::now() };
    let mut sources = SourceMap::new();
    let user_file = sources.add_file(name, text, false);
    let user_ast = ferrum_syntax::parse_file(user_file, text, diags);
    let std_text = stdlib::std_file("lib.rs").unwrap_or("");
    let std_file = sources.add_file(stdlib::std_root_name(), std_text, true);
    // Library function bodies are parsed when name resolution needs them.
    let std_ast = ferrum_syntax::parse_file_deferred(std_file, std_text, diags);
    timer.phase("parse");
    let mut loader = Loader::new(&sources, vec![name.to_string(), stdlib::std_root_name()]);
    // `ferrum test` compiles like `rustc --test`: `#[cfg(test)]` items exist.
    let hir_options = ferrum_hir::Options { cfg_test: opts.mode == Mode::Test, ..Default::default() };
    let user = (user_file, &user_ast);
    let std = (std_file, &std_ast);
    let program = if opts.whole_library {
        let krate = ferrum_hir::lower_crate_with(user, std, &mut loader, &sources, diags, hir_options);
        timer.phase("resolve");
        check_main(&krate, name, opts, diags);
        ferrum_ty::check_program_with(krate, diags, true)
    } else {
        // Library bodies are lowered as type checking reaches them.
        let (krate, mut lazy) = ferrum_hir::lower_crate_lazy(user, std, &mut loader, &sources, diags, hir_options);
        timer.phase("resolve");
        check_main(&krate, name, opts, diags);
        ferrum_ty::check_program_lazy(krate, diags, false, Some(&mut lazy))
    };
    loader.flush(&mut sources);
    timer.phase("typeck");
    let mir = if diags.has_errors() { MirProgram::default() } else { ferrum_mir::build_program(&program, diags) };
    timer.phase("mir");
    if !diags.has_errors() {
        ferrum_check::check_program(&program, &mir, diags);
        timer.phase("check");
    }
    Compiled { sources, user_ast, program, mir }
}

/// E0601 when a program to run has no `main`.
fn check_main(krate: &ferrum_hir::hir::Crate, name: &str, opts: &CompileOptions, diags: &mut Diagnostics) {
    if opts.mode != Mode::Test && opts.mode != Mode::Emit && krate.main_fn.is_none() && !diags.has_errors() {
        let crate_name = Path::new(name).file_stem().and_then(|s| s.to_str()).unwrap_or("main").to_string();
        diags.push(
            Diagnostic::error(format!("`main` function not found in crate `{crate_name}`"))
                .code("E0601")
                .note(format!("consider adding a `main` function to `{name}`")),
        );
    }
}

/// Type-checks `text` as a file named `name`; returns the number of errors.
/// Used by the robustness tests, which feed it truncated and mutated programs.
pub fn check_source(name: &str, text: &str) -> usize {
    let mut diags = Diagnostics::default();
    let opts = CompileOptions { mode: Mode::Check, time_passes: false, json: false, whole_library: false };
    let compiled = compile_source(name, text, &opts, &mut diags);
    for d in &diags.list {
        let _ = ferrum_span::render(&compiled.sources, d);
    }
    diags.error_count()
}

pub fn emit(compiled: &Compiled, emit: Emit) -> String {
    match emit {
        Emit::Ast => ferrum_syntax::print_ast(&compiled.user_ast),
        Emit::Hir => ferrum_hir::print_crate(&compiled.program.krate, true),
        Emit::Mir => ferrum_mir::pretty::print_program(&compiled.program, &compiled.mir, true),
    }
}

/// Real stdout/stderr for the interpreted program.
pub struct StdOutput;

impl ferrum_interp::Output for StdOutput {
    fn write(&mut self, fd: i32, bytes: &[u8]) {
        if fd == 2 {
            let _ = std::io::stderr().lock().write_all(bytes);
        } else {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(bytes);
            let _ = out.flush();
        }
    }
}

pub fn run_main(compiled: &Compiled, opts: &ferrum_interp::InterpOptions) -> i32 {
    let Some(main) = compiled.program.krate.main_fn else { return 1 };
    let outcome = ferrum_interp::run(&compiled.program, &compiled.mir, &compiled.sources, main, opts, &mut StdOutput);
    report_outcome(&outcome);
    outcome.exit_code()
}

pub fn report_outcome(outcome: &ferrum_interp::Outcome) {
    match outcome {
        ferrum_interp::Outcome::ResourceExhausted(msg) => eprintln!("error: {msg}"),
        ferrum_interp::Outcome::Error(msg) => eprintln!("error: {msg}"),
        _ => {}
    }
}
