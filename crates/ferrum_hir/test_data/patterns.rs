// Patterns: bindings, consts and unit variants as paths, or-patterns with
// shared bindings, tuple-struct rest, slices, ranges, refs, let-else.
const ZERO: i32 = 0;
struct Unit;
struct Pair(i32, i32, i32, i32);
enum Shape {
    Circle { r: i32 },
    Square(i32),
    Empty,
}
use Shape::*;

fn classify(s: &Shape) -> i32 {
    match s {
        Circle { r } if *r > 10 => 1,
        Circle { r: radius } => *radius,
        Square(n) | &Shape::Circle { r: n } => *n,
        Empty => 0,
    }
}

fn main() {
    let x = 5;
    match x {
        ZERO => {}
        1..=9 | -3 => {}
        i32::MIN..=-4 => {}
        ref mut other @ 10.. => {}
        _ => {}
    }
    let Pair(a, .., d) = Pair(1, 2, 3, 4);
    let Pair(.., last) = Pair(1, 2, 3, 4);
    let arr = [1, 2, 3, 4, 5];
    match arr {
        [first, middle @ .., 5] => {}
        [..] => {}
    }
    let u = Unit;
    let Unit = u;
    let (p, mut q) = (1, 2);
    q += p;
    let Some(v) = Some(3) else { return };
    if let Some(w) = Some(v) && w > 1 {
        println!("{w}");
    }
    while let Some(k) = None::<i32> {
        let _ = k;
    }
    let t = &(1, 2);
    let &(m, n) = t;
    let (a, b);
    (a, b) = (b, a);
    let Circle { r, .. } = Circle { r: 1 } else { panic!() };
}
