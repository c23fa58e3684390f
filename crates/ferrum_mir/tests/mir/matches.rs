enum Shape {
    Circle(i32),
    Rect { w: i32, h: i32 },
    Empty,
}

fn area(s: &Shape) -> i32 {
    match s {
        Shape::Circle(r) if *r > 10 => 3 * r * r,
        Shape::Rect { w, h: 0 } => *w,
        Shape::Rect { w, h } => w * h,
        _ => 0,
    }
}

fn classify(n: i64) -> u8 {
    match n {
        i64::MIN..=-1 => 0,
        0 => 1,
        1 | 2 | 3 => 2,
        _ => 3,
    }
}

fn main() {}
