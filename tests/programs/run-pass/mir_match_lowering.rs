// MIR lowering of matches: enums, ranges, or-patterns, guards, bindings, slices, let-else.
#[derive(Clone, Copy)]
enum Shape { Circle(i32), Rect { w: i32, h: i32 }, Empty }

struct P { x: i32, y: i32 }

fn area(s: Shape) -> i32 {
    match s {
        Shape::Circle(r) if r > 10 => 3 * r * r + 1,
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h: 0 } => w,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn classify(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1000 => "very negative",
        -999..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "tiny",
        x if x % 2 == 0 && x < 100 => "small even",
        4..=99 => "small odd",
        _ => "large",
    }
}

fn tuple_match(t: (i32, bool, char)) -> i32 {
    match t {
        (0, true, _) => 1,
        (0, false, 'a'..='z') => 2,
        (x, _, 'q') | (x, true, 'a'..='c') if x > 5 => { x + 100 }
        (1, ..) => 4,
        _ => 5,
    }
}

fn refs(p: &P) -> i32 {
    match p {
        P { x: 0, y } => *y,
        &P { x, y: 1 } => x,
        P { x, .. } => *x * 10,
    }
}

fn arrays(a: [i32; 4]) -> i32 {
    match a {
        [0, ..] => 0,
        [x, 1, ..] => x,
        [first, .., last] => first + last,
    }
}

fn slices(s: &[i32]) -> i32 {
    match s {
        [] => -1,
        [x] => *x,
        [a, b] => a + b,
        [a, rest @ .., z] => a * z + rest[0],
    }
}

fn opt(o: Option<Option<i32>>) -> i32 {
    match o {
        Some(Some(x @ 1..=5)) => x,
        Some(Some(x)) => x * 2,
        Some(None) => -1,
        None => -2,
    }
}

fn main() {
    println!("{} {} {} {} {}", area(Shape::Circle(2)), area(Shape::Circle(11)), area(Shape::Rect { w: 3, h: 0 }), area(Shape::Rect { w: 3, h: 4 }), area(Shape::Empty));
    let ns = [-5000i64, -3, 0, 2, 8, 9, 250];
    let mut i = 0;
    while i < 7 { print!("{} ", classify(ns[i])); i += 1; }
    println!();
    println!("{} {} {} {} {} {}", tuple_match((0, true, 'x')), tuple_match((0, false, 'm')), tuple_match((7, false, 'q')), tuple_match((9, true, 'b')), tuple_match((1, false, 'Z')), tuple_match((2, false, 'Z')));
    println!("{} {} {}", refs(&P { x: 0, y: 7 }), refs(&P { x: 5, y: 1 }), refs(&P { x: 4, y: 4 }));
    println!("{} {} {}", arrays([0, 1, 2, 3]), arrays([5, 1, 2, 3]), arrays([5, 2, 2, 3]));
    println!("{} {} {} {}", slices(&[]), slices(&[4]), slices(&[4, 5]), slices(&[2, 9, 8, 3]));
    println!("{} {} {} {}", opt(Some(Some(3))), opt(Some(Some(30))), opt(Some(None)), opt(None));
    let v = Some(5);
    if let Some(x) = v { if x > 3 { println!("big {}", x); } else { println!("small"); } }
    let Some(y) = v else { return; };
    println!("y={}", y);
    let (a, (b, c)) = (1, (2, 3));
    println!("{}", a + b + c);
}
