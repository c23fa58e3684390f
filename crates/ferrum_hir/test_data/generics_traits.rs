// Traits with Self, associated types and consts, generic impls, where
// clauses, type-relative paths, qualified paths and trait method paths.
trait Shape {
    type Unit;
    const SIDES: u32;
    fn area(&self) -> f64;
    fn sides() -> u32 {
        Self::SIDES
    }
    fn scaled(&self, k: f64) -> f64
    where
        Self: Sized,
    {
        self.area() * k
    }
}

struct Square<T> {
    side: T,
}

impl<T: Copy + Into<f64>> Shape for Square<T> {
    type Unit = T;
    const SIDES: u32 = 4;
    fn area(&self) -> f64 {
        let s: f64 = self.side.into();
        s * s
    }
}

impl<T> Square<T> {
    fn new(side: T) -> Self {
        Square { side }
    }
    fn map<U, F: Fn(T) -> U>(self, f: F) -> Square<U> {
        Square::<U> { side: f(self.side) }
    }
}

fn total<S: Shape + ?Sized>(items: &[&S]) -> f64 {
    let mut sum = 0.0;
    for s in items {
        sum += s.area();
    }
    sum
}

fn largest<T: PartialOrd + Copy, const N: usize>(xs: [T; N]) -> T {
    let mut best = xs[0];
    let mut i = 1;
    while i < N {
        if xs[i] > best {
            best = xs[i];
        }
        i += 1;
    }
    best
}

fn main() {
    let s = Square::new(2u8);
    let a = <Square<u8> as Shape>::area(&s);
    let n = Square::<u8>::sides();
    let m = i32::MAX;
    let d = u8::from(3u8);
    let x: i64 = Default::default();
    let v = Clone::clone(&1);
    let l = largest::<i32, 3>([1, 2, 3]);
    let t: <Square<u8> as Shape>::Unit = 1;
    let b: Box<dyn Fn(i32) -> i32> = make();
}

fn make() -> impl Fn(i32) -> i32 {
    |x| x + 1
}

struct List<T> {
    value: T,
    next: Option<Box<Self>>,
}

enum Tree {
    Leaf,
    Node(Box<Self>, Box<Tree>),
}
