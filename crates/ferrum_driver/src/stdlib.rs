//! The embedded standard library and the module loader that serves its
//! files (and the user's `mod x;` files from disk).

use ferrum_hir::ModuleLoader;
use ferrum_span::{Diagnostic, Diagnostics, FileId, SourceMap, Span, Symbol};
use ferrum_syntax::ast::SourceFileAst;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// Name under which library files appear in diagnostics.
const STD_PREFIX: &str = "<std>/";

pub fn std_file(path: &str) -> Option<&'static str> {
    STDLIB_FILES.iter().find(|(p, _)| *p == path).map(|(_, text)| *text)
}

/// Parses files for the pipeline. While HIR lowering holds the source map
/// shared, files loaded for `mod x;` wait in `pending` with the ids they
/// will get, and are appended to the map afterwards with [`Loader::flush`].
pub struct Loader {
    /// Number of files already in the source map.
    base: u32,
    pending: Vec<(String, String, bool)>,
    /// Crate root files: their `mod x;` declarations look beside them.
    pub roots: Vec<String>,
    /// Names of files in the source map (for `mod` lookups relative to them).
    known: Vec<(FileId, String, bool)>,
}

impl Loader {
    pub fn new(sources: &SourceMap, roots: Vec<String>) -> Loader {
        let known = sources.files().map(|(id, f)| (id, f.name.clone(), f.is_library)).collect::<Vec<_>>();
        Loader { base: known.len() as u32, pending: Vec::new(), roots, known }
    }

    /// Adds the files loaded during lowering to `sources`, in id order.
    pub fn flush(self, sources: &mut SourceMap) {
        for (name, text, is_library) in self.pending {
            sources.add_file(name, text, is_library);
        }
    }

    fn parse_pending(
        &mut self,
        name: String,
        text: &str,
        is_library: bool,
        diags: &mut Diagnostics,
    ) -> (FileId, SourceFileAst) {
        let file = FileId(self.base + self.pending.len() as u32);
        self.pending.push((name.clone(), text.to_string(), is_library));
        self.known.push((file, name, is_library));
        let ast = if is_library {
            ferrum_syntax::parse_file_deferred(file, text, diags)
        } else {
            ferrum_syntax::parse_file(file, text, diags)
        };
        (file, ast)
    }

    /// Where rustc looks for `mod name;` declared in `from_name`: beside a
    /// crate root or `mod.rs`, else in a directory named after the file;
    /// as `name.rs`, then `name/mod.rs`.
    fn candidates(&self, from_name: &str, name: &str) -> [String; 2] {
        let path = Path::new(from_name);
        let parent = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let dir: PathBuf =
            if stem == "mod" || self.roots.iter().any(|r| r == from_name) { parent } else { parent.join(stem) };
        [dir.join(format!("{name}.rs")).display().to_string(), dir.join(name).join("mod.rs").display().to_string()]
    }
}

impl ModuleLoader for Loader {
    fn load(
        &mut self,
        from: FileId,
        name: Symbol,
        span: Span,
        diags: &mut Diagnostics,
    ) -> Option<(FileId, SourceFileAst)> {
        let (_, from_name, is_library) = self.known.iter().find(|(id, ..)| *id == from)?.clone();
        let paths = self.candidates(&from_name, name.as_str());
        for candidate in paths.iter().cloned() {
            if is_library {
                let rel = candidate.strip_prefix(STD_PREFIX).unwrap_or(&candidate).to_string();
                if let Some(text) = std_file(&rel) {
                    return Some(self.parse_pending(candidate, text, true, diags));
                }
            } else if let Ok(text) = std::fs::read_to_string(&candidate) {
                return Some(self.parse_pending(candidate, &text, false, diags));
            }
        }
        diags.push(
            Diagnostic::error(format!("file not found for module `{name}`"))
                .code("E0583")
                .primary(span, "")
                .help(format!("to create the module `{name}`, create file \"{}\" or \"{}\"", paths[0], paths[1])),
        );
        None
    }
}

pub fn std_root_name() -> String {
    format!("{STD_PREFIX}lib.rs")
}
