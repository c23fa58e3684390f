//! Robustness: lowering never panics, on every test program of the
//! repository and on every prefix of them cut at token-ish boundaries
//! (which leaves unbalanced, half-parsed input behind).

mod common;

use std::path::Path;

fn programs() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in [
        "tests/programs/run-pass",
        "tests/programs/compile-fail",
        "tests/programs/test-attr",
        "crates/ferrum_hir/test_data",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "rs") {
                if let Ok(text) = std::fs::read_to_string(&p) {
                    out.push(text);
                }
            }
        }
    }
    out
}

#[test]
fn whole_programs_lower_without_panicking() {
    for text in programs() {
        common::run(&text);
    }
}

#[test]
fn truncated_programs_lower_without_panicking() {
    for text in programs().iter().take(40) {
        let cuts: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| matches!(c, '(' | '{' | '[' | ',' | ';' | '!' | '<'))
            .map(|(i, _)| i)
            .collect();
        let step = (cuts.len() / 12).max(1);
        for &cut in cuts.iter().step_by(step) {
            common::run(&text[..cut]);
        }
    }
}

#[test]
fn mutated_programs_lower_without_panicking() {
    // Deterministic pseudo-random deletions and duplications of short spans.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for text in programs().iter().take(60) {
        let bytes = text.as_bytes();
        for _ in 0..15 {
            let at = (next() as usize) % bytes.len().max(1);
            let len = 1 + (next() as usize) % 6;
            let end = (at + len).min(bytes.len());
            let mut mutated = Vec::with_capacity(bytes.len() + len);
            mutated.extend_from_slice(&bytes[..at]);
            if next() % 2 == 0 {
                mutated.extend_from_slice(&bytes[at..end]);
                mutated.extend_from_slice(&bytes[at..end]);
            }
            mutated.extend_from_slice(&bytes[end..]);
            if let Ok(m) = String::from_utf8(mutated) {
                common::run(&m);
            }
        }
    }
}

#[test]
fn hostile_macros_terminate() {
    let cases = [
        "macro_rules! m { () => { m!(); m!(); } } fn main() { m!(); }",
        "macro_rules! m { ($($t:tt)*) => { m!($($t)* $($t)*) } } fn main() { m!(a); }",
        "macro_rules! m { ($($a:tt)* ; $($b:tt)*) => {} } fn main() { m!(a b c d e f g h i j k l m n o p q r s t u v w x y z ; a); }",
        "macro_rules! m { ($($a:tt)*) => { m! { $($a)* } }; } m! { x } fn main() {}",
        "macro_rules! m { () => { struct S; m!{} }; } m!{} fn main() {}",
        "fn main() { let x = [0; { let y = 1; y }]; }",
        "macro_rules! m { ($e:expr) => { $e }; } fn main() { m!(m!(m!(m!(1)))); }",
        "macro_rules! m { ($x:ident) => { let $x = 1; }; } fn main() { m!(a); let _ = a; }",
        "macro_rules! m { {} => {} } fn main() { m![]; m!{}; m!(); }",
        "macro_rules! m { ($($x:expr),*) => { $($x)+ } } fn main() { m!(); }",
    ];
    for (i, case) in cases.iter().enumerate() {
        let t = std::time::Instant::now();
        common::run(case);
        eprintln!("case {i}: {:?}", t.elapsed());
    }
}
