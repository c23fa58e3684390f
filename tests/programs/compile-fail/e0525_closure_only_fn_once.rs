// Closures that move out of a capture only implement `FnOnce`.

fn call_twice<F: Fn() -> String>(f: F) -> String {
    f() + &f()
}

fn repeat<F>(mut f: F, n: usize)
where
    F: FnMut() -> usize,
{
    for _ in 0..n {
        f();
    }
}

fn greet() {
    let greeting = String::from("hello");
    let consume = move || greeting; //~ ERROR E0525
    println!("{}", call_twice(consume));
}

fn count() {
    let items = vec![1, 2, 3];
    let take = || { //~ ERROR E0525
        let owned = items;
        owned.len()
    };
    repeat(take, 2);
}

fn tally() {
    let mut total = 0;
    let add = |x: i32| total += x; //~ ERROR E0525
    run_each(&[1, 2], add);
}

fn run_each<F: Fn(i32)>(items: &[i32], f: F) {
    for &i in items {
        f(i);
    }
}

fn main() {
    greet();
    count();
    tally();
}
