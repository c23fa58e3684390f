// Reads "name score" lines from standard input, skipping blank and
// malformed ones, then prints a report through a buffered, locked stdout.
use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, Write};

#[derive(Debug)]
enum LineError {
    MissingScore(usize),
    BadScore(usize, std::num::ParseIntError),
}

fn parse_line(number: usize, line: &str) -> Result<(String, u32), LineError> {
    let mut parts = line.split_whitespace();
    let name = parts.next().unwrap_or_default().to_string();
    let score = parts.next().ok_or(LineError::MissingScore(number))?;
    let score = score.parse().map_err(|e| LineError::BadScore(number, e))?;
    Ok((name, score))
}

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut scores: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut errors = Vec::new();
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(i + 1, &line) {
            Ok((name, score)) => scores.entry(name).or_default().push(score),
            Err(e) => errors.push(e),
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    writeln!(out, "{:<8}{:>6}{:>8}", "name", "count", "mean")?;
    for (name, list) in &scores {
        let mean = list.iter().sum::<u32>() as f64 / list.len() as f64;
        writeln!(out, "{:<8}{:>6}{:>8.2}", name, list.len(), mean)?;
    }
    for e in &errors {
        writeln!(out, "skipped: {:?}", e)?;
    }
    out.flush()?;
    Ok(())
}
