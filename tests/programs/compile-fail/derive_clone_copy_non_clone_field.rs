// `#[derive(Clone, Copy)]` on a type without type parameters clones by
// copying, but like rustc (`AssertParamIsClone`) every field must still be
// `Clone`; the field is not `Copy` either (E0204).

struct Token;

#[derive(Clone, Copy)]
struct Pair { //~ ERROR E0204
    token: Token, //~ ERROR E0277
    n: u8,
}

fn main() {
    let _ = Pair { token: Token, n: 1 };
}
