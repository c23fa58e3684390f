//! Snapshot tests of syntax errors: each `test_data/errors/NAME.rs` is
//! parsed and its rendered diagnostics compared with `NAME.stderr` next to
//! it. Regenerate with `UPDATE_EXPECT=1 cargo test -p ferrum_syntax --test errors`.
//!
//! The wording follows rustc's (`rustc --edition 2021 NAME.rs`); the
//! snapshots are reviewed against it, not generated from it.

use ferrum_span::{Diagnostics, SourceMap};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data/errors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect())
        .unwrap_or_default();
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            Trial::test(name, move || check(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let name = path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut map = SourceMap::new();
    let file = map.add_file(name, text.as_str(), false);
    let mut diags = Diagnostics::default();
    ferrum_syntax::parse_file(file, &text, &mut diags);
    if diags.list.is_empty() {
        return Err("expected at least one syntax error".into());
    }
    let rendered = ferrum_span::render_all(&map, &diags.list);
    let expected = path.with_extension("stderr");
    let outcome = std::panic::catch_unwind(|| expect_test::expect_file![expected].assert_eq(&rendered));
    outcome.map_err(|_| Failed::from("diagnostics differ from the snapshot (see above)"))
}
