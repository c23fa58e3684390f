// Nested enum patterns that miss an inner variant.

enum Light {
    Red,
    Green,
}

enum Signal {
    Off,
    On(Light),
}

fn action(s: Signal) -> u8 {
    match s { //~ ERROR E0004
        Signal::Off => 0,
        Signal::On(Light::Red) => 1,
    }
}

fn main() {
    println!("{}", action(Signal::On(Light::Green)));
}
