// Derives on types made by macro_rules! (hygiene-marked names), on items
// inside function bodies, on empty enums, and on fields named like the
// generated code's locals (`other`, `state`).

macro_rules! make {
    ($name:ident, $t:ty) => {
        #[derive(Clone, Copy, PartialEq, PartialOrd, Default)]
        struct $name<T> { a: $t, b: T }
    };
}
make!(M, u8);
macro_rules! inner {
    () => {
        #[derive(PartialEq, Clone)]
        enum Local { X(u8), Y }
        fn check() -> bool { Local::X(1) == Local::X(1).clone() && Local::Y != Local::X(0) }
    };
}
inner!();
fn main() {
    #[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Hash)]
    enum InFn { A(i32), B }
    println!("{}", InFn::A(3) < InFn::B);
    let m = M { a: 1, b: 2.5 };
    println!("{} {}", m == m.clone(), m < M { a: 1, b: 3.0 });
    let d: M<i32> = M::default();
    println!("{} {}", d.a, d.b);
    println!("{}", check());
    struct NotEq;
    #[derive(PartialEq)]
    struct Other { other: u8, state: u8, self_: u8 }
    println!("{}", Other { other: 1, state: 2, self_: 3 } == Other { other: 1, state: 2, self_: 3 });
    #[derive(Clone, Copy, PartialEq)]
    enum Empty {}
    #[derive(Clone, PartialEq, Default)]
    struct Dbg { kind: u8 }
    println!("{}", Dbg { kind: 4 }.clone().kind);
}
