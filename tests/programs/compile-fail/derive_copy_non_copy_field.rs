// Deriving `Copy` on a type with a field that is not `Copy` is E0204,
// reported on the type's name (for structs and enums alike); a generic
// type is fine, its impl is bounded by `T: Copy`.

#[derive(Clone)]
struct Handle(u32);

#[derive(Clone, Copy)]
struct Pair { //~ ERROR E0204
    a: u32,
    h: Handle,
}

#[derive(Clone, Copy)]
enum Slot { //~ ERROR E0204
    Empty,
    Full(Handle),
}

#[derive(Clone, Copy)]
struct Generic<T>(T);

fn main() {
    let g = Generic(1u8);
    let h = g;
    println!("{} {}", g.0, h.0);
    let _ = Pair { a: 1, h: Handle(2) };
    let _ = Slot::Empty;
}
