// Non-capturing closures coerce to function pointers.

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn double(x: i32) -> i32 {
    x * 2
}

fn compose_all(fs: &[fn(i32) -> i32], x: i32) -> i32 {
    fs.iter().fold(x, |acc, f| f(acc))
}

struct Op {
    name: &'static str,
    run: fn(i64, i64) -> i64,
}

fn pick(add: bool) -> fn(i32) -> i32 {
    if add {
        |x| x + 100
    } else {
        double
    }
}

fn counter_for<T: Default + std::fmt::Debug>() -> fn(usize) -> String {
    |n| format!("{} x {:?}", n, T::default())
}

fn sort_with(mut v: Vec<i32>, cmp: fn(&i32, &i32) -> std::cmp::Ordering) -> Vec<i32> {
    v.sort_by(cmp);
    v
}

fn main() {
    let inc: fn(i32) -> i32 = |x| x + 1;
    println!("inc(4) = {}", inc(4));
    println!("apply closure: {}", apply(|x| x * x, 7));
    println!("apply fn item: {}", apply(double, 7));
    let table = [double, |x| x - 3, inc];
    for (i, f) in table.iter().enumerate() {
        println!("table[{}](10) = {}", i, f(10));
    }
    let mut pipeline: Vec<fn(i32) -> i32> = Vec::new();
    pipeline.push(|x| x + 5);
    pipeline.push(double);
    pipeline.push(|x: i32| -> i32 { x % 7 });
    println!("pipeline(3) = {}", compose_all(&pipeline, 3));
    let ops = [
        Op { name: "add", run: |a, b| a + b },
        Op { name: "mul", run: |a, b| a * b },
        Op { name: "max", run: |a, b| if a > b { a } else { b } },
    ];
    for op in &ops {
        println!("{}(6, 9) = {}", op.name, (op.run)(6, 9));
    }
    println!("pick(true)(1) = {}", pick(true)(1));
    println!("pick(false)(1) = {}", pick(false)(1));
    let unit: fn() = || println!("no arguments, no captures");
    unit();
    let shout: fn(&str) -> String = |s| s.to_uppercase();
    println!("{}", shout("quiet"));
    println!("{}", counter_for::<u8>()(3));
    println!("{}", counter_for::<String>()(2));
    println!("{:?}", sort_with(vec![3, 1, 2], |a, b| b.cmp(a)));
    let nested = |k: i32| {
        let g: fn(i32) -> i32 = |y| y * 10;
        g(k) + 1
    };
    println!("nested: {}", nested(4));
    let opt: Option<fn(u8) -> bool> = Some(|b| b.is_ascii_digit());
    if let Some(check) = opt {
        println!("is digit: {} {}", check(b'7'), check(b'x'));
    }
}
