//! Snapshots of what the user sees: for every compile-fail program about
//! moves, initialisation or borrows (`tests/programs/compile-fail/e0381_*`,
//! `e0382_*`, `e0384_*`, `e0499_*`, `e0502_*`, `e0503_*`, `e0505_*`,
//! `e0506_*`, `e0507_*`, `e0515_*`, `e0597_*`), the rendered diagnostics must match
//! `tests/snapshots/NAME.stderr`. Bless with `UPDATE_EXPECT=1`.
//!
//! (Which lines must carry which error is checked against rustc by the
//! driver's `programs` harness and `scripts/bless --check`; these
//! snapshots pin the wording and the labels.)

mod common;

use libtest_mimic::{Arguments, Trial};

const CODES: &[&str] =
    &["e0381", "e0382", "e0384", "e0499", "e0502", "e0503", "e0505", "e0506", "e0507", "e0515", "e0597"];

fn main() {
    let args = Arguments::from_args();
    let dir = common::repo_root().join("tests/programs/compile-fail");
    let snapshots = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let trials = common::rs_files(&dir)
        .into_iter()
        .filter(|p| CODES.iter().any(|c| p.file_name().unwrap().to_string_lossy().starts_with(c)))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let snapshot = snapshots.join(name.replace(".rs", ".stderr"));
            Trial::test(name.clone(), move || {
                let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
                let checked = common::check(&name, &text);
                let mut all = checked.earlier.list.clone();
                all.extend(checked.check.list.iter().cloned());
                let rendered = ferrum_span::render_all(&checked.sources, &all);
                expect_test::expect_file![snapshot].assert_eq(&rendered);
                Ok(())
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
