//! `ferrum test`: runs each `#[test]` function in its own interpreter, so a
//! panic fails only that test, and prints libtest's report.

use crate::pipeline::Compiled;
use ferrum_interp::{CaptureOutput, InterpOptions, Outcome};

struct TestResult {
    name: String,
    passed: bool,
    output: String,
}

pub fn run_tests(compiled: &Compiled, fuel: Option<u64>) -> i32 {
    let krate = &compiled.program.krate;
    let mut tests: Vec<(String, ferrum_hir::hir::DefId)> =
        krate.tests.iter().map(|&t| (test_name(compiled, t), t)).collect();
    tests.sort();
    println!();
    println!("running {} test{}", tests.len(), if tests.len() == 1 { "" } else { "s" });
    let mut results = Vec::new();
    let mut backtrace_note_shown = false;
    for (name, def) in tests {
        let result = run_one(compiled, def, &name, fuel, &mut backtrace_note_shown);
        let label = if is_should_panic(compiled, def) { " - should panic" } else { "" };
        println!("test {name}{label} ... {}", if result.passed { "ok" } else { "FAILED" });
        results.push(result);
    }
    let failed: Vec<&TestResult> = results.iter().filter(|r| !r.passed).collect();
    if !failed.is_empty() {
        println!();
        println!("failures:");
        println!();
        for r in &failed {
            println!("---- {} stdout ----", r.name);
            print!("{}", r.output);
            println!();
        }
        println!();
        println!("failures:");
        for r in &failed {
            println!("    {}", r.name);
        }
    }
    println!();
    let passed = results.len() - failed.len();
    let status = if failed.is_empty() { "ok" } else { "FAILED" };
    println!(
        "test result: {status}. {passed} passed; {} failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s",
        failed.len()
    );
    println!();
    if failed.is_empty() {
        0
    } else {
        101
    }
}

fn is_should_panic(compiled: &Compiled, def: ferrum_hir::hir::DefId) -> bool {
    matches!(&compiled.program.krate.defs[def].kind, ferrum_hir::hir::DefKind::Fn(f) if f.should_panic)
}

/// The test's path inside the crate, as libtest prints it (`tests::name`).
fn test_name(compiled: &Compiled, def: ferrum_hir::hir::DefId) -> String {
    let path = ferrum_hir::def_path(&compiled.program.krate, def);
    path.strip_prefix("crate::").unwrap_or(&path).to_string()
}

fn run_one(
    compiled: &Compiled,
    def: ferrum_hir::hir::DefId,
    name: &str,
    fuel: Option<u64>,
    note_shown: &mut bool,
) -> TestResult {
    let opts = InterpOptions {
        fuel,
        check_leaks: false,
        args: vec![name.to_string()],
        thread_name: name.to_string(),
        ..Default::default()
    };
    let mut capture = CaptureOutput::default();
    let outcome = ferrum_interp::run(&compiled.program, &compiled.mir, &compiled.sources, def, &opts, &mut capture);
    let should_panic = is_should_panic(compiled, def);
    let mut output = String::from_utf8_lossy(&capture.stdout).into_owned();
    let mut stderr = String::from_utf8_lossy(&capture.stderr).into_owned();
    // libtest prints the backtrace hint once per process, not per test.
    const NOTE: &str = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
    if stderr.contains(NOTE) {
        if *note_shown {
            stderr = stderr.replacen(NOTE, "", 1);
        }
        *note_shown = true;
    }
    output.push_str(&stderr);
    let passed = match outcome {
        Outcome::Exit(0) => !should_panic,
        Outcome::Panicked => should_panic,
        Outcome::Exit(code) => {
            output.push_str(&format!("process exited with code {code}\n"));
            false
        }
        Outcome::Ub(_) => false,
        Outcome::ResourceExhausted(msg) | Outcome::Error(msg) => {
            output.push_str(&format!("error: {msg}\n"));
            false
        }
    };
    TestResult { name: name.to_string(), passed, output }
}
