//! The whole standard library type-checks and builds to MIR without
//! errors. Normal runs check only the library bodies a program reaches,
//! which would let an error in an unreached body go unnoticed.

use std::process::Command;

#[test]
fn whole_library_checks_cleanly() {
    let dir = std::env::temp_dir().join(format!("ferrum-library-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("empty_main.rs");
    std::fs::write(&file, "fn main() {}\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ferrum"))
        .args(["check", "--whole-library"])
        .arg(&file)
        .output()
        .expect("ferrum runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.is_empty(), "library errors:\n{stderr}");
}
