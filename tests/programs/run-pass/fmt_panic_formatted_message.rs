// A panic message formatted by the library, with a `#[track_caller]`
// location: the message goes to stderr in rustc's format, exit code 101.
#[derive(Debug)]
struct Config {
    retries: u8,
    name: &'static str,
}

#[track_caller]
fn check(c: &Config) {
    if c.retries > 3 {
        panic!("too many retries for {:?}: {} > {}", c, c.retries, 3);
    }
}

fn main() {
    let ok = Config { retries: 1, name: "a" };
    check(&ok);
    println!("first ok: {}", ok.name);
    let bad = Config { retries: 9, name: "b" };
    check(&bad);
    println!("unreachable");
}
