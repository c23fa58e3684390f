// Passing arguments of the wrong types to a function.

struct Rect {
    w: u32,
    h: u32,
}

fn area(r: &Rect) -> u32 {
    r.w * r.h
}

fn scale(r: &Rect, k: u32) -> Rect {
    Rect { w: r.w * k, h: r.h * k }
}

fn main() {
    let r = Rect { w: 3, h: 4 };
    let big = scale(&r, 2.5); //~ ERROR E0308
    println!("{}", area(big)); //~ ERROR E0308
}
