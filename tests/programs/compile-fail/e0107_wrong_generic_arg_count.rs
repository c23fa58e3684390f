// Types and functions given the wrong number of generic arguments.

struct Pair<A, B> {
    a: A,
    b: B,
}

struct Wrapper<T>(T);

fn make<T: Default>() -> T {
    T::default()
}

fn main() {
    let p: Pair<i32> = Pair { a: 1, b: 2 }; //~ ERROR E0107
    let w: Wrapper<i32, i32> = Wrapper(3); //~ ERROR E0107
    let o: Option<i32, bool> = None; //~ ERROR E0107
    let n = make::<i32, u8>(); //~ ERROR E0107
    println!("{}", n);
}
