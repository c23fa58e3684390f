//! Robustness: truncated and mutated programs must give diagnostics, never
//! a panic or hang of ferrum. Line-boundary prefixes of every run-pass
//! program go through the whole checker (library included), character-
//! boundary prefixes of one, and some deterministic random byte mutations.
//! Each check costs a whole front-end run, so long programs are cut at
//! evenly spaced boundaries (at most `MAX_CUTS`). (The parser's own tests
//! cut every program at every character.)

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

/// Programs whose every character-boundary prefix is checked.
const CHAR_PREFIX_PROGRAMS: usize = 1;
const MUTATIONS_PER_PROGRAM: usize = 8;
/// Prefixes checked per program (all of them for shorter programs). Kept
/// small: every run-pass program adds its prefixes to the suite.
const MAX_CUTS: usize = 24;
/// Prefixes checked for the character-prefix program.
const MAX_CHAR_CUTS: usize = 400;

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs/run-pass");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect())
        .unwrap_or_default();
    files.sort();
    let mut trials = Vec::new();
    for (i, path) in files.into_iter().enumerate() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let every_char = i < CHAR_PREFIX_PROGRAMS;
        trials.push(Trial::test(format!("prefixes/{name}"), move || check_prefixes(&path, every_char)));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn check(name: &str, text: &str) -> Result<(), Failed> {
    let result = std::panic::catch_unwind(|| ferrum_driver::check_source(name, text));
    result.map(|_| ()).map_err(|_| Failed::from(format!("ferrum panicked on this input:\n{text}")))
}

fn check_prefixes(path: &Path, every_char: bool) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| Failed::from(e.to_string()))?;
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let cuts: Vec<usize> = if every_char {
        evenly_spaced(text.char_indices().map(|(i, _)| i).collect(), MAX_CHAR_CUTS)
    } else {
        evenly_spaced(text.match_indices('\n').map(|(i, _)| i).collect(), MAX_CUTS)
    };
    for cut in cuts {
        check(&name, &text[..cut])?;
    }
    let mut rng = Lcg(text.len() as u64 ^ 0x9E37_79B9_7F4A_7C15);
    for _ in 0..MUTATIONS_PER_PROGRAM {
        let mut bytes = text.clone().into_bytes();
        for _ in 0..3 {
            let at = (rng.next() as usize) % bytes.len().max(1);
            let replacement = b"{}()[];,.:=<>+-*/&|!?'\"#x0 \n"[(rng.next() as usize) % 28];
            if let Some(b) = bytes.get_mut(at) {
                *b = replacement;
            }
        }
        let mutated = String::from_utf8_lossy(&bytes).into_owned();
        check(&name, &mutated)?;
    }
    Ok(())
}

/// At most `max` of `cuts`, evenly spaced, always including the last.
fn evenly_spaced(cuts: Vec<usize>, max: usize) -> Vec<usize> {
    if cuts.len() <= max {
        return cuts;
    }
    (1..=max).map(|k| cuts[k * cuts.len() / max - 1]).collect()
}

/// A tiny deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}
