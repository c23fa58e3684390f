// Resolution errors with rustc's codes and wording.
mod m {
    fn private() {}
    pub struct S;
    struct P;
    pub fn f() {}
}
struct Named {
    a: i32,
}
enum E {
    A,
    B(i32),
}
const C: i32 = 1;
fn main() {
    let x = y;
    foo();
    Foo::bar();
    foo::bar();
    m::private();
    m::g();
    let t: T = 1;
    let s = Named;
    let q = m::P;
    let n = m;
    match 1 {
        Bar(z) => {}
        _ => {}
    }
    let Baz { a } = 1;
    match E::A {
        E::C => {}
        Q => {}
    }
    let (w, w) = (1, 2);
    break;
    'a: loop {
        break 'b;
    }
    let v = 1;
    fn inner() -> i32 {
        v
    }
    let _ = m::nope::x();
    let e = E::B;
    match 1 {
        1 | v2 => {}
        _ => {}
    }
    let c = || break;
    continue;
    m::S;
    let k = C;
}
fn dup() {}
fn dup() {}
