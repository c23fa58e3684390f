// Derives on generic types with bounds, where-clauses and lifetimes, nested
// derived types, and derived impls used through generic code.

use std::cmp::Ordering;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Point<T> {
    x: T,
    y: T,
}

#[derive(Clone, PartialEq, PartialOrd)]
enum Tree<T: Copy>
where
    T: PartialOrd,
{
    Leaf(T),
    Pair(Point<T>, Point<T>),
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Named<'a> {
    name: &'a str,
    rank: Option<u8>,
}

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Wrap<A, B> {
    First(A),
    Second(B),
    Both(A, B),
}

fn largest<T: Ord + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    let mut i = 1;
    while i < items.len() {
        best = best.max(items[i]);
        i += 1;
    }
    best
}

fn name(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "Less",
        Ordering::Equal => "Equal",
        Ordering::Greater => "Greater",
    }
}

fn main() {
    let p = Point { x: 1i64, y: -2 };
    let q = Point { x: 1i64, y: 5 };
    println!("{} {} {}", p < q, p == p.clone(), name(q.cmp(&p)));
    let z: Point<u8> = Point::default();
    println!("{} {}", z.x, z.y);
    let best = largest(&[p, q, Point { x: 0, y: 100 }]);
    println!("{} {}", best.x, best.y);

    let t1 = Tree::Leaf(1.5);
    let t2 = Tree::Pair(Point { x: 0.0, y: 1.0 }, Point { x: 0.0, y: 2.0 });
    let t3 = t2.clone();
    println!("{} {} {}", t1 < t2, t2 == t3, t2 > t3);

    let a = Named { name: "alpha", rank: Some(2) };
    let b = Named { name: "alpha", rank: None };
    let c = Named { name: "beta", rank: None };
    println!("{} {} {}", name(a.cmp(&b)), name(b.cmp(&c)), a < c);
    let top = largest(&[b, a, c]);
    println!("{}", top.name);

    let ws: [Wrap<u8, char>; 4] = [Wrap::Both(1, 'a'), Wrap::Second('z'), Wrap::First(9), Wrap::Both(1, 'b')];
    let w = largest(&ws);
    match w {
        Wrap::First(n) => println!("First {}", n),
        Wrap::Second(c) => println!("Second {}", c),
        Wrap::Both(n, c) => println!("Both {} {}", n, c),
    }
    println!("{}", Wrap::<u8, char>::First(200) < Wrap::Second('a'));
    println!("{}", Some(Point { x: 1u8, y: 1 }) < Some(Point { x: 1, y: 2 }));
}
