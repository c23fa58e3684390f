// A mix of features that rustc accepts: module paths, re-exports, Self
// variants, trait default methods, tt-muncher macros, macro-made items,
// statement macros, items in blocks, labelled blocks, format specs.
mod a {
    pub mod b {
        pub(crate) fn deep() -> i32 { super::super::top() + super::mid() }
        pub mod c {
            pub fn deeper() -> i32 { crate::a::b::deep() + self::helper() }
            fn helper() -> i32 { 1 }
        }
    }
    pub(super) fn mid() -> i32 { 2 }
    pub use self::b::c::deeper;
    pub use b::*;
}
fn top() -> i32 { 3 }
use a::deeper as dd;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op { Add, Sub, Lit(i64), Neg { inner: i64 } }

impl Op {
    const ZERO: Op = Op::Lit(0);
    fn eval(self) -> i64 {
        match self {
            Self::Add => 1,
            Op::Sub => -1,
            Self::Lit(n) | Self::Neg { inner: n } => n,
        }
    }
    fn is_zero(&self) -> bool { matches!(*self, Self::ZERO) }
}

trait Visitor {
    type Out;
    fn visit(&mut self, op: Op) -> Self::Out;
    fn visit_all(&mut self, ops: &[Op]) -> Option<Self::Out> {
        let mut last = None;
        for &op in ops { last = Some(self.visit(op)); }
        last
    }
}

struct Summer { total: i64 }
impl Visitor for Summer {
    type Out = i64;
    fn visit(&mut self, op: Op) -> i64 { self.total += op.eval(); self.total }
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! make_struct {
    ($name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Debug)]
        struct $name { $($field: $ty),* }
        impl $name {
            fn fields() -> usize { count!($($field)*) }
        }
    };
}

make_struct!(Point3 { x: i32, y: i32, z: i32, });

macro_rules! swap_vars {
    ($a:ident, $b:ident) => { let tmp = $a; $a = $b; $b = tmp; };
}

fn generic<T: Copy, const N: usize>(xs: [T; N]) -> T where T: PartialOrd { xs[N - 1] }

fn main() {
    let tmp = 5;
    let mut p = 1;
    let mut q = 2;
    swap_vars!(p, q);
    println!("{} {} {}", p, q, tmp);
    println!("{}", dd() + a::deep() + count!(a b c) as i32);
    let pt = Point3 { x: 1, y: 2, z: 3 };
    println!("{:?} {}", pt, Point3::fields());
    let mut s = Summer { total: 0 };
    let r = s.visit_all(&[Op::Add, Op::Lit(5), Op::Neg { inner: 2 }]);
    println!("{:?} {}", r, Op::ZERO.is_zero());
    fn local_helper(x: i32) -> i32 { struct Inner(i32); impl Inner { fn get(&self) -> i32 { self.0 } } Inner(x).get() }
    println!("{}", local_helper(7));
    let v = 'found: {
        for i in 0..10 { if i * i > 20 { break 'found i; } }
        -1
    };
    let add = |a: i32, b: i32| a + b;
    let r = (1..=3).start();
    println!("{} {} {} {}", v, add(1, 2), generic([1, 2, 3]), r);
    let t = (1, (2, 3));
    let (x, (y, z)) = t;
    let arr = [1, 2, 3, 4];
    if let [first, .., last] = arr { println!("{first} {last} {x} {y} {z}"); }
    let n: Option<u8> = None;
    let w = n.unwrap_or(u8::MAX);
    println!("{w:>5}|{w:<5}|{w:^5}|{w:05}|{:+}|{:#x}|{:#b}", 3, 255, 5);
}
