//! Shared by the integration tests: lowering a program together with the
//! miniature library in `test_data/std/`, and rendering the result.

use ferrum_hir::{lower_crate, print_crate, ModuleLoader};
use ferrum_span::{Diagnostics, FileId, SourceMap, Span, Symbol};
use ferrum_syntax::ast::SourceFileAst;
use std::path::{Path, PathBuf};

/// Serves `mod name;` of the miniature library from files registered in
/// the source map before lowering (the map is borrowed during lowering).
struct Loader {
    files: Vec<(String, FileId, String)>,
}

impl ModuleLoader for Loader {
    fn load(
        &mut self,
        _from: FileId,
        name: Symbol,
        span: Span,
        diags: &mut Diagnostics,
    ) -> Option<(FileId, SourceFileAst)> {
        let Some((_, file, text)) = self.files.iter().find(|(n, _, _)| n == name.as_str()) else {
            diags.push(
                ferrum_span::Diagnostic::error(format!("file not found for module `{name}`"))
                    .code("E0583")
                    .primary(span, ""),
            );
            return None;
        };
        Some((*file, ferrum_syntax::parse_file(*file, text, diags)))
    }
}

/// Lowers `text` and renders the HIR and diagnostics.
pub fn run(text: &str) -> String {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::default();
    let std_text = std::fs::read_to_string(data.join("std/lib.rs")).expect("std/lib.rs");
    let std_file = map.add_file("std/lib.rs", std_text.clone(), true);
    let std_ast = ferrum_syntax::parse_file(std_file, &std_text, &mut diags);
    let mut files = Vec::new();
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(data.join("std")).expect("std dir").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        if name != "lib" {
            let text = std::fs::read_to_string(&p).expect("std file");
            let id = map.add_file(format!("std/{name}.rs"), text.clone(), true);
            files.push((name, id, text));
        }
    }
    let user_file = map.add_file("main.rs", text.to_string(), false);
    let user_ast = ferrum_syntax::parse_file(user_file, text, &mut diags);
    let mut loader = Loader { files };
    let krate = lower_crate((user_file, &user_ast), (std_file, &std_ast), &mut loader, &map, &mut diags);
    let sources = map;
    // The library's items must print too (only the user's are compared).
    assert!(!print_crate(&krate, false).is_empty());
    let mut out = print_crate(&krate, true);
    if !diags.list.is_empty() {
        out.push_str("\n// diagnostics\n");
    }
    for d in &diags.list {
        let code = d.code.map_or(String::new(), |c| format!("[{c}]"));
        let pos = match d.primary_span() {
            Some(s) if !s.is_dummy() => {
                let lc = sources.line_col(s).expect("known file");
                let name = &sources.file(s.file).name;
                format!("{name}:{}:{}", lc.line, lc.col)
            }
            _ => "-".to_string(),
        };
        out.push_str(&format!("error{code} {pos}: {}\n", d.message));
    }
    out
}
