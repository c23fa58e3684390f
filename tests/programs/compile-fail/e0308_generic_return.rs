// Type mismatches between distinct type parameters and concrete types.

fn convert<T, U>(value: T) -> U {
    value //~ ERROR E0308
}

fn pick<T>(flag: bool, a: T, b: T) -> T {
    if flag { a } else { b }
}

fn first<T: Copy>(items: &[T]) -> T {
    let x: i32 = items[0]; //~ ERROR E0308
    items[0]
}

fn wrap<T>(value: T) -> Option<T> {
    Some(5) //~ ERROR E0308
}

fn main() {
    let n: i32 = convert(1u8);
    let m = pick(true, 1, "two"); //~ ERROR E0308
    println!("{} {:?} {:?}", n, first(&[1]), wrap(2));
}
