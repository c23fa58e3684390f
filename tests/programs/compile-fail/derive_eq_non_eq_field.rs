// A derived `Eq` needs every field to be `Eq` (rustc checks it with the
// hidden `AssertParamIsEq` in the generated impl): floats are not.

#[derive(PartialEq, Eq)]
struct Sample {
    id: u32,
    value: f64, //~ ERROR E0277
}

#[derive(PartialEq, Eq)]
enum Reading {
    Missing,
    Value(f32), //~ ERROR E0277
}

#[derive(PartialEq, Eq)]
struct Generic<T>(T);

fn main() {
    let _ = Sample { id: 1, value: 2.0 };
    let _ = Reading::Missing;
    let _ = Generic(1) == Generic(1);
}
