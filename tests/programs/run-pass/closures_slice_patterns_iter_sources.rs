use std::cmp::Reverse;
use std::collections::HashMap;
use std::iter;

fn make_counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn adder(k: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + k)
}

fn apply_all(fs: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn classify(v: &[i32]) -> String {
    match v {
        [] => "empty".into(),
        [x] => format!("one({})", x),
        [first, .., last] if first == last => format!("bookends({})", first),
        [first, rest @ ..] => format!("first {} then {} more (sum {})", first, rest.len(), rest.iter().sum::<i32>()),
    }
}

fn describe(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        x @ 1..=9 if x % 2 == 0 => "small even",
        1..=9 => "small odd",
        10 | 20 | 30 => "round",
        _ => "big",
    }
}

fn main() {
    let mut c = make_counter();
    let counts: Vec<u32> = (0..4).map(|_| c()).collect();
    println!("{:?}", counts);
    let f = compose(|x: i32| x * 2, |y: i32| format!("<{}>", y));
    println!("{} {}", f(4), f(-1));
    let fs = vec![adder(1), adder(10), Box::new(|x: i32| x * x) as Box<dyn Fn(i32) -> i32>];
    println!("{:?}", apply_all(&fs, 7));
    let mut log = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("a");
    record("b");
    println!("{:?}", log);
    let consume = move || log.len();
    println!("{}", consume());

    for v in [&[][..], &[5], &[1, 2, 1], &[3, 4, 5, 6]] {
        println!("{}", classify(v));
    }
    for n in [-5, 0, 4, 7, 20, 99] {
        print!("{} ", describe(n));
    }
    println!();

    let powers: Vec<u64> = iter::successors(Some(1u64), |&x| x.checked_mul(10)).take(25).collect();
    println!("{} powers, last {}", powers.len(), powers.last().unwrap());
    let mut state = (0u32, 1u32);
    let fib: Vec<u32> = iter::from_fn(|| {
        let r = state.0;
        state = (state.1, state.0 + state.1);
        Some(r)
    })
    .take_while(|&x| x < 100)
    .collect();
    println!("{:?}", fib);
    let mut k = 0;
    let squares: Vec<i32> = iter::repeat_with(|| { k += 1; k * k }).take(5).collect();
    println!("{:?} {:?}", squares, iter::once(0).chain(iter::repeat(9).take(2)).collect::<Vec<_>>());

    let words = "the cat sat on the mat the end";
    let mut freq: HashMap<&str, usize> = HashMap::new();
    words.split(' ').for_each(|w| *freq.entry(w).or_default() += 1);
    let mut ranked: Vec<(&str, usize)> = freq.into_iter().collect();
    ranked.sort_by_key(|&(w, n)| (Reverse(n), w));
    println!("{:?}", ranked);

    let maybe: Vec<Option<Result<i32, String>>> = vec![Some(Ok(1)), None, Some(Err("bad".into()))];
    let flipped: Vec<Result<Option<i32>, String>> = maybe.into_iter().map(Option::transpose).collect();
    println!("{:?}", flipped);
    println!("{:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800), char::from_digit(7, 10));
    println!("{:?} {:?}", 'f'.to_digit(16), std::char::from_digit(11, 16));
    let mut floats = vec![2.5, -1.0, 9.75, 0.0];
    floats.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?} {:?}", floats, floats.iter().cloned().fold(f64::NEG_INFINITY, f64::max));
    let idx = [1, 3, 5, 7, 9].binary_search_by_key(&14, |&x| x * 2);
    println!("{:?} {:?}", idx, [1, 3, 5].binary_search(&4));
}
