// Command-line style program: reads its size from the arguments (none are
// given in the test, so defaults apply), then prints a report.
use std::env;
use std::process;

#[derive(Debug)]
struct Config {
    rows: usize,
    symbol: char,
    verbose: bool,
}

impl Config {
    fn from_args<I: Iterator<Item = String>>(mut args: I) -> Result<Config, String> {
        let _program = args.next();
        let mut cfg = Config { rows: 5, symbol: '*', verbose: false };
        while let Some(a) = args.next() {
            match a.as_str() {
                "-v" | "--verbose" => cfg.verbose = true,
                "-s" => cfg.symbol = args.next().and_then(|s| s.chars().next()).ok_or("-s needs a character")?,
                n => cfg.rows = n.parse().map_err(|e| format!("bad row count {:?}: {}", n, e))?,
            }
        }
        Ok(cfg)
    }
}

fn main() {
    let cfg = Config::from_args(env::args()).unwrap_or_else(|e| {
        eprintln!("error: {}", e);
        process::exit(2);
    });
    println!("{:?} ({} extra args)", cfg, env::args().len() - 1);
    for i in 1..=cfg.rows {
        let pad = " ".repeat(cfg.rows - i);
        let body: String = std::iter::repeat(cfg.symbol).take(2 * i - 1).collect();
        println!("{}{}", pad, body);
    }
    let parsed = Config::from_args(["prog", "-v", "-s", "#", "3"].iter().map(|s| s.to_string()));
    println!("{:?}", parsed);
    let bad = Config::from_args(vec!["prog".to_string(), "x1".to_string()].into_iter());
    println!("{:?}", bad);
    let missing = Config::from_args(["prog", "-s"].iter().map(ToString::to_string));
    println!("{:?}", missing.map(|c| c.rows));
}
