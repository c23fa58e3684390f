//! Parses files and prints the rendered diagnostics (and with `--ast` the
//! tree); with `--bench` reports lexing and parsing speed; `--gen LINES`
//! benchmarks a generated file of ordinary code of about that many lines.
//!
//! `cargo run --release -p ferrum_syntax --example parse -- [--ast] [--bench] FILE...`
//! `cargo run --release -p ferrum_syntax --example parse -- --gen 200000 [--out FILE]`
//! `ROUNDS=5 ... --parse-only FILE` parses repeatedly and leaks the trees
//! (for profilers: parsing without freeing).

use ferrum_span::{Diagnostics, SourceMap};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_ast = args.iter().any(|a| a == "--ast");
    let bench = args.iter().any(|a| a == "--bench");
    let parse_only = args.iter().any(|a| a == "--parse-only");
    if let Some(pos) = args.iter().position(|a| a == "--gen") {
        let lines: usize = args.get(pos + 1).and_then(|n| n.parse().ok()).unwrap_or(200_000);
        let text = generate(lines);
        if let Some(out) = args.iter().position(|a| a == "--out").and_then(|i| args.get(i + 1)) {
            std::fs::write(out, &text).expect("writable output");
        }
        let mut map = SourceMap::new();
        let file = map.add_file("generated.rs", text.as_str(), false);
        run_bench(file, &text);
        return;
    }
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        if path.parse::<usize>().is_ok() {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("readable file");
        let mut map = SourceMap::new();
        let file = map.add_file(path.as_str(), text.as_str(), false);
        let mut diags = Diagnostics::default();
        if parse_only {
            // Leaks the trees so that profiles show parsing, not freeing.
            let n: usize = std::env::var("ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
            for _ in 0..n {
                let ast = ferrum_syntax::parse_file(file, &text, &mut diags);
                std::mem::forget(ast);
            }
            continue;
        }
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

/// A stopwatch that reads both wall time and this thread's CPU time (from
/// `/proc/thread-self/schedstat` on Linux, which counts kernel time spent
/// on the thread's page faults too). On a shared, loaded machine the CPU
/// time is the meaningful figure: wall time includes waiting for a core.
struct Watch {
    wall: Instant,
    cpu: Option<u64>,
}

fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

impl Watch {
    fn start() -> Watch {
        Watch { wall: Instant::now(), cpu: thread_cpu_ns() }
    }

    /// (wall seconds, CPU seconds or wall if unavailable)
    fn stop(&self) -> (f64, f64) {
        let wall = self.wall.elapsed().as_secs_f64();
        let cpu = match (self.cpu, thread_cpu_ns()) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e9,
            _ => wall,
        };
        (wall, cpu)
    }
}

#[derive(Clone, Copy)]
struct Best {
    wall: f64,
    cpu: f64,
}

impl Best {
    fn new() -> Best {
        Best { wall: f64::MAX, cpu: f64::MAX }
    }

    fn add(&mut self, (wall, cpu): (f64, f64)) {
        self.wall = self.wall.min(wall);
        self.cpu = self.cpu.min(cpu);
    }

    fn print(self, what: &str, lines: f64) {
        println!(
            "{what:<14} wall {:>8.2} ms {:>6.2} M lines/s   cpu {:>8.2} ms {:>6.2} M lines/s",
            self.wall * 1e3,
            lines / self.wall / 1e6,
            self.cpu * 1e3,
            lines / self.cpu / 1e6
        );
    }
}

fn run_bench(file: ferrum_span::FileId, text: &str) {
    let lines = text.lines().count() as f64;
    let rounds = 10;
    let (mut raw, mut lex, mut parse) = (Best::new(), Best::new(), Best::new());
    for _ in 0..rounds {
        let w = Watch::start();
        let n = ra_ap_rustc_lexer::tokenize(text, ra_ap_rustc_lexer::FrontmatterAllowed::No).count();
        raw.add(w.stop());
        std::hint::black_box(n);
        let mut diags = Diagnostics::default();
        let w = Watch::start();
        let tokens = ferrum_syntax::lex(file, text, &mut diags);
        lex.add(w.stop());
        std::hint::black_box(tokens);
        let w = Watch::start();
        let ast = ferrum_syntax::parse_file(file, text, &mut diags);
        parse.add(w.stop());
        assert!(diags.list.is_empty(), "benchmark input has syntax errors");
        std::hint::black_box(ast);
    }
    println!("{lines} lines, {} bytes; best of {rounds} rounds", text.len());
    {
        let mut diags = Diagnostics::default();
        let tokens = ferrum_syntax::lex(file, text, &mut diags).len();
        let ast = ferrum_syntax::parse_file(file, text, &mut diags).ast;
        let (e, p, t, i) = (ast.exprs.len(), ast.pats.len(), ast.types.len(), ast.items.len());
        println!("{tokens} tokens; {e} exprs, {p} pats, {t} types, {i} items");
    }
    raw.print("rustc_lexer", lines);
    lex.print("lex (ast)", lines);
    parse.print("parse_file", lines);
}

/// Ordinary code: structs, enums, impls, traits, functions with loops,
/// matches, closures, method chains and macros; roughly `lines` lines.
fn generate(lines: usize) -> String {
    let mut out = String::from("use std::collections::HashMap;\nuse std::fmt::{self, Display};\n\n");
    let mut i = 0;
    while out.lines().count() < lines && i < 1_000_000 {
        out.push_str(&format!(
            r#"/// A record number {i}.
#[derive(Debug, Clone, PartialEq)]
pub struct Record{i}<T: Clone> {{
    pub id: u64,
    name: String,
    values: Vec<T>,
    parent: Option<Box<Record{i}<T>>>,
}}

pub enum Event{i} {{
    Start {{ at: u64 }},
    Data(u32, Vec<u8>),
    Stop,
}}

impl<T: Clone + Display> Record{i}<T> {{
    pub fn new(id: u64, name: &str) -> Self {{
        Record{i} {{ id, name: name.to_string(), values: Vec::new(), parent: None }}
    }}

    pub fn push(&mut self, value: T) -> &mut Self {{
        self.values.push(value);
        self
    }}

    fn summary(&self, limit: usize) -> Result<String, fmt::Error> {{
        let mut out = String::with_capacity(limit * 4);
        for (index, value) in self.values.iter().enumerate().take(limit) {{
            if index > 0 && index % 2 == 0 {{
                out.push_str(", ");
            }} else if index == 1 {{
                out += "; ";
            }}
            out.push_str(&format!("{{}}={{}}", index, value));
        }}
        let total: u64 = (0..limit as u64).map(|x| x * 3 + 1).filter(|&x| x % 2 == 0).sum();
        let mut map: HashMap<u64, &str> = HashMap::new();
        map.insert(self.id ^ total, &self.name);
        match self.parent.as_ref() {{
            Some(p) if p.id > 10 => return Ok(format!("{{}}/{{}}", p.name, out)),
            Some(_) => {{}}
            None => println!("no parent for {{}}", self.id),
        }}
        Ok(out)
    }}
}}

fn handle{i}(events: &[Event{i}], scale: i64) -> i64 {{
    let mut acc: i64 = 0;
    let mut i = 0usize;
    while i < events.len() {{
        acc += match &events[i] {{
            Event{i}::Start {{ at }} => *at as i64 * scale,
            Event{i}::Data(n, bytes) => {{
                let s: i64 = bytes.iter().map(|b| *b as i64).sum();
                s - *n as i64
            }}
            Event{i}::Stop => break,
        }};
        i += 1;
    }}
    let closure = |x: i64, y: i64| -> i64 {{ if x > y {{ x - y }} else {{ y - x }} }};
    closure(acc, scale << 2) + (acc >> 1) * -1
}}

"#
        ));
        i += 1;
    }
    out
}
