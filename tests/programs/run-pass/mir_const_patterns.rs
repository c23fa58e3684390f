// Const items of aggregate type as patterns: structs, tuples, enums with data, arrays.
#[derive(PartialEq, Eq, Clone, Copy)]
struct P { x: i32, y: i32 }
#[derive(PartialEq, Eq, Clone, Copy)]
enum Dir { N, E, Step(i32, i32) }

const ORIGIN: P = P { x: 0, y: 0 };
const UNIT: (i32, bool) = (1, true);
const NORTH: Dir = Dir::N;
const DIAG: Dir = Dir::Step(1, 1);
const ROW: [u8; 3] = [1, 2, 3];

fn f(p: P) -> i32 { match p { ORIGIN => 0, P { x: 0, .. } => 1, _ => 2 } }
fn g(t: (i32, bool)) -> i32 { match t { UNIT => 10, (1, false) => 11, _ => 12 } }
fn h(d: Dir) -> i32 { match d { NORTH => 20, DIAG => 21, Dir::Step(_, y) => y, _ => 23 } }
fn r(a: [u8; 3]) -> i32 { match a { ROW => 30, [1, ..] => 31, _ => 32 } }

fn main() {
    println!("{} {} {}", f(P { x: 0, y: 0 }), f(P { x: 0, y: 5 }), f(P { x: 3, y: 0 }));
    println!("{} {} {}", g((1, true)), g((1, false)), g((2, true)));
    println!("{} {} {} {}", h(Dir::N), h(Dir::Step(1, 1)), h(Dir::Step(1, 7)), h(Dir::E));
    println!("{} {} {}", r([1, 2, 3]), r([1, 9, 9]), r([0, 0, 0]));
}
