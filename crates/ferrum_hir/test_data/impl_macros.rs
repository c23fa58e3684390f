// Macro calls inside impl and trait bodies expand into associated items.
macro_rules! getters {
    ($($name:ident: $ty:ty),*) => {
        $(pub fn $name(&self) -> $ty { self.$name })*
    };
}

macro_rules! answer {
    () => {
        const ANSWER: i32 = 42;
        fn answer() -> i32 { Self::ANSWER }
    };
}

struct P {
    x: i32,
    y: u8,
}

impl P {
    getters!(x: i32, y: u8);
    answer!();
}

trait T {
    answer!();
}

fn main() {
    let p = P { x: 1, y: 2 };
    let s = p.x() + p.y() as i32 + P::answer();
}
