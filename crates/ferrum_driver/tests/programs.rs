//! The program test suite: one libtest-mimic trial per file under
//! `tests/programs/`, plus `bless-check`, which re-derives every expectation
//! from the real rustc (`scripts/bless --check`).
//!
//! * `run-pass/NAME.rs`: `ferrum run NAME.rs` (cwd = run-pass/) must give
//!   exactly `NAME.stdout`, `NAME.stderr` and the exit code in `NAME.exit`.
//! * `compile-fail/NAME.rs`: `ferrum check --error-format=json NAME.rs` must
//!   exit with 1 and report, for every `//~ ERROR X` annotation (`//~^` = one
//!   line up), an error whose code is X (or whose message contains X when X is
//!   not an error code) with a primary span on the annotated line.
//! * `test-attr/NAME.rs`: `ferrum test NAME.rs` must print `NAME.stdout`
//!   (timings normalised to `finished in 0.00s`) and exit with `NAME.exit`.
//! * `ub/NAME.rs`: valid Rust with undefined behaviour (or a leak) and one
//!   `//~ UB <kind>` annotation on the faulting line (for a leak: the line
//!   that allocates). `ferrum run NAME.rs` must exit with 134, its stderr's
//!   first line must be `error: undefined behavior: <kind>: ...`, its
//!   first ` --> ` location must be `NAME.rs:LINE:COL` on the annotated line,
//!   and it must show the backtrace and the allocation's history (`allocated
//!   here`, `freed here`) where the kind has them.
//! * `ub-clean/NAME.rs`: correct `unsafe` programs (raw pointers,
//!   `std::alloc`, `std::ptr`, hand-written containers) checked exactly like
//!   run-pass ones: the memory checker must report nothing, and the output
//!   must be rustc's.
//!
//! Expected files are written only by `scripts/bless` (from rustc), never by
//! hand and never from ferrum's output.
//!
//! Filter like any libtest binary: `cargo test --release --test programs -- run-pass/fib`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);
const BLESS_TIMEOUT: Duration = Duration::from_secs(900);

fn main() {
    let args = Arguments::from_args();
    let root = repo_root();
    let programs = root.join("tests").join("programs");
    let mut trials = Vec::new();

    for (kind, runner) in [
        ("run-pass", run_pass as fn(&Path, &str) -> Result<(), Failed>),
        ("compile-fail", compile_fail),
        ("test-attr", test_attr),
        ("ub", ub_program),
        ("ub-clean", run_pass),
    ] {
        let dir = programs.join(kind);
        for name in rs_files(&dir) {
            let dir = dir.clone();
            let trial_name = format!("{kind}/{name}");
            trials.push(Trial::test(trial_name, move || runner(&dir, &name)));
        }
    }
    let bless_root = root.clone();
    trials.push(Trial::test("bless-check", move || bless_check(&bless_root)));
    trials.push(Trial::test("harness-self-check", self_check));

    libtest_mimic::run(&args, trials).exit();
}

fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

fn rs_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs"))
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

// ---------------------------------------------------------------------------
// running a child process with a timeout

struct Output {
    stdout: String,
    stderr: String,
    status: ExitStatus,
}

impl Output {
    /// The exit code, or a description of how the process died.
    fn code(&self) -> Result<i32, String> {
        if let Some(c) = self.status.code() {
            return Ok(c);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(sig) = self.status.signal() {
                return Err(format!("killed by signal {sig}"));
            }
        }
        Err(format!("terminated abnormally ({:?})", self.status))
    }
}

fn spawn_reader<R: Read + Send + 'static>(mut r: R) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

fn run_command(cmd: Command, timeout: Duration) -> Result<Output, Failed> {
    run_command_with_input(cmd, timeout, Stdio::null())
}

/// A program's standard input: the file `NAME.stdin` next to it, if any.
fn program_input(dir: &Path, stem: &str) -> Result<Stdio, Failed> {
    let path = dir.join(format!("{stem}.stdin"));
    if !path.exists() {
        return Ok(Stdio::null());
    }
    let file = std::fs::File::open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    Ok(Stdio::from(file))
}

fn run_command_with_input(mut cmd: Command, timeout: Duration, input: Stdio) -> Result<Output, Failed> {
    let description = format!("{cmd:?}");
    cmd.stdin(input).stdout(Stdio::piped()).stderr(Stdio::piped());
    // The expectations were recorded without a backtrace request.
    cmd.env_remove("RUST_BACKTRACE").env_remove("RUST_LIB_BACKTRACE");
    let mut child = cmd.spawn().map_err(|e| format!("cannot spawn {description}: {e}"))?;
    let out_reader = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err_reader = spawn_reader(child.stderr.take().expect("piped stderr"));
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if start.elapsed() > timeout {
                    let _ = child.kill();
                    let _ = child.wait();
                    let _ = out_reader.join();
                    let _ = err_reader.join();
                    return Err(format!("timed out after {}s (killed): {description}", timeout.as_secs()).into());
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("waiting for {description}: {e}").into()),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Output {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        status,
    })
}

fn ferrum(subcommand: &[&str], dir: &Path, file: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferrum"));
    cmd.args(subcommand).arg(file).current_dir(dir);
    cmd
}

fn read_expected(dir: &Path, file: &str) -> Result<String, Failed> {
    let path = dir.join(file);
    std::fs::read(&path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("cannot read expectation {}: {e} (run scripts/bless)", path.display()).into())
}

fn expected_exit(dir: &Path, stem: &str) -> Result<i32, Failed> {
    let text = read_expected(dir, &format!("{stem}.exit"))?;
    text.trim().parse().map_err(|_| format!("{stem}.exit does not hold an exit code: {text:?}").into())
}

// ---------------------------------------------------------------------------
// normalisation (must agree with scripts/bless)

/// `thread 'main' (12345) panicked at` -> `thread 'main' panicked at`.
/// Since Rust 1.89 the panic message names the OS thread id, which changes
/// from run to run; the stored expectations have it removed, and ferrum may
/// print either form.
fn normalise_panics(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(&strip_thread_id(line).unwrap_or_else(|| line.to_string()));
    }
    out
}

fn strip_thread_id(line: &str) -> Option<String> {
    let rest = line.strip_prefix("thread '")?;
    let name_end = rest.find('\'')?;
    let after_name = &rest[name_end + 1..];
    let ids = after_name.strip_prefix(" (")?;
    let digits = ids.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let tail = ids[digits..].strip_prefix(") panicked at ")?;
    Some(format!("thread '{}' panicked at {}", &rest[..name_end], tail))
}

/// `finished in 1.23s` -> `finished in 0.00s` (libtest's summary line).
fn normalise_timing(text: &str) -> String {
    const KEY: &str = "finished in ";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(KEY) {
        let after = &rest[pos + KEY.len()..];
        let num = after.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
        out.push_str(&rest[..pos + KEY.len()]);
        if num > 0 && after.as_bytes().get(num) == Some(&b's') {
            out.push_str("0.00s");
            rest = &after[num + 1..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------
// reporting differences

/// A line diff (LCS based) of `expected` against `actual`, with a little context.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut out = String::new();
    if a.len() * b.len() > 4_000_000 {
        // too big for the quadratic table: show the first difference only
        let i = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let _ = writeln!(out, "first difference at line {}:", i + 1);
        let _ = writeln!(out, "-{}", a.get(i).map_or("<end of output>", |s| s).trim_end_matches('\n'));
        let _ = writeln!(out, "+{}", b.get(i).map_or("<end of output>", |s| s).trim_end_matches('\n'));
        return out;
    }
    // lcs[i][j] = LCS length of a[i..] and b[j..]
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    // edit script: (tag, line)
    let mut script: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            script.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            script.push(('+', b[j]));
            j += 1;
        } else {
            script.push(('-', a[i]));
            i += 1;
        }
    }
    const CONTEXT: usize = 2;
    let changed: Vec<bool> = script.iter().map(|(t, _)| *t != ' ').collect();
    let near_change = |k: usize| {
        let lo = k.saturating_sub(CONTEXT);
        let hi = (k + CONTEXT + 1).min(script.len());
        changed[lo..hi].iter().any(|c| *c)
    };
    let mut skipped = false;
    for (k, (tag, line)) in script.iter().enumerate() {
        if near_change(k) {
            if skipped {
                out.push_str("  ...\n");
                skipped = false;
            }
            let shown = line.strip_suffix('\n');
            let _ = write!(out, "{tag} {}", shown.unwrap_or(line));
            if shown.is_none() {
                out.push_str("  <no newline at end>");
            }
            out.push('\n');
        } else {
            skipped = true;
        }
    }
    if skipped {
        out.push_str("  ...\n");
    }
    out
}

fn compare(what: &str, expected: &str, actual: &str, report: &mut String) {
    if expected != actual {
        let _ = writeln!(report, "{what} differs from rustc's (- expected, + ferrum):");
        report.push_str(&diff(expected, actual));
    }
}

// ---------------------------------------------------------------------------
// run-pass

fn run_pass(dir: &Path, name: &str) -> Result<(), Failed> {
    let stem = name.trim_end_matches(".rs");
    let want_stdout = read_expected(dir, &format!("{stem}.stdout"))?;
    let want_stderr = normalise_panics(&read_expected(dir, &format!("{stem}.stderr"))?);
    let want_code = expected_exit(dir, stem)?;

    let out = run_command_with_input(ferrum(&["run"], dir, name), TIMEOUT, program_input(dir, stem)?)?;
    let mut report = String::new();
    match out.code() {
        Ok(code) if code == want_code => {}
        Ok(code) => {
            let _ = writeln!(report, "exit code: expected {want_code}, ferrum gave {code}");
        }
        Err(how) => {
            let _ = writeln!(report, "exit code: expected {want_code}, ferrum was {how}");
        }
    }
    compare("stdout", &want_stdout, &out.stdout, &mut report);
    compare("stderr", &want_stderr, &normalise_panics(&out.stderr), &mut report);
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("`ferrum run {name}` in {}\n{report}", dir.display()).into())
    }
}

// ---------------------------------------------------------------------------
// test-attr

fn test_attr(dir: &Path, name: &str) -> Result<(), Failed> {
    let stem = name.trim_end_matches(".rs");
    let want_stdout = read_expected(dir, &format!("{stem}.stdout"))?;
    let want_code = expected_exit(dir, stem)?;

    let out = run_command(ferrum(&["test"], dir, name), TIMEOUT)?;
    let mut report = String::new();
    match out.code() {
        Ok(code) if code == want_code => {}
        Ok(code) => {
            let _ = writeln!(report, "exit code: expected {want_code}, ferrum gave {code}");
        }
        Err(how) => {
            let _ = writeln!(report, "exit code: expected {want_code}, ferrum was {how}");
        }
    }
    let actual = normalise_panics(&normalise_timing(&out.stdout));
    compare("stdout", &want_stdout, &actual, &mut report);
    if report.is_empty() {
        Ok(())
    } else {
        if !out.stderr.is_empty() {
            let _ = writeln!(report, "ferrum's stderr:\n{}", out.stderr);
        }
        Err(format!("`ferrum test {name}` in {}\n{report}", dir.display()).into())
    }
}

// ---------------------------------------------------------------------------
// compile-fail

struct Annotation {
    line: u64,
    expected: String,
}

/// `//~ ERROR X` on the offending line; `//~^ ERROR X` refers to the line
/// above, `//~^^` two lines above, and so on (as in rustc's UI tests).
fn parse_annotations(source: &str) -> Vec<Annotation> {
    let mut result = Vec::new();
    for (idx, line) in source.lines().enumerate() {
        let Some(pos) = line.find("//~") else { continue };
        let rest = &line[pos + 3..];
        let carets = rest.bytes().take_while(|b| *b == b'^').count();
        let rest = rest[carets..].trim_start();
        let Some(rest) = rest.strip_prefix("ERROR") else { continue };
        let expected = rest.trim();
        if expected.is_empty() {
            continue;
        }
        let lineno = (idx + 1) as u64;
        result.push(Annotation { line: lineno.saturating_sub(carets as u64), expected: expected.to_string() });
    }
    result
}

fn is_error_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with('E') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

struct Diag {
    level: String,
    code: Option<String>,
    message: String,
    /// (file_name, line_start) of the primary spans
    primary: Vec<(String, u64)>,
}

fn parse_diagnostics(stderr: &str) -> (Vec<Diag>, Vec<String>) {
    let mut diags = Vec::new();
    let mut junk = Vec::new();
    for line in stderr.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let value = match json::parse(trimmed) {
            Ok(v) => v,
            Err(e) => {
                junk.push(format!("{line}  <- not JSON: {e}"));
                continue;
            }
        };
        let level = value.get("level").and_then(|v| v.as_str()).unwrap_or("").to_string();
        let message = value.get("message").and_then(|v| v.as_str()).unwrap_or("").to_string();
        let code = value.get("code").and_then(|c| c.get("code")).and_then(|c| c.as_str()).map(str::to_string);
        let mut primary = Vec::new();
        if let Some(spans) = value.get("spans").and_then(|s| s.as_array()) {
            for span in spans {
                if span.get("is_primary").and_then(|p| p.as_bool()) != Some(true) {
                    continue;
                }
                let file = span.get("file_name").and_then(|f| f.as_str()).unwrap_or("");
                if let Some(line) = span.get("line_start").and_then(|l| l.as_f64()) {
                    primary.push((file.to_string(), line as u64));
                }
            }
        }
        diags.push(Diag { level, code, message, primary });
    }
    (diags, junk)
}

fn same_file(span_file: &str, name: &str) -> bool {
    span_file == name || span_file.ends_with(&format!("/{name}"))
}

fn compile_fail(dir: &Path, name: &str) -> Result<(), Failed> {
    let source = read_expected(dir, name)?;
    let annotations = parse_annotations(&source);
    if annotations.is_empty() {
        return Err(format!("{name} has no `//~ ERROR` annotation").into());
    }
    let out = run_command(ferrum(&["check", "--error-format=json"], dir, name), TIMEOUT)?;
    let (diags, junk) = parse_diagnostics(&out.stderr);
    let errors: Vec<&Diag> = diags.iter().filter(|d| d.level == "error").collect();

    let mut report = String::new();
    match out.code() {
        Ok(1) => {}
        Ok(code) => {
            let _ = writeln!(report, "exit code: expected 1, ferrum gave {code}");
        }
        Err(how) => {
            let _ = writeln!(report, "exit code: expected 1, ferrum was {how}");
        }
    }
    if errors.is_empty() {
        let _ = writeln!(report, "ferrum reported no error");
    }
    for a in &annotations {
        let found = errors.iter().any(|d| {
            let matches = if is_error_code(&a.expected) {
                d.code.as_deref() == Some(a.expected.as_str())
            } else {
                d.message.contains(&a.expected)
            };
            matches && d.primary.iter().any(|(f, l)| *l == a.line && same_file(f, name))
        });
        if !found {
            let _ = writeln!(report, "line {}: expected error `{}`, not reported there", a.line, a.expected);
        }
    }
    if report.is_empty() {
        return Ok(());
    }
    let _ = writeln!(report, "ferrum reported:");
    for d in &diags {
        let spans: Vec<String> = d.primary.iter().map(|(f, l)| format!("{f}:{l}")).collect();
        let _ = writeln!(
            report,
            "  {}[{}] {} at {}",
            d.level,
            d.code.as_deref().unwrap_or("-"),
            d.message,
            if spans.is_empty() { "<no primary span>".to_string() } else { spans.join(", ") }
        );
    }
    for j in &junk {
        let _ = writeln!(report, "  {j}");
    }
    if !out.stdout.is_empty() {
        let _ = writeln!(report, "stdout:\n{}", out.stdout);
    }
    Err(format!("`ferrum check --error-format=json {name}` in {}\n{report}", dir.display()).into())
}

// ---------------------------------------------------------------------------
// ub

/// The kinds of undefined behaviour the interpreter reports, as spelled in
/// `//~ UB <kind>` annotations.
const UB_KINDS: &[&str] = &[
    "use-after-free",
    "double-free",
    "out-of-bounds",
    "uninit-read",
    "invalid-free",
    "misaligned",
    "dangling-stack",
    "invalid-value",
    "no-provenance",
    "memory-leak",
];

/// The `//~ UB <kind>` annotations (`//~^` = one line up): (line, kind).
fn parse_ub_annotations(source: &str) -> Vec<(u64, String)> {
    let mut result = Vec::new();
    for (idx, line) in source.lines().enumerate() {
        let Some(pos) = line.find("//~") else { continue };
        let rest = &line[pos + 3..];
        let carets = rest.bytes().take_while(|b| *b == b'^').count();
        let Some(kind) = rest[carets..].trim_start().strip_prefix("UB") else { continue };
        let lineno = (idx + 1) as u64;
        result.push((lineno.saturating_sub(carets as u64), kind.trim().to_string()));
    }
    result
}

/// The `file:LINE:COL` of the first ` --> ` line of a rendered diagnostic.
fn first_location(stderr: &str) -> Option<(String, u64)> {
    let loc = stderr.lines().find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = loc.trim().rsplitn(3, ':');
    let _col = parts.next()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?.to_string(), line))
}

/// What every report of `kind` shows besides the first line: the user's
/// frames, and the allocation's history where there is one.
fn ub_report_parts(kind: &str) -> &'static [&'static str] {
    match kind {
        "memory-leak" => &["never freed"],
        "use-after-free" => &["backtrace (innermost first):", "allocated here", "freed here"],
        "double-free" => &["backtrace (innermost first):", "allocated here", "first freed here"],
        "dangling-stack" => &["backtrace (innermost first):", "the variable was declared here"],
        _ => &["backtrace (innermost first):"],
    }
}

fn ub_program(dir: &Path, name: &str) -> Result<(), Failed> {
    let source = read_expected(dir, name)?;
    let annotations = parse_ub_annotations(&source);
    let [(line, kind)] = annotations.as_slice() else {
        return Err(format!("{name} needs exactly one `//~ UB <kind>` annotation").into());
    };
    if !UB_KINDS.contains(&kind.as_str()) {
        return Err(format!("{name}: unknown UB kind `{kind}` (one of {})", UB_KINDS.join(", ")).into());
    }
    let out = run_command(ferrum(&["run"], dir, name), TIMEOUT)?;
    let mut report = String::new();
    match out.code() {
        Ok(134) => {}
        Ok(code) => {
            let _ = writeln!(report, "exit code: expected 134, ferrum gave {code}");
        }
        Err(how) => {
            let _ = writeln!(report, "exit code: expected 134, ferrum was {how}");
        }
    }
    let want_head = format!("error: undefined behavior: {kind}:");
    let first = out.stderr.lines().next().unwrap_or("");
    if !first.starts_with(&want_head) {
        let _ = writeln!(report, "first line of stderr: expected `{want_head} ...`, got `{first}`");
    }
    match first_location(&out.stderr) {
        Some((file, l)) if same_file(&file, name) && l == *line => {}
        Some((file, l)) => {
            let _ = writeln!(report, "location: expected {name}:{line}, ferrum reported {file}:{l}");
        }
        None => {
            let _ = writeln!(report, "location: expected ` --> {name}:{line}:COL`, ferrum printed none");
        }
    }
    for part in ub_report_parts(kind) {
        if !out.stderr.contains(part) {
            let _ = writeln!(report, "the report lacks `{part}`");
        }
    }
    if report.is_empty() {
        return Ok(());
    }
    let _ = writeln!(report, "ferrum's stderr:\n{}", out.stderr);
    Err(format!("`ferrum run {name}` in {}\n{report}", dir.display()).into())
}

// ---------------------------------------------------------------------------
// bless-check: the committed expectations still agree with rustc

fn bless_check(root: &Path) -> Result<(), Failed> {
    let mut cmd = Command::new("python3");
    cmd.arg(root.join("scripts").join("bless")).arg("--check").current_dir(root);
    let out = run_command(cmd, BLESS_TIMEOUT)?;
    match out.code() {
        Ok(0) => Ok(()),
        other => Err(format!(
            "scripts/bless --check failed ({}):\n{}{}",
            match other {
                Ok(c) => format!("exit code {c}"),
                Err(how) => how,
            },
            out.stdout,
            out.stderr
        )
        .into()),
    }
}

// ---------------------------------------------------------------------------
// a minimal JSON reader, enough for diagnostics

mod json {
    pub enum Value {
        Null,
        Bool(bool),
        Num(f64),
        Str(String),
        Arr(Vec<Value>),
        Obj(Vec<(String, Value)>),
    }

    impl Value {
        pub fn get(&self, key: &str) -> Option<&Value> {
            match self {
                Value::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
                _ => None,
            }
        }
        pub fn as_str(&self) -> Option<&str> {
            match self {
                Value::Str(s) => Some(s),
                _ => None,
            }
        }
        pub fn as_bool(&self) -> Option<bool> {
            match self {
                Value::Bool(b) => Some(*b),
                _ => None,
            }
        }
        pub fn as_f64(&self) -> Option<f64> {
            match self {
                Value::Num(n) => Some(*n),
                _ => None,
            }
        }
        pub fn as_array(&self) -> Option<&[Value]> {
            match self {
                Value::Arr(a) => Some(a),
                _ => None,
            }
        }
        #[allow(dead_code)]
        pub fn is_null(&self) -> bool {
            matches!(self, Value::Null)
        }
    }

    pub fn parse(text: &str) -> Result<Value, String> {
        let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0 };
        let v = p.value()?;
        p.ws();
        if p.i != p.s.len() {
            return Err(format!("trailing characters at byte {}", p.i));
        }
        Ok(v)
    }

    struct Parser<'a> {
        s: &'a [u8],
        i: usize,
        depth: u32,
    }

    impl Parser<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            }
        }

        fn peek(&self) -> Option<u8> {
            self.s.get(self.i).copied()
        }

        fn expect(&mut self, c: u8) -> Result<(), String> {
            if self.peek() == Some(c) {
                self.i += 1;
                Ok(())
            } else {
                Err(format!("expected `{}` at byte {}", c as char, self.i))
            }
        }

        fn literal(&mut self, word: &str, v: Value) -> Result<Value, String> {
            if self.s[self.i..].starts_with(word.as_bytes()) {
                self.i += word.len();
                Ok(v)
            } else {
                Err(format!("unexpected token at byte {}", self.i))
            }
        }

        fn value(&mut self) -> Result<Value, String> {
            self.ws();
            self.depth += 1;
            if self.depth > 256 {
                return Err("nesting too deep".into());
            }
            let v = match self.peek() {
                None => Err("unexpected end of input".to_string()),
                Some(b'n') => self.literal("null", Value::Null),
                Some(b't') => self.literal("true", Value::Bool(true)),
                Some(b'f') => self.literal("false", Value::Bool(false)),
                Some(b'"') => self.string().map(Value::Str),
                Some(b'[') => {
                    self.i += 1;
                    let mut items = Vec::new();
                    self.ws();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                    } else {
                        loop {
                            items.push(self.value()?);
                            self.ws();
                            match self.peek() {
                                Some(b',') => self.i += 1,
                                Some(b']') => {
                                    self.i += 1;
                                    break;
                                }
                                _ => return Err(format!("expected `,` or `]` at byte {}", self.i)),
                            }
                        }
                    }
                    Ok(Value::Arr(items))
                }
                Some(b'{') => {
                    self.i += 1;
                    let mut fields = Vec::new();
                    self.ws();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                    } else {
                        loop {
                            self.ws();
                            let key = self.string()?;
                            self.ws();
                            self.expect(b':')?;
                            let v = self.value()?;
                            fields.push((key, v));
                            self.ws();
                            match self.peek() {
                                Some(b',') => self.i += 1,
                                Some(b'}') => {
                                    self.i += 1;
                                    break;
                                }
                                _ => return Err(format!("expected `,` or `}}` at byte {}", self.i)),
                            }
                        }
                    }
                    Ok(Value::Obj(fields))
                }
                Some(c) if c == b'-' || c.is_ascii_digit() => self.number(),
                Some(_) => Err(format!("unexpected character at byte {}", self.i)),
            };
            self.depth -= 1;
            v
        }

        fn number(&mut self) -> Result<Value, String> {
            let start = self.i;
            while let Some(c) = self.peek() {
                if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E') {
                    self.i += 1;
                } else {
                    break;
                }
            }
            let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|e| e.to_string())?;
            text.parse().map(Value::Num).map_err(|_| format!("bad number {text:?}"))
        }

        fn hex4(&mut self) -> Result<u32, String> {
            let digits = self.s.get(self.i..self.i + 4).ok_or("truncated \\u escape")?;
            let text = std::str::from_utf8(digits).map_err(|e| e.to_string())?;
            let v = u32::from_str_radix(text, 16).map_err(|_| format!("bad \\u escape {text:?}"))?;
            self.i += 4;
            Ok(v)
        }

        fn string(&mut self) -> Result<String, String> {
            self.expect(b'"')?;
            let mut bytes = Vec::new();
            loop {
                let c = self.peek().ok_or("unterminated string")?;
                self.i += 1;
                match c {
                    b'"' => break,
                    b'\\' => {
                        let e = self.peek().ok_or("unterminated escape")?;
                        self.i += 1;
                        let ch = match e {
                            b'"' => '"',
                            b'\\' => '\\',
                            b'/' => '/',
                            b'b' => '\u{8}',
                            b'f' => '\u{c}',
                            b'n' => '\n',
                            b'r' => '\r',
                            b't' => '\t',
                            b'u' => {
                                let hi = self.hex4()?;
                                let code = if (0xD800..0xDC00).contains(&hi) && self.s[self.i..].starts_with(b"\\u") {
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF)
                                } else {
                                    hi
                                };
                                char::from_u32(code).unwrap_or('\u{FFFD}')
                            }
                            _ => return Err(format!("bad escape at byte {}", self.i)),
                        };
                        let mut buf = [0u8; 4];
                        bytes.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    }
                    _ => bytes.push(c),
                }
            }
            String::from_utf8(bytes).map_err(|e| e.to_string())
        }
    }
}

// ---------------------------------------------------------------------------
// harness-self-check: the helpers above behave as scripts/bless does

fn self_check() -> Result<(), Failed> {
    fn eq<T: PartialEq + std::fmt::Debug>(what: &str, got: T, want: T) -> Result<(), Failed> {
        if got == want {
            Ok(())
        } else {
            Err(format!("{what}: got {got:?}, want {want:?}").into())
        }
    }
    eq(
        "thread id",
        normalise_panics("x\nthread 'main' (4242) panicked at a.rs:1:2:\nboom\n"),
        "x\nthread 'main' panicked at a.rs:1:2:\nboom\n".to_string(),
    )?;
    eq(
        "thread id in test name",
        normalise_panics("thread 'tests::a b' (7) panicked at t.rs:3:4:\n"),
        "thread 'tests::a b' panicked at t.rs:3:4:\n".to_string(),
    )?;
    eq("no thread id", normalise_panics("thread 'main' panicked at x"), "thread 'main' panicked at x".to_string())?;
    eq(
        "timing",
        normalise_timing("ok. 1 passed; finished in 12.34s\nfinished in soon"),
        "ok. 1 passed; finished in 0.00s\nfinished in soon".to_string(),
    )?;
    let src = "a\nlet x = 1; //~ ERROR E0308\n//~^ ERROR expected `;`\n//~^^^ ERROR E0425\n";
    let ann: Vec<(u64, String)> = parse_annotations(src).into_iter().map(|a| (a.line, a.expected)).collect();
    eq("annotations", ann, vec![(2, "E0308".to_string()), (2, "expected `;`".to_string()), (1, "E0425".to_string())])?;
    let ub = parse_ub_annotations("a\nb; //~ UB use-after-free\n//~^^ UB memory-leak\n");
    eq("ub annotations", ub, vec![(2, "use-after-free".to_string()), (1, "memory-leak".to_string())])?;
    eq(
        "first location",
        first_location("error: x\n  --> dir/a.rs:12:5\n   |\n --> b.rs:1:1\n"),
        Some(("dir/a.rs".to_string(), 12)),
    )?;
    let line = r#"{"$message_type":"diagnostic","message":"mismatched \"types\" \u00e9\ud83d\ude00","code":{"code":"E0308","explanation":null},"level":"error","spans":[{"file_name":"a.rs","line_start":7,"is_primary":false},{"file_name":"dir/a.rs","line_start":9,"column_start":1,"is_primary":true,"text":[],"label":null}],"children":[],"rendered":"x\n"}"#;
    let (diags, junk) = parse_diagnostics(&format!("{line}\nnot json\n"));
    eq("junk lines", junk.len(), 1)?;
    eq("diagnostics", diags.len(), 1)?;
    let d = &diags[0];
    eq("message", d.message.as_str(), "mismatched \"types\" \u{e9}\u{1F600}")?;
    eq("code", d.code.as_deref(), Some("E0308"))?;
    eq("level", d.level.as_str(), "error")?;
    eq("primary", d.primary.clone(), vec![("dir/a.rs".to_string(), 9)])?;
    eq("same file", same_file("dir/a.rs", "a.rs"), true)?;
    eq("other file", same_file("dir/ba.rs", "a.rs"), false)?;
    eq("error code", (is_error_code("E0308"), is_error_code("expected")), (true, false))?;
    let d = diff("a\nb\nc\n", "a\nB\nc\n");
    eq("diff", d.contains("- b") && d.contains("+ B"), true)?;
    Ok(())
}
