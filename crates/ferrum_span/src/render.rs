//! Rendering diagnostics the way rustc prints them (through
//! `annotate-snippets`, the renderer rustc itself uses), or as JSON lines.

use crate::{Diagnostic, Level, SourceMap};
use annotate_snippets::{AnnotationKind, Group, Renderer, Snippet};

/// Renders one diagnostic as plain text, ending with a newline.
pub fn render(map: &SourceMap, diag: &Diagnostic) -> String {
    let level = match diag.level {
        Level::Error => annotate_snippets::Level::ERROR,
        Level::Warning => annotate_snippets::Level::WARNING,
    };
    let mut title = level.primary_title(diag.message.as_str());
    if let Some(code) = diag.code {
        title = title.id(code);
    }
    let mut group = Group::with_title(title);
    // Labels are grouped by file; the primary label's file comes first.
    let mut files: Vec<_> = diag.labels.iter().filter(|l| !l.span.is_dummy()).map(|l| l.span.file).collect();
    files.sort_by_key(|f| Some(*f) != diag.primary_span().map(|s| s.file));
    files.dedup();
    for file in files {
        let Some(source) = map.try_file(file) else { continue };
        let mut snippet = Snippet::source(&*source.text).path(source.name.as_str()).fold(true);
        for label in diag.labels.iter().filter(|l| l.span.file == file) {
            let kind = if label.primary { AnnotationKind::Primary } else { AnnotationKind::Context };
            let range = clamp(label.span.lo as usize, label.span.hi as usize, &source.text);
            snippet = snippet.annotation(kind.span(range).label(label.message.as_str()));
        }
        group = group.element(snippet);
    }
    for note in &diag.notes {
        group = group.element(annotate_snippets::Level::NOTE.message(note.as_str()));
    }
    for help in &diag.help {
        group = group.element(annotate_snippets::Level::HELP.message(help.as_str()));
    }
    let mut text = Renderer::plain().render(&[group]);
    text.push('\n');
    text
}

fn clamp(lo: usize, hi: usize, text: &str) -> std::ops::Range<usize> {
    let lo = lo.min(text.len());
    let hi = hi.clamp(lo, text.len());
    lo..hi
}

/// Renders every diagnostic followed by rustc's summary line.
pub fn render_all(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diag in diags {
        out.push_str(&render(map, diag));
        out.push('\n');
    }
    let errors = diags.iter().filter(|d| d.level == Level::Error).count();
    match errors {
        0 => {}
        1 => out.push_str("error: aborting due to 1 previous error\n\n"),
        n => out.push_str(&format!("error: aborting due to {n} previous errors\n\n")),
    }
    out
}

/// One JSON object per line, for `--error-format=json`.
pub fn render_json(map: &SourceMap, diag: &Diagnostic) -> String {
    let mut spans = Vec::new();
    for label in &diag.labels {
        let Some(file) = map.try_file(label.span.file) else { continue };
        let start = file.line_col(label.span.lo);
        let end = file.line_col(label.span.hi);
        spans.push(format!(
            "{{\"file_name\":{},\"line_start\":{},\"column_start\":{},\"line_end\":{},\"column_end\":{},\"is_primary\":{},\"label\":{}}}",
            json_str(&file.name),
            start.line,
            start.col,
            end.line,
            end.col,
            label.primary,
            json_str(&label.message)
        ));
    }
    let code = diag.code.map_or("null".to_string(), |c| format!("{{\"code\":{}}}", json_str(c)));
    let level = match diag.level {
        Level::Error => "error",
        Level::Warning => "warning",
    };
    format!(
        "{{\"message\":{},\"code\":{},\"level\":\"{}\",\"spans\":[{}],\"rendered\":{}}}\n",
        json_str(&diag.message),
        code,
        level,
        spans.join(","),
        json_str(&render(map, diag))
    )
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc() {
        let mut map = SourceMap::new();
        let file = map.add_file("main.rs", "fn main() {\n    let x: i32 = \"a\";\n}\n", false);
        let span = crate::Span::new(file, 29, 32);
        let diag = Diagnostic::error("mismatched types")
            .code("E0308")
            .primary(span, "expected `i32`, found `&str`")
            .secondary(crate::Span::new(file, 23, 26), "expected due to this");
        let text = render(&map, &diag);
        let expected = "error[E0308]: mismatched types
 --> main.rs:2:18
  |
2 |     let x: i32 = \"a\";
  |            ---   ^^^ expected `i32`, found `&str`
  |            |
  |            expected due to this
";
        assert_eq!(text, expected);
    }
}
