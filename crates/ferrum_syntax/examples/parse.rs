//! Parses files and prints the rendered diagnostics (and with `--ast` the
//! tree); with `--bench` reports lexing and parsing speed.
//!
//! `cargo run --release -p ferrum_syntax --example parse -- [--ast] [--bench] FILE...`

use ferrum_span::{Diagnostics, SourceMap};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_ast = args.iter().any(|a| a == "--ast");
    let bench = args.iter().any(|a| a == "--bench");
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let text = std::fs::read_to_string(path).expect("readable file");
        let mut map = SourceMap::new();
        let file = map.add_file(path.as_str(), text.as_str(), false);
        let mut diags = Diagnostics::default();
        if bench {
            run_bench(file, &text);
            continue;
        }
        let ast = ferrum_syntax::parse_file(file, &text, &mut diags);
        if show_ast {
            print!("{}", ferrum_syntax::print_ast(&ast));
        }
        print!("{}", ferrum_span::render_all(&map, &diags.list));
    }
}

fn run_bench(file: ferrum_span::FileId, text: &str) {
    let lines = text.lines().count() as f64;
    let rounds = 10;
    let mut best_lex = f64::MAX;
    let mut best_parse = f64::MAX;
    for _ in 0..rounds {
        let mut diags = Diagnostics::default();
        let t = Instant::now();
        let tokens = ferrum_syntax::lex(file, text, &mut diags);
        best_lex = best_lex.min(t.elapsed().as_secs_f64());
        std::hint::black_box(tokens);
        let t = Instant::now();
        let ast = ferrum_syntax::parse_file(file, text, &mut diags);
        best_parse = best_parse.min(t.elapsed().as_secs_f64());
        assert!(diags.list.is_empty(), "benchmark input has syntax errors");
        std::hint::black_box(ast);
    }
    println!("{lines} lines, {} bytes", text.len());
    println!("lex only:      {:>8.2} ms  {:>6.2} M lines/s", best_lex * 1e3, lines / best_lex / 1e6);
    println!("lex + parse:   {:>8.2} ms  {:>6.2} M lines/s", best_parse * 1e3, lines / best_parse / 1e6);
}
