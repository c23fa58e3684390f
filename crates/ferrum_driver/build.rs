//! Embeds every file under `stdlib/` into the binary: generates a table of
//! `(relative path, contents)` pairs, so adding a library file needs no
//! code change.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    // A directory's own entry, so a file added inside it is noticed.
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("stdlib directory").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix(root).unwrap().to_path_buf());
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../stdlib").canonicalize().expect("stdlib directory");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let mut table = String::from("pub static STDLIB_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", root.join(file).display());
        table.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            file.display().to_string(),
            root.join(file).display().to_string()
        ));
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("stdlib_files.rs");
    std::fs::write(out, table).unwrap();
}
