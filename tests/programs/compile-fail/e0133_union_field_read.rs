// Reading a union field, directly or through a pattern, needs unsafe;
// writing one does not.
union Bits {
    int: u32,
    float: f32,
}

fn main() {
    let mut b = Bits { float: 1.0 };
    b.int = 3;
    let x = b.int; //~ ERROR E0133
    let Bits { float } = b; //~ ERROR E0133
    println!("{x} {float}");
}
