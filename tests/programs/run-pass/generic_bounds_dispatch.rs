// Generic functions and structs with trait bounds, default methods,
// supertraits and associated types, all statically dispatched.

trait Named {
    fn name(&self) -> &'static str;
}

trait Greeter: Named {
    fn greet(&self) -> i32 {
        println!("hello from {}", self.name());
        1
    }
}

struct English;
struct Pirate {
    parrots: u32,
}

impl Named for English {
    fn name(&self) -> &'static str {
        "english"
    }
}
impl Greeter for English {}

impl Named for Pirate {
    fn name(&self) -> &'static str {
        "pirate"
    }
}
impl Greeter for Pirate {
    fn greet(&self) -> i32 {
        println!("arr, {} parrots aboard the {}", self.parrots, self.name());
        2
    }
}

fn greet_all<A: Greeter, B: Greeter>(a: &A, b: &B) -> i32 {
    a.greet() + b.greet()
}

trait Container {
    type Item;
    fn first(&self) -> Self::Item;
    fn size(&self) -> usize;
}

struct Triple {
    values: [i64; 3],
}

impl Container for Triple {
    type Item = i64;
    fn first(&self) -> i64 {
        self.values[0]
    }
    fn size(&self) -> usize {
        3
    }
}

fn describe<C: Container>(c: &C) -> C::Item {
    println!("container of {}", c.size());
    c.first()
}

struct Wrapper<T> {
    inner: T,
}

impl<T: Copy + PartialOrd> Wrapper<T> {
    fn max_with(&self, other: T) -> T {
        if other > self.inner { other } else { self.inner }
    }
}

fn sum_all<T: Copy + std::ops::Add<Output = T>>(xs: &[T], zero: T) -> T {
    let mut acc = zero;
    for i in 0..xs.len() {
        acc = acc + xs[i];
    }
    acc
}

fn main() {
    let total = greet_all(&English, &Pirate { parrots: 3 });
    println!("total {}", total);
    let t = Triple { values: [7, 8, 9] };
    println!("first {}", describe(&t));
    let w = Wrapper { inner: 10 };
    println!("{} {}", w.max_with(4), w.max_with(40));
    let f = Wrapper { inner: 2.5 };
    println!("{}", f.max_with(1.5));
    println!("{}", sum_all(&[1, 2, 3, 4], 0));
    println!("{:.2}", sum_all(&[0.5, 0.25], 0.0));
    let a = 3.max(9);
    let b = std::cmp::max(4, 2);
    let c = std::cmp::min('a', 'z');
    println!("{} {} {}", a, b, c);
}
