// Using `=` instead of `:` for a field in a struct literal.

struct Config {
    verbose: bool,
    level: u8,
}

fn main() {
    let c = Config { verbose = true, level: 3 }; //~ ERROR expected
    if c.verbose {
        println!("level {}", c.level);
    }
}
