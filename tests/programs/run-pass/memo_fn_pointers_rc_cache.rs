use std::collections::HashMap;
use std::rc::Rc;
use std::cell::RefCell;

// Memoized recursion with closures stored in a struct, recursion through
// Rc<RefCell<HashMap>>, and generic caching wrapper.
struct Memo { f: fn(&Memo, u64) -> u64, cache: RefCell<HashMap<u64, u64>>, calls: RefCell<u32> }

impl Memo {
    fn new(f: fn(&Memo, u64) -> u64) -> Self { Memo { f, cache: RefCell::new(HashMap::new()), calls: RefCell::new(0) } }
    fn get(&self, n: u64) -> u64 {
        if let Some(&v) = self.cache.borrow().get(&n) { return v; }
        *self.calls.borrow_mut() += 1;
        let v = (self.f)(self, n);
        self.cache.borrow_mut().insert(n, v);
        v
    }
}

fn collatz_len(cache: &Rc<RefCell<HashMap<u64, u32>>>, n: u64) -> u32 {
    if n == 1 { return 1; }
    if let Some(&l) = cache.borrow().get(&n) { return l; }
    let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    let l = 1 + collatz_len(cache, next);
    cache.borrow_mut().insert(n, l);
    l
}

fn make_counter() -> (impl FnMut() -> u32, Rc<RefCell<u32>>) {
    let shared = Rc::new(RefCell::new(0));
    let inner = Rc::clone(&shared);
    (move || { *inner.borrow_mut() += 1; *inner.borrow() }, shared)
}

fn main() {
    let fib = Memo::new(|m, n| if n < 2 { n } else { m.get(n - 1) + m.get(n - 2) });
    println!("fib(80) = {} with {} calls", fib.get(80), fib.calls.borrow());
    let ways = Memo::new(|m, n| match n { 0 => 1, 1 => 1, 2 => 2, _ => m.get(n - 1) + m.get(n - 2) + m.get(n - 3) });
    println!("stairs(30) = {}", ways.get(30));
    let cache = Rc::new(RefCell::new(HashMap::new()));
    let best = (1..10_000u64).map(|n| (collatz_len(&cache, n), n)).max().unwrap();
    println!("longest collatz below 10000: {:?}, cache {}", best, cache.borrow().len() > 10_000);
    let (mut next, shared) = make_counter();
    next(); next();
    println!("counter {} shared {} rc {}", next(), shared.borrow(), Rc::strong_count(&shared));
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x * 10 + k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", adders.iter().fold(0, |acc, f| f(acc)));
    let mut ops: HashMap<&str, Box<dyn Fn(f64, f64) -> f64>> = HashMap::new();
    ops.insert("add", Box::new(|a, b| a + b));
    ops.insert("pow", Box::new(f64::powf));
    ops.insert("hyp", Box::new(|a: f64, b: f64| a.hypot(b)));
    let mut names: Vec<_> = ops.keys().collect();
    names.sort();
    for n in names { println!("{} -> {}", n, ops[n](3.0, 4.0)); }
}
