// #[derive(Default)] on structs (named, tuple, unit), generic structs,
// nested derived types, and enums with a `#[default]` unit variant.

#[derive(Default)]
struct Config {
    verbose: bool,
    level: u8,
    ratio: f64,
    letter: char,
    inner: Inner,
}

#[derive(Default, Clone, PartialEq)]
struct Inner(i32, u64);

#[derive(Default)]
struct Marker;

#[derive(Default)]
struct Holder<T> {
    value: T,
    count: usize,
}

#[derive(Default, PartialEq, Clone, Copy)]
enum Mode {
    Fast,
    #[default]
    Balanced,
    Slow,
}

struct Seven(u8);

impl Default for Seven {
    fn default() -> Seven {
        Seven(7)
    }
}

fn main() {
    let c = Config::default();
    println!("{} {} {} {} {} {}", c.verbose, c.level, c.ratio, c.letter == '\0', c.inner.0, c.inner.1);
    let _m: Marker = Default::default();
    let h: Holder<Seven> = Holder::default();
    println!("{} {}", h.value.0, h.count);
    let o: Holder<Option<i32>> = Default::default();
    println!("{}", o.value.is_none());
    let mode = Mode::default();
    println!("{}", mode == Mode::Balanced);
    println!("{}", mode == Mode::Fast || mode == Mode::Slow);
    println!("{}", Inner::default() == Inner(0, 0));
}
