// Zero-sized values (unit structs, empty iterators, PhantomData) passed
// and returned between other arguments: the interpreter gives them no
// space of their own, which must never confuse them with their neighbours.
use std::marker::PhantomData;

#[derive(Debug, Clone, Copy)]
struct Unit;

trait Pass {
    fn pass(self) -> Self;
}

impl Pass for Unit {
    fn pass(self) -> Unit {
        self
    }
}

fn pair<A, B>(a: A, b: B) -> (A, B) {
    (a, b)
}

fn mixed(n: u64, u: Unit, s: String) -> (u64, Unit, String) {
    let p = pair(n, u.pass());
    (p.0, p.1, s)
}

struct Tagged<T> {
    id: u32,
    _kind: PhantomData<T>,
}

fn main() {
    println!("{:?}", mixed(7, Unit, "seven".to_string()));
    let v: Vec<i32> = std::iter::once(5).chain(std::iter::empty()).collect();
    println!("{:?}", v);
    let w: Vec<i32> = std::iter::empty().chain([1, 2]).chain(std::iter::once(3)).collect();
    println!("{:?}", w);
    let t = Tagged::<String> { id: 4, _kind: PhantomData };
    let (id, unit) = pair(t.id, Unit.pass());
    println!("{id} {:?} {}", unit, std::mem::size_of::<Tagged<String>>());
    let units: Vec<Unit> = vec![Unit; 3].into_iter().map(Pass::pass).collect();
    println!("{} {:?}", units.len(), units);
}
