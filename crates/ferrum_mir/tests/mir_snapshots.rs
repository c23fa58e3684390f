//! Snapshot tests: every `tests/mir/*.rs` program is compiled with the
//! miniature library in `tests/mir/std/`; the `--emit mir` text of the
//! user's bodies (validated) and the diagnostics must match
//! `tests/mir/NAME.mir`. Bless with `UPDATE_EXPECT=1`.

use ferrum_hir::{lower_crate, ModuleLoader};
use ferrum_span::{Diagnostics, FileId, SourceMap, Span, Symbol};
use ferrum_syntax::ast::SourceFileAst;
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

/// The miniature library is one file: no `mod name;` to load.
struct NoFiles;

impl ModuleLoader for NoFiles {
    fn load(
        &mut self,
        _: FileId,
        name: Symbol,
        span: Span,
        diags: &mut Diagnostics,
    ) -> Option<(FileId, SourceFileAst)> {
        diags.push(ferrum_span::Diagnostic::error(format!("file not found for module `{name}`")).primary(span, ""));
        None
    }
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mir")
}

/// Compiles `text` to MIR; renders the user's bodies and diagnostics.
fn run(text: &str) -> String {
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::default();
    let std_text = std::fs::read_to_string(data_dir().join("std/lib.rs")).expect("std/lib.rs");
    let std_file = map.add_file("std/lib.rs", std_text.clone(), true);
    let std_ast = ferrum_syntax::parse_file(std_file, &std_text, &mut diags);
    let user_file = map.add_file("main.rs", text.to_string(), false);
    let user_ast = ferrum_syntax::parse_file(user_file, text, &mut diags);
    let krate = lower_crate((user_file, &user_ast), (std_file, &std_ast), &mut NoFiles, &map, &mut diags);
    let program = ferrum_ty::check_program(krate, &mut diags);
    let mut out = String::new();
    if !diags.has_errors() {
        let mir = ferrum_mir::build_program(&program, &mut diags);
        for body in mir.bodies.values() {
            if let Err(errors) = ferrum_mir::validate::validate(&program, body) {
                out.push_str(&format!("// invalid MIR:\n// {}\n", errors.join("\n// ")));
            }
        }
        out.push_str(&ferrum_mir::pretty::print_program(&program, &mir, true));
    }
    for d in &diags.list {
        let pos = d
            .primary_span()
            .and_then(|s| map.line_col(s))
            .map_or("-".to_string(), |lc| format!("{}:{}", lc.line, lc.col));
        out.push_str(&format!("// error {pos}: {}\n", d.message));
    }
    out
}

fn check(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let actual = run(&text);
    let expected_path = path.with_extension("mir");
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    if actual == expected {
        return Ok(());
    }
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_path, &actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    Err(format!(
        "{} differs (UPDATE_EXPECT=1 to bless):\n--- expected\n{expected}\n--- actual\n{actual}",
        expected_path.display()
    )
    .into())
}

fn main() {
    let args = Arguments::from_args();
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/mir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
            Trial::test(name, move || check(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
