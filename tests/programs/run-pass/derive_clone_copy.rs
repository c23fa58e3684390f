// #[derive(Clone)] and #[derive(Clone, Copy)] on structs (named, tuple,
// unit), enums (unit, tuple and struct variants) and generic types.
// A derived Clone of a Copy type without type parameters copies the value
// (the fields' `clone` is not called); with type parameters it clones
// field by field.

struct Noisy(u8);

impl Copy for Noisy {}

impl Clone for Noisy {
    fn clone(&self) -> Noisy {
        println!("Noisy::clone({})", self.0);
        Noisy(self.0 + 100)
    }
}

#[derive(Clone)]
struct Named {
    id: u32,
    noisy: Noisy,
}

#[derive(Clone, Copy)]
struct CopyNamed {
    id: u32,
    noisy: Noisy,
}

#[derive(Clone, Copy)]
struct Wrapper<T>(T, u8);

#[derive(Clone)]
struct Unit;

#[derive(Clone)]
enum Shape {
    Empty,
    Circle(u32),
    Rect { w: u32, h: u32 },
    Tagged(Noisy, bool),
}

#[derive(Clone, Copy)]
enum Dir {
    North,
    South,
}

fn describe(s: &Shape) -> u32 {
    match s {
        Shape::Empty => 0,
        Shape::Circle(r) => *r,
        Shape::Rect { w, h } => w * h,
        Shape::Tagged(n, b) => n.0 as u32 + if *b { 1000 } else { 0 },
    }
}

fn main() {
    let a = Named { id: 1, noisy: Noisy(2) };
    let b = a.clone();
    println!("{} {}", b.id, b.noisy.0);

    let c = CopyNamed { id: 3, noisy: Noisy(4) };
    let d = c.clone();
    let e = c;
    println!("{} {} {}", d.noisy.0, e.id, c.id);

    let w = Wrapper(Noisy(5), 6);
    let w2 = w.clone();
    let w3 = w;
    println!("{} {} {}", w2.0 .0, w2.1, w3.0 .0);

    let _u = Unit.clone();

    let shapes = [Shape::Empty, Shape::Circle(7), Shape::Rect { w: 2, h: 3 }, Shape::Tagged(Noisy(9), true)];
    let mut i = 0;
    while i < shapes.len() {
        let s = shapes[i].clone();
        println!("{}", describe(&s));
        i += 1;
    }

    let dir = Dir::South;
    let moved = dir;
    let again = dir.clone();
    match (moved, again) {
        (Dir::South, Dir::South) => println!("south twice"),
        _ => println!("other"),
    }
    let _ = Dir::North;
}
