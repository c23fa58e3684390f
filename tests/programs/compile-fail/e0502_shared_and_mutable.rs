// A shared borrow in use forbids a mutable one, and the other way round;
// a reference returned by a method keeps the receiver borrowed.

struct Scores {
    values: [u32; 4],
    best: u32,
}

impl Scores {
    fn best_ref(&self) -> &u32 {
        &self.best
    }
    fn record(&mut self, v: u32) {
        if v > self.best {
            self.best = v;
        }
    }
}

fn main() {
    let mut s = Scores { values: [3, 9, 4, 1], best: 0 };
    let first = &s.values[0];
    s.record(*first);
    let best = s.best_ref();
    s.record(10); //~ ERROR E0502
    println!("{}", best);
    let m = &mut s.values;
    let peek = &s.values[1]; //~ ERROR E0502
    m[1] = 0;
    println!("{}", peek);
}
