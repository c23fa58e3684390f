// Closures: capture by reference, by mutable reference and by value,
// Fn/FnMut/FnOnce bounds, function items and pointers where closures are
// expected, nested closures, and drops of moved captures.

struct Token {
    id: u32,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(mut f: F)
where
    F: FnMut(i32),
{
    f(1);
    f(2);
}

fn consume<F: FnOnce() -> u32>(f: F) -> u32 {
    f()
}

fn by_ref<F: Fn() -> i32>(f: &F) -> i32 {
    f() + f()
}

fn triple(x: i32) -> i32 {
    x * 3
}

struct Counter<F: FnMut() -> u32> {
    next: F,
}

impl<F: FnMut() -> u32> Counter<F> {
    fn take3(&mut self) -> (u32, u32, u32) {
        let a = (self.next)();
        let b = (self.next)();
        let c = (self.next)();
        (a, b, c)
    }
}

fn main() {
    let offset = 10;
    let add = |x| x + offset;
    println!("add: {} {}", add(1), apply(add, 5));
    println!("square: {}", apply(|x: i32| x * x, 9));
    println!("fn item: {}", apply(triple, 7));
    let fp: fn(i32) -> i32 = triple;
    println!("fn pointer: {}", apply(fp, 8));

    let mut sum = 0;
    apply_twice(|v| sum += v * 10);
    println!("sum: {}", sum);

    let mut calls = 0;
    let mut bump = || {
        calls += 1;
        calls
    };
    bump();
    bump();
    println!("bump: {}", bump());
    println!("calls: {}", calls);

    let token = Token { id: 1 };
    let eat = move || {
        let t = token;
        t.id + 100
    };
    println!("before consume");
    println!("consumed: {}", consume(eat));
    println!("after consume");

    let kept = Token { id: 2 };
    let look = || kept.id * 2;
    println!("look: {} {}", look(), by_ref(&|| 21));
    println!("kept still usable: {}", kept.id);

    let base = 1000;
    let outer = |a: i32| {
        let inner = |b: i32| a + b + base;
        inner(1) + inner(2)
    };
    println!("nested: {}", outer(5));

    let mut n = 0;
    let mut counter = Counter {
        next: || {
            n += 1;
            n * n
        },
    };
    println!("counter: {:?}", counter.take3());

    let moved = Token { id: 3 };
    let holder = move || moved.id;
    println!("holder: {}", holder());
    println!("end of main");
}
