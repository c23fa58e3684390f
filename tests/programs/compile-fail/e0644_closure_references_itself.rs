// A closure whose parameter type names the closure's own type.
use std::cell::RefCell;
use std::collections::HashMap;

struct Memo<F: Fn(&Memo<F>, u64) -> u64> {
    f: F,
    cache: RefCell<HashMap<u64, u64>>,
}

impl<F: Fn(&Memo<F>, u64) -> u64> Memo<F> {
    fn new(f: F) -> Self {
        Memo { f, cache: RefCell::new(HashMap::new()) }
    }

    fn get(&self, n: u64) -> u64 {
        if let Some(&v) = self.cache.borrow().get(&n) {
            return v;
        }
        let v = (self.f)(self, n);
        self.cache.borrow_mut().insert(n, v);
        v
    }
}

fn main() {
    let fib = Memo::new(|m, n| if n < 2 { n } else { m.get(n - 1) + m.get(n - 2) }); //~ ERROR E0644
    println!("{}", fib.get(50));
}
