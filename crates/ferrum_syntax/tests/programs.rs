//! Parses every program of the repository (test programs, the standard
//! library, benchmarks, examples, and `test_data/ok`), one test per file.
//!
//! Valid programs must parse without diagnostics, and `print_ast` must
//! round-trip: printing, re-parsing and printing again gives the same text
//! with no diagnostics. `compile-fail` programs (which may contain syntax
//! errors on purpose) only have to parse without panicking.

use ferrum_span::{Diagnostics, SourceMap};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["tests/programs", "stdlib", "benches/programs", "examples", "crates/ferrum_syntax/test_data/ok"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
            let may_fail = name.contains("compile-fail");
            Trial::test(name, move || check(&path, may_fail))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Parses `text`, returning the printed tree and the rendered diagnostics.
fn parse(name: &str, text: &str) -> (String, String, usize) {
    let mut map = SourceMap::new();
    let file = map.add_file(name, text, false);
    let mut diags = Diagnostics::default();
    let ast = ferrum_syntax::parse_file(file, text, &mut diags);
    let rendered = ferrum_span::render_all(&map, &diags.list);
    (ferrum_syntax::print_ast(&ast), rendered, diags.list.len())
}

fn check(path: &Path, may_fail: bool) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let name = path.display().to_string();
    let (printed, rendered, count) = parse(&name, &text);
    if may_fail {
        return Ok(());
    }
    if count > 0 {
        return Err(format!("unexpected syntax errors:\n{rendered}").into());
    }
    let (reprinted, rendered, count) = parse("<printed>", &printed);
    if count > 0 {
        return Err(format!("printed AST does not re-parse:\n{rendered}\n--- printed:\n{printed}").into());
    }
    if reprinted != printed {
        return Err(format!("printing is not stable:\n--- first:\n{printed}\n--- second:\n{reprinted}").into());
    }
    Ok(())
}
