// macro_rules!: rules in order, repetitions, recursion, hygiene, and
// expansion in expression, statement, item, pattern and type position.
macro_rules! square {
    ($e:expr) => {
        $e * $e
    };
}

macro_rules! max {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = max!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! make_fn {
    ($name:ident, $value:expr) => {
        fn $name() -> i32 {
            $value
        }
    };
}

macro_rules! declare {
    ($v:ident = $e:expr) => {
        let $v = $e;
    };
}

macro_rules! hygienic {
    ($e:expr) => {{
        let x = 100;
        $e + x
    }};
}

macro_rules! zero_pat {
    () => { 0 };
}

macro_rules! int_ty {
    () => { i64 };
}

macro_rules! forever {
    () => { forever!() };
}

make_fn!(seven, 7);

fn main() {
    let x = 1;
    let a = square!(x + 1);
    let b = max!(1, 2, 3);
    declare!(c = a + b);
    let d = hygienic!(x);
    let e: int_ty!() = 5;
    match c {
        zero_pat!() => {}
        _ => {}
    }
    println!("{} {} {} {} {}", a, b, c, d, seven());
    forever!();
    undefined_macro!(1);
    max!();
}
