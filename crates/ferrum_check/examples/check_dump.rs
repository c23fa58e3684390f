//! Debugging aid: prints the MIR of a program's user functions and what
//! the checker reports on it, even when it reports errors (the driver
//! stops before `--emit mir` then).
//!
//!     cargo run --release -p ferrum_check --example check_dump -- FILE.rs

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check_dump FILE.rs");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("readable file");
    let checked = common::check(&path, &text);
    if let Some(mir) = &checked.mir {
        print!("{mir}");
    }
    eprint!("{}{}", checked.earlier_rendered(), checked.rendered());
}
