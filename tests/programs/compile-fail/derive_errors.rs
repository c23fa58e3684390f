// Errors of the built-in derives, with rustc's messages: unknown derive
// names, traits that cannot be derived for unions, `Default` on enums
// without a (unit) `#[default]` variant, and derive on a function.

#[derive(Clone, Frobnicate)] //~ ERROR cannot find derive macro
struct Widget;

#[derive(Clone, Copy, PartialEq)] //~ ERROR this trait cannot be derived for unions
union Bits {
    word: u32,
    bytes: u8,
}

#[derive(Default)] //~ ERROR E0665
enum Color {
    Red,
    Green,
}

#[derive(Default)]
enum Shape {
    #[default]
    Point(i32), //~ ERROR the `#[default]` attribute may only be used on unit enum variants
    Empty,
}

#[derive(Clone)] //~ ERROR E0774
fn helper() {}

fn main() {
    let _ = Widget;
    let _ = Color::Red;
    let _ = Shape::Empty;
    helper();
}
