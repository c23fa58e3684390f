//! Snapshot tests: every `test_data/*.rs` program is lowered together with
//! the miniature library in `test_data/std/`; the `--emit hir` text of the
//! user's items and the diagnostics (one line each: code, position,
//! message) must match `test_data/NAME.hir`. Bless with `UPDATE_EXPECT=1`.

mod common;

use common::run;
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("test_data")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            Trial::test(name, move || check(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let actual = run(&text);
    let expected_path = path.with_extension("hir");
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
