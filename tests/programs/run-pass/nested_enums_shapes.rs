// Nested enums with data: shapes with colours and transforms, matched in depth.

enum Color {
    Rgb(u8, u8, u8),
    Gray(u8),
    Named(NamedColor),
}

enum NamedColor {
    Red,
    Green,
    Blue,
}

enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
}

enum Item {
    Plain(Shape),
    Painted(Shape, Color),
    Scaled(Shape, f64),
    Group(u32),
}

fn sqrt(v: f64) -> f64 {
    let mut x = v;
    let mut i = 0;
    while i < 50 {
        x = 0.5 * (x + v / x);
        i += 1;
    }
    x
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.141592653589793 * *r * *r,
            Shape::Rect { w, h } => *w * *h,
            Shape::Triangle(a, b, c) => {
                let (a, b, c) = (*a, *b, *c);
                let s = (a + b + c) / 2.0;
                sqrt(s * (s - a) * (s - b) * (s - c))
            }
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Shape::Circle { .. } => "circle",
            Shape::Rect { w, h } if *w == *h => "square",
            Shape::Rect { .. } => "rectangle",
            Shape::Triangle(a, b, c) if *a == *b && *b == *c => "equilateral triangle",
            Shape::Triangle(..) => "triangle",
        }
    }
}

fn color_hex(c: &Color) -> u32 {
    match c {
        Color::Rgb(r, g, b) => ((*r as u32) << 16) | ((*g as u32) << 8) | *b as u32,
        Color::Gray(v) => {
            let v = *v as u32;
            (v << 16) | (v << 8) | v
        }
        Color::Named(NamedColor::Red) => 0xFF0000,
        Color::Named(NamedColor::Green) => 0x00FF00,
        Color::Named(NamedColor::Blue) => 0x0000FF,
    }
}

fn describe(item: &Item) {
    match item {
        Item::Plain(s) => println!("plain {} with area {:.3}", s.name(), s.area()),
        Item::Painted(s, Color::Named(NamedColor::Red)) => println!("a red {}!", s.name()),
        Item::Painted(s, c @ Color::Gray(0..=50)) => println!("dark {} #{:06x}", s.name(), color_hex(c)),
        Item::Painted(s, c) => println!("{} painted #{:06X} area {:.2}", s.name(), color_hex(c), s.area()),
        Item::Scaled(Shape::Circle { r }, k) => println!("circle radius {} scaled to {}", r, *r * *k),
        Item::Scaled(s, k) if *k > 1.0 => println!("enlarged {} area {:.3}", s.name(), s.area() * *k * *k),
        Item::Scaled(s, k) => println!("shrunk {} area {:.3}", s.name(), s.area() * *k * *k),
        Item::Group(0) => println!("empty group"),
        Item::Group(n) => println!("group of {}", n),
    }
}

fn main() {
    let items = [
        Item::Plain(Shape::Circle { r: 1.0 }),
        Item::Plain(Shape::Rect { w: 2.0, h: 2.0 }),
        Item::Plain(Shape::Triangle(3.0, 4.0, 5.0)),
        Item::Painted(Shape::Rect { w: 1.0, h: 3.0 }, Color::Named(NamedColor::Red)),
        Item::Painted(Shape::Triangle(2.0, 2.0, 2.0), Color::Gray(40)),
        Item::Painted(Shape::Circle { r: 0.5 }, Color::Rgb(18, 52, 86)),
        Item::Painted(Shape::Circle { r: 0.5 }, Color::Named(NamedColor::Blue)),
        Item::Scaled(Shape::Circle { r: 2.0 }, 1.5),
        Item::Scaled(Shape::Rect { w: 1.0, h: 2.0 }, 3.0),
        Item::Scaled(Shape::Triangle(3.0, 4.0, 5.0), 0.5),
        Item::Group(0),
        Item::Group(7),
    ];
    let mut total = 0.0;
    for i in 0..items.len() {
        describe(&items[i]);
        if let Item::Plain(s) | Item::Painted(s, _) = &items[i] {
            total += s.area();
        }
    }
    println!("total plain+painted area: {:.4}", total);
    println!("{:06x}", color_hex(&Color::Named(NamedColor::Green)));
}
