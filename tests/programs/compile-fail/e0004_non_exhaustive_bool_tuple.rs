// A match over a pair of booleans that misses a combination.

fn describe(raining: bool, cold: bool) -> &'static str {
    match (raining, cold) { //~ ERROR E0004
        (true, true) => "stay in",
        (true, false) => "umbrella",
        (false, true) => "coat",
    }
}

fn main() {
    println!("{}", describe(false, false));
}
