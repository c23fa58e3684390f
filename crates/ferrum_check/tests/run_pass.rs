//! Every program under `tests/programs/run-pass/` (all accepted by rustc)
//! must get no diagnostic from the checker: a false positive here is the
//! worst kind of bug.

mod common;

use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let dir = common::repo_root().join("tests/programs/run-pass");
    let trials = common::rs_files(&dir)
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            Trial::test(name.clone(), move || {
                let text = std::fs::read_to_string(&path).map_err(|e| Failed::from(e.to_string()))?;
                let checked = common::check(&name, &text);
                if checked.earlier.has_errors() {
                    return Err(format!("earlier stages failed:\n{}", checked.earlier_rendered()).into());
                }
                if !checked.check.list.is_empty() {
                    return Err(format!("false positive:\n{}", checked.rendered()).into());
                }
                Ok(())
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
