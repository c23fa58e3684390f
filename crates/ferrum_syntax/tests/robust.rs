//! The parser never panics, never hangs and never overflows the stack:
//! every prefix of some programs, random mutations of them, and very deep
//! nesting all parse to diagnostics.

use ferrum_span::{Diagnostics, FileId};
use std::path::Path;

fn parse(text: &str) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let ast = ferrum_syntax::parse_file(FileId(0), text, &mut diags);
    // Printing must cope with whatever the parser produced, too.
    ferrum_syntax::print_ast(&ast);
    diags
}

fn sample_programs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["test_data/ok", "test_data/errors", "../../tests/programs/run-pass"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        let mut paths: Vec<_> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect();
        paths.sort();
        out.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    out
}

#[test]
fn every_prefix_parses() {
    let programs = sample_programs();
    // Every character prefix of the first programs, every line prefix of all.
    for (i, text) in programs.iter().enumerate() {
        if i < 3 {
            for (pos, _) in text.char_indices() {
                parse(&text[..pos]);
            }
        }
        let mut end = 0;
        for line in text.split_inclusive('\n') {
            end += line.len();
            parse(&text[..end]);
        }
    }
}

/// A small deterministic generator (no dependency on `rand`).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "(", ")", "{", "}", "[", "]", "<", ">", ">>", "|", "||", "&&", "'", "\"", "#", "!", "..", "..=", "::", ";", ",",
    "=", "=>", "->", "fn ", "let ", "if ", "else ", "match ", "loop ", "while ", "for ", "in ", "struct ", "impl ",
    "mut ", "ref ", "as ", "1", "1.", "0.1", "x", "_", "'a", "r#\"", "b'", "/*", "*/", "//", "\n", " ", "\\", "é",
];

#[test]
fn random_mutations_parse() {
    let programs = sample_programs();
    let mut rng = Lcg(0x5eed);
    for text in programs.iter().take(12) {
        for _ in 0..300 {
            let mut s = text.clone();
            for _ in 0..1 + rng.next() % 4 {
                let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
                let at = bounds[rng.next() % bounds.len()];
                match rng.next() % 3 {
                    0 => s.insert_str(at, FRAGMENTS[rng.next() % FRAGMENTS.len()]),
                    1 => {
                        let end = bounds.iter().copied().find(|&b| b > at).unwrap_or(at);
                        s.replace_range(at..end, "");
                    }
                    _ => {
                        let end = bounds.iter().copied().filter(|&b| b > at).nth(rng.next() % 8).unwrap_or(s.len());
                        s.replace_range(at..end, FRAGMENTS[rng.next() % FRAGMENTS.len()]);
                    }
                }
            }
            parse(&s);
        }
    }
}

fn nest(open: &str, middle: &str, close: &str, depth: usize) -> String {
    format!("{}{}{}", open.repeat(depth), middle, close.repeat(depth))
}

fn assert_too_deep(text: &str) {
    let diags = parse(text);
    let deep = diags.list.iter().filter(|d| d.message.contains("nesting too deep")).count();
    assert_eq!(
        deep,
        1,
        "expected one nesting diagnostic, got {:#?}",
        diags.list.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
}

#[test]
fn deep_nesting_is_a_diagnostic() {
    let n = 100_000;
    let body = |e: String| format!("fn main() {{ let x = {e}; }}");
    assert_too_deep(&body(nest("(", "1", ")", n)));
    assert_too_deep(&body(nest("[", "1", "]", n)));
    assert_too_deep(&body(nest("{", "1", "}", n)));
    assert_too_deep(&body(nest("-", "1", "", n)));
    assert_too_deep(&body(nest("!", "1", "", n)));
    assert_too_deep(&body(nest("&&", "1", "", n)));
    assert_too_deep(&body(nest("*", "1", "", n)));
    assert_too_deep(&body(nest("|x| ", "1", "", n)));
    assert_too_deep(&body(nest("return ", "1", "", n)));
    assert_too_deep(&body(nest("x = ", "1", "", n)));
    assert_too_deep(&body(nest(".. ", "1", "", n)));
    assert_too_deep(&body(nest("if a { 1 } else ", "{ 2 }", "", n)));
    assert_too_deep(&body(nest("S { a: ", "1", " }", n)));
    assert_too_deep(&body(nest("f(", "1", ")", n)));
    assert_too_deep(&format!("fn f(x: {}) {{}}", nest("&", "u8", "", n)));
    assert_too_deep(&format!("fn f(x: {}) {{}}", nest("Vec<", "u8", ">", n)));
    assert_too_deep(&format!("fn f(x: {}) {{}}", nest("(", "u8", ",)", n)));
    assert_too_deep(&format!("fn f({}: u8) {{}}", nest("(", "x", ",)", n)));
    assert_too_deep(&format!("fn f({}: u8) {{}}", nest("&", "x", "", n)));
    assert_too_deep(&format!("fn f(x: impl {}) {{}}", nest("(", "Tr", ")", n)));
    assert_too_deep(&format!("fn f() {{ {} }}", nest("let a = x else { ", "", "};", n)));
    assert_too_deep(&nest("mod m { ", "", "}", n));
    assert_too_deep(&format!("use {};", nest("a::{", "b", "}", n)));
    assert_too_deep(&body(nest("match x { _ => ", "1", " }", n)));
}

#[test]
fn long_flat_input_is_fine() {
    let n = 200_000;
    let stmts = format!("fn main() {{ {} }}", "x += 1;".repeat(n));
    assert!(parse(&stmts).list.is_empty());
    let mac = format!("fn main() {{ m!({}); }}", nest("(", "", ")", n));
    assert!(parse(&mac).list.is_empty());
    let items = "fn f() {}\n".repeat(n);
    assert!(parse(&items).list.is_empty());
}

#[test]
fn long_chains_are_bounded() {
    // A chain builds a tree as deep as it is long; the depth cap covers it.
    let n = 200_000;
    assert_too_deep(&format!("fn main() {{ let x = 1{}; }}", " + 1".repeat(n)));
    assert_too_deep(&format!("fn main() {{ x{}; }}", ".f()".repeat(n)));
    let fine = format!("fn main() {{ let x = 1{}; x{}; }}", " + 1".repeat(100), ".f()?".repeat(50));
    assert!(parse(&fine).list.is_empty());
}

#[test]
fn deep_input_within_the_limit_parses() {
    let text = format!("fn main() {{ let x = {}; }}", nest("(", "1", ")", 200));
    assert!(parse(&text).list.is_empty());
}

/// A longer run of the mutation test: `cargo test --release -p ferrum_syntax
/// --test robust -- --ignored`.
#[test]
#[ignore]
fn many_random_mutations_parse() {
    let programs = sample_programs();
    let mut rng = Lcg(0xf00d);
    for round in 0..40_000 {
        let text = &programs[round % programs.len()];
        let mut s = text.clone();
        for _ in 0..1 + rng.next() % 8 {
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let at = bounds[rng.next() % bounds.len()];
            let end = bounds.iter().copied().filter(|&b| b >= at).nth(rng.next() % 4).unwrap_or(s.len());
            s.replace_range(at..end, FRAGMENTS[rng.next() % FRAGMENTS.len()]);
        }
        parse(&s);
    }
}

#[test]
fn fragment_parsers_cope_with_any_tokens() {
    use ferrum_syntax::ast::Ast;
    let programs = sample_programs();
    let mut rng = Lcg(0xbeef);
    for text in programs.iter().take(8) {
        let mut diags = Diagnostics::default();
        let tokens = ferrum_syntax::lex(FileId(0), text, &mut diags);
        for _ in 0..200 {
            let a = rng.next() % tokens.len();
            let b = (a + rng.next() % 40).min(tokens.len());
            let slice = &tokens[a..b];
            let end = tokens[b.saturating_sub(1)].span;
            let mut ast = Ast::default();
            let mut d = Diagnostics::default();
            match rng.next() % 6 {
                0 => drop(ferrum_syntax::parse_expr_list(&mut ast, slice, end, &mut d)),
                1 => drop(ferrum_syntax::parse_expr_from_tokens(&mut ast, slice, end, &mut d)),
                2 => drop(ferrum_syntax::parse_type_from_tokens(&mut ast, slice, end, &mut d)),
                3 => drop(ferrum_syntax::parse_pat_from_tokens(&mut ast, slice, end, &mut d)),
                4 => drop(ferrum_syntax::parse_items_from_tokens(&mut ast, slice, end, &mut d)),
                _ => drop(ferrum_syntax::parse_stmts_from_tokens(&mut ast, slice, end, &mut d)),
            }
        }
    }
}
