//! The front of the pipeline (parse, resolve, type-check, build MIR) with
//! the library read from `stdlib/` on disk, so a test sees exactly the
//! diagnostics of `ferrum_check` and can render them.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use ferrum_hir::ModuleLoader;
use ferrum_span::{Diagnostic, Diagnostics, FileId, SourceMap, Span, Symbol};
use ferrum_syntax::ast::SourceFileAst;
use std::path::{Path, PathBuf};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A checked program: the earlier stages' errors, and ours.
pub struct Checked {
    pub sources: SourceMap,
    pub earlier: Diagnostics,
    pub check: Diagnostics,
    /// `--emit mir` of the user's bodies, when MIR was built.
    pub mir: Option<String>,
}

impl Checked {
    /// Our diagnostics, rendered as the driver renders them.
    pub fn rendered(&self) -> String {
        ferrum_span::render_all(&self.sources, &self.check.list)
    }

    /// The earlier stages' errors, rendered.
    pub fn earlier_rendered(&self) -> String {
        ferrum_span::render_all(&self.sources, &self.earlier.list)
    }
}

/// Library files requested by `mod x;` (looked up as the driver does),
/// added to the map after lowering.
struct StdLoader {
    dir: PathBuf,
    base: u32,
    /// Library files by id, as paths relative to `stdlib/`.
    known: Vec<(FileId, PathBuf)>,
    pending: Vec<(String, String)>,
}

impl ModuleLoader for StdLoader {
    fn load(
        &mut self,
        from: FileId,
        name: Symbol,
        span: Span,
        diags: &mut Diagnostics,
    ) -> Option<(FileId, SourceFileAst)> {
        let from = self.known.iter().find(|(id, _)| *id == from)?.1.clone();
        let parent = from.parent().map(Path::to_path_buf).unwrap_or_default();
        let stem = from.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let dir = if stem == "mod" || from == Path::new("lib.rs") { parent } else { parent.join(stem) };
        for rel in [dir.join(format!("{name}.rs")), dir.join(name.as_str()).join("mod.rs")] {
            let Ok(text) = std::fs::read_to_string(self.dir.join(&rel)) else {
                continue;
            };
            let file = FileId(self.base + self.pending.len() as u32);
            let ast = ferrum_syntax::parse_file(file, &text, diags);
            self.pending.push((format!("<std>/{}", rel.display()), text));
            self.known.push((file, rel));
            return Some((file, ast));
        }
        diags.push(Diagnostic::error(format!("file not found for module `{name}`")).primary(span, ""));
        None
    }
}

/// Runs the pipeline up to and including `ferrum_check` on `text`.
pub fn check(name: &str, text: &str) -> Checked {
    let mut sources = SourceMap::new();
    let mut earlier = Diagnostics::default();
    let user = sources.add_file(name, text.to_string(), false);
    let user_ast = ferrum_syntax::parse_file(user, text, &mut earlier);
    let dir = repo_root().join("stdlib");
    let std_text = std::fs::read_to_string(dir.join("lib.rs")).expect("stdlib/lib.rs");
    let std = sources.add_file("<std>/lib.rs", std_text.clone(), true);
    let std_ast = ferrum_syntax::parse_file(std, &std_text, &mut earlier);
    let base = sources.files().count() as u32;
    let mut loader = StdLoader { dir, base, known: vec![(std, PathBuf::from("lib.rs"))], pending: Vec::new() };
    let krate = ferrum_hir::lower_crate((user, &user_ast), (std, &std_ast), &mut loader, &sources, &mut earlier);
    for (name, text) in loader.pending {
        sources.add_file(name, text, true);
    }
    let program = ferrum_ty::check_program(krate, &mut earlier);
    let mut check = Diagnostics::default();
    let mut mir_text = None;
    if !earlier.has_errors() {
        let mir = ferrum_mir::build_program(&program, &mut earlier);
        mir_text = Some(ferrum_mir::pretty::print_program(&program, &mir, true));
        if !earlier.has_errors() {
            ferrum_check::check_program(&program, &mir, &mut check);
        }
    }
    Checked { sources, earlier, check, mir: mir_text }
}

/// The `.rs` files of a directory, sorted.
pub fn rs_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
