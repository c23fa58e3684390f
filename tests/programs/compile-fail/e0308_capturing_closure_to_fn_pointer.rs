// Closures that capture variables cannot become function pointers.

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let offset = 10;
    let add: fn(i32) -> i32 = |x| x + offset; //~ ERROR E0308
    let scale = 3;
    println!("{}", apply(|x| x * scale, 2)); //~ ERROR E0308
    let names = vec![String::from("a")];
    let count: fn() -> usize = move || names.len(); //~ ERROR E0308
    println!("{} {}", add(1), count());
}
