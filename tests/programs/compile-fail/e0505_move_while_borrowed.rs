// A value cannot be moved while a borrow of it (or of a field) is in use.

struct Config {
    name: [u8; 4],
    level: u8,
}

fn consume(c: Config) -> u8 {
    c.level
}

fn main() {
    let cfg = Config { name: [b'a'; 4], level: 2 };
    let name = &cfg.name;
    let level = consume(cfg); //~ ERROR E0505
    println!("{} {}", name[0], level);
}
